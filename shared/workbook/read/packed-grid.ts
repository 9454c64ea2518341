import { DistinctTexts } from '../../model/distinct-texts';
import type { CellRange, CellValue, SheetGrid, WorkbookGrid } from './grid';

/**
 * A read workbook as a few flat arrays, for the hop from the reading worker to the main thread.
 * Posting the grid itself clones a million cells one by one (half a second at 132,000 rows) and
 * gives every text cell a string of its own; packed, the arrays are handed over without a copy, each
 * distinct text is sent once, and the main thread rebuilds the rows in one pass.
 */
export interface PackedGrid {
  format: WorkbookGrid['format'];
  encoding: WorkbookGrid['encoding'];
  formulaCells: string[];
  warnings?: string[];
  /** Every distinct text of every sheet, once. */
  texts: string[];
  sheets: PackedSheet[];
}

export interface PackedSheet {
  name: string;
  columnCount: number;
  merges: CellRange[];
  /** Each row's length, or -1 where the sheet's rows have a hole. */
  rowLengths: Int32Array;
  /** Each cell's kind (`Kind`), the rows' cells one after another. */
  kinds: Uint8Array;
  /** Each cell's number, a date's time, or a text's place in `texts`. */
  values: Float64Array;
}

/** A packed cell's kind; a hole is 0, as a fresh array starts. */
const Kind = { Hole: 0, Blank: 1, Number: 2, Text: 3, True: 4, False: 5, Date: 6 } as const;

const NO_ROW = -1;

export function packGrid(grid: WorkbookGrid): PackedGrid {
  const texts = new DistinctTexts();
  const sheets = grid.sheets.map((sheet) => packSheet(sheet, texts));
  return {
    format: grid.format,
    encoding: grid.encoding,
    formulaCells: grid.formulaCells,
    ...(grid.warnings ? { warnings: grid.warnings } : {}),
    texts: texts.list,
    sheets,
  };
}

/** The buffers to hand over with a packed grid (postMessage's transfer list). */
export function packedBuffers(packed: PackedGrid): ArrayBuffer[] {
  return packed.sheets.flatMap((sheet) =>
    [sheet.rowLengths.buffer, sheet.kinds.buffer, sheet.values.buffer].filter(
      (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer && buffer.byteLength > 0,
    ),
  );
}

function packSheet(sheet: SheetGrid, texts: DistinctTexts): PackedSheet {
  const { rows } = sheet;
  const rowLengths = new Int32Array(rows.length);
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    rowLengths[r] = row === undefined ? NO_ROW : row.length;
    if (row !== undefined) cells += row.length;
  }
  const kinds = new Uint8Array(cells);
  const values = new Float64Array(cells);
  let at = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) continue;
    for (let c = 0; c < row.length; c++, at++) {
      if (!(c in row)) continue;
      const value = row[c];
      if (typeof value === 'string') {
        kinds[at] = Kind.Text;
        values[at] = texts.positionOf(value);
      } else if (typeof value === 'number') {
        kinds[at] = Kind.Number;
        values[at] = value;
      } else if (value === null) kinds[at] = Kind.Blank;
      else if (typeof value === 'boolean') kinds[at] = value ? Kind.True : Kind.False;
      else if (value instanceof Date) {
        kinds[at] = Kind.Date;
        values[at] = value.getTime();
      } else throw new Error(`${sheet.name}: a cell of row ${r + 1} is not a value a grid holds`);
    }
  }
  return { name: sheet.name, columnCount: sheet.columnCount, merges: sheet.merges, rowLengths, kinds, values };
}

export function unpackGrid(packed: PackedGrid): WorkbookGrid {
  return {
    format: packed.format,
    encoding: packed.encoding,
    sheets: packed.sheets.map((sheet) => unpackSheet(sheet, packed.texts)),
    formulaCells: packed.formulaCells,
    ...(packed.warnings ? { warnings: packed.warnings } : {}),
  };
}

function unpackSheet(sheet: PackedSheet, texts: readonly string[]): SheetGrid {
  const { rowLengths, kinds, values } = sheet;
  const rows: CellValue[][] = new Array<CellValue[]>(rowLengths.length);
  let at = 0;
  for (let r = 0; r < rowLengths.length; r++) {
    const length = rowLengths[r]!;
    if (length === NO_ROW) continue;
    if (length < 0 || at + length > kinds.length) throw new Error(`${sheet.name}: the packed rows overrun their cells`);
    const row = new Array<CellValue>(length);
    for (let c = 0; c < length; c++, at++) {
      const kind = kinds[at]!;
      if (kind !== Kind.Hole) row[c] = cellOf(kind, values[at]!, texts);
    }
    rows[r] = row;
  }
  if (at !== kinds.length) throw new Error(`${sheet.name}: the packed rows leave cells over`);
  return { name: sheet.name, rows, columnCount: sheet.columnCount, merges: sheet.merges };
}

function cellOf(kind: number, value: number, texts: readonly string[]): CellValue {
  switch (kind) {
    case Kind.Number:
      return value;
    case Kind.Text: {
      const text = texts[value];
      if (text === undefined) throw new Error(`a packed cell names text ${value}, of ${texts.length}`);
      return text;
    }
    case Kind.Blank:
      return null;
    case Kind.True:
      return true;
    case Kind.False:
      return false;
    case Kind.Date:
      return new Date(value);
    default:
      throw new Error(`a packed cell has an unknown kind ${kind}`);
  }
}
