import type { CellRange, CellValue, SheetGrid } from './grid';
import { cellPlace } from './places';
import { attribute, cellAt, Declined, readCell, type SheetContext } from './xlsx-cell';
import { cellStyles } from './xlsx-styles';
import { sharedStrings, unescapeXmlText } from './xlsx-text';

// The global of every runtime Zone Stats runs in; shared/ compiles without DOM types.
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(input: Uint8Array): string };

/**
 * The fast reader's answer: the same sheets SheetJS would give (`sheetGrid` over its dense sheet),
 * or why it leaves the file to SheetJS. It declines whatever it does not reproduce exactly.
 */
export type FastRead = { ok: true; sheets: SheetGrid[]; formulaCells: string[] } | { ok: false; declined: string };

const CELL = /<(?:\w+:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const MERGE = /<(?:\w+:)?mergeCell ref=["']([A-Z0-9:]+)['"]\s*[/]?>/g;

/**
 * Reads a plain .xlsx (its parts already unpacked within the limits, see checked-zip.ts) in one
 * pass over each sheet's XML: shared and inline strings, numbers, booleans, errors, dates by their
 * cell style, cached values of formulas, merged cells. Ten times faster than SheetJS on a large
 * sheet, because it builds no cell objects; SheetJS still reads every file this declines.
 */
export function readPlainXlsx(files: ReadonlyMap<string, Uint8Array>): FastRead {
  try {
    return read(files);
  } catch (error) {
    if (error instanceof Declined) return { ok: false, declined: error.message };
    throw error;
  }
}

function read(files: ReadonlyMap<string, Uint8Array>): FastRead {
  const workbook = prepareWorkbook(files);
  const sheets = workbook.sheets.map(({ name, path }) => {
    const xml = text(files, path);
    if (xml === undefined) throw new Declined(`the missing part ${path}`);
    return readSheet(name, xml, workbook.context);
  });
  return { ok: true, sheets: sheets.map((sheet) => sheet.grid), formulaCells: formulaPlaces(sheets) };
}

/** A plain workbook's sheets (name and part, in the workbook's order) and what reading their cells needs. */
export interface PreparedWorkbook {
  context: SheetContext;
  sheets: { name: string; path: string }[];
}

/**
 * Everything but the worksheets' cells: the workbook, its relationships, the declared parts, the
 * styles and shared strings. Throws `Declined` for a workbook the fast reader leaves to SheetJS.
 */
export function prepareWorkbook(files: ReadonlyMap<string, Uint8Array>): PreparedWorkbook {
  const workbook = text(files, 'xl/workbook.xml');
  const rels = text(files, 'xl/_rels/workbook.xml.rels');
  if (workbook === undefined || rels === undefined) throw new Declined('no xl/workbook.xml and its relationships');
  if (/date1904\s*=\s*["'](?:1|true)["']/i.test(workbook)) throw new Declined('dates counted from 1904');
  for (const name of files.keys())
    if (name.startsWith('xl/') && name.endsWith('.bin')) throw new Declined('binary parts');
  const parts = declaredParts(text(files, '[Content_Types].xml') ?? '');
  const styles = cellStyles(parts.styles ? text(files, 'xl/styles.xml') : undefined);
  if (!styles.ok) throw new Declined(styles.why);
  const sst = parts.sharedStrings ? text(files, 'xl/sharedStrings.xml') : undefined;
  const strings = sst === undefined ? [] : sharedStrings(sst);
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const rawName = attribute(tag, 'name');
    const id = attribute(tag, '(?:\\w+:)?id');
    const path = id ? targets.get(id) : undefined;
    if (rawName === undefined || path === undefined || !/^xl\/worksheets\/[^/]+\.xml$/.test(path))
      throw new Declined('a sheet that is not a plain worksheet');
    const name = unescapeXmlText(rawName, false);
    // SheetJS keeps sheets in an object by name: a second sheet of a name replaces the first.
    if (sheets.some((sheet) => sheet.name === name) || name === '__proto__')
      throw new Declined(`two sheets named ${name}, or a reserved name`);
    sheets.push({ name, path });
  }
  return { context: { strings, styles: styles.styles }, sheets };
}

/** One sheet's grid, and the places of its formula cells (row, column), in reading order. */
export interface ReadSheet {
  grid: SheetGrid;
  formulas: [number, number][];
}

/** The first thousand formula cells of the workbook, sheet by sheet, each sheet's in row order. */
export function formulaPlaces(sheets: readonly ReadSheet[]): string[] {
  const places: string[] = [];
  for (const sheet of sheets)
    for (const [row, column] of sheet.formulas)
      if (places.length < 1000) places.push(cellPlace(sheet.grid.name, row, column));
  return places;
}

const OVERRIDE = /<(?:\w+:)?Override\b[^>]*>/g;
const SPREADSHEETML = 'application/vnd.openxmlformats-officedocument.spreadsheetml.';

/**
 * Which of the shared strings and styles SheetJS reads: the parts `[Content_Types].xml` declares
 * (an undeclared part is ignored by SheetJS too). Parts declared anywhere but where Excel, LibreOffice
 * and openpyxl put them are left to SheetJS.
 */
function declaredParts(contentTypes: string): { sharedStrings: boolean; styles: boolean } {
  const found = { sharedStrings: false, styles: false };
  for (const [tag] of contentTypes.matchAll(OVERRIDE)) {
    const part = attribute(tag, 'PartName') ?? '';
    const type = attribute(tag, 'ContentType') ?? '';
    if (type === `${SPREADSHEETML}sharedStrings+xml` && part === '/xl/sharedStrings.xml') found.sharedStrings = true;
    else if (type === `${SPREADSHEETML}styles+xml` && part === '/xl/styles.xml') found.styles = true;
    else if (/sharedStrings|styles|\.main\+xml$/i.test(type) && part !== '/xl/workbook.xml')
      throw new Declined(`the part ${part} declared as ${type}`);
  }
  return found;
}

export function readSheet(name: string, xml: string, context: SheetContext): ReadSheet {
  const open = /<(?:\w+:)?sheetData\b[^<>]*>/.exec(xml);
  const closeAt = open ? xml.indexOf('sheetData>', open.index + open[0].length) : -1;
  const hasData = open !== null && !open[0].endsWith('/>') && closeAt >= 0;
  const data = hasData ? xml.slice(open.index + open[0].length, closeAt) : '';
  if (/t\s*=\s*["']array["']/.test(data)) throw new Declined('array formulas');
  // SheetJS takes the first tag after each </row> for the row: cells outside rows it reads differently.
  if (!/<(?:\w+:)?row\b/.test(data) && /<(?:\w+:)?c\b/.test(data)) throw new Declined('cells outside rows');
  const rows: (CellValue | undefined)[][] = [];
  const formulas: [number, number][] = [];
  const shared = new Set<string>();
  for (const match of data.matchAll(CELL)) {
    const cell = readCell(match[1]!, match[2] ?? '', context, shared);
    if (!cell) continue;
    const row = (rows[cell.row] ??= []);
    if (row[cell.column] !== undefined) throw new Declined('a cell written twice');
    row[cell.column] = cell.value;
    if (cell.formula) formulas.push([cell.row, cell.column]);
  }
  const rest = hasData ? xml.slice(closeAt) : xml;
  return finishSheet(name, rows, formulas, merges(rest));
}

/** The rows with their holes blank, the widest row's width, and the formulas in row order. */
export function finishSheet(
  name: string,
  rows: (CellValue | undefined)[][],
  formulas: [number, number][],
  ranges: CellRange[],
): ReadSheet {
  let columnCount = 0;
  for (let r = 0; r < rows.length; r++) {
    const cells = (rows[r] ??= []);
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    if (cells.length > columnCount) columnCount = cells.length;
  }
  formulas.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { grid: { name, rows: rows as CellValue[][], columnCount, merges: ranges }, formulas };
}

export function merges(xml: string): CellRange[] {
  const ranges: CellRange[] = [];
  for (const [, ref] of xml.matchAll(MERGE)) {
    const [start, end = start] = ref!.split(':');
    const s = cellAt(start!);
    const e = cellAt(end!);
    if (!s || !e || ref!.split(':').length > 2) throw new Declined(`the merged range ${ref}`);
    ranges.push({ s, e });
  }
  return ranges;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A part as text; CDATA sections and broken UTF-8 are left to SheetJS. */
function text(files: ReadonlyMap<string, Uint8Array>, name: string): string | undefined {
  const bytes = files.get(name);
  return bytes ? partText(bytes, name) : undefined;
}

export function partText(bytes: Uint8Array, name: string): string {
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    throw new Declined(`the part ${name} is not UTF-8`);
  }
  if (decoded.includes('<![CDATA[')) throw new Declined(`CDATA in ${name}`);
  return decoded;
}
