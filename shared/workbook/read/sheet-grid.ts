import type { CellObject, WorkSheet } from 'xlsx';
import type { CellRange, CellValue, SheetGrid } from './grid';
import { cellPlace } from './places';

/** Excel's error codes, for cells read without their formatted text. */
export const ERROR_TEXT = new Map<number, string>([
  [0x00, '#NULL!'],
  [0x07, '#DIV/0!'],
  [0x0f, '#VALUE!'],
  [0x17, '#REF!'],
  [0x1d, '#NAME?'],
  [0x24, '#NUM!'],
  [0x2a, '#N/A'],
  [0x2b, '#GETTING_DATA'],
]);

const percentFormats = new Map<string, boolean>();
/** A number format that shows the value × 100 with a `%` (quoted text and escapes aside). */
export function isPercentFormat(format: string): boolean {
  let known = percentFormats.get(format);
  if (known === undefined) {
    known = format.replace(/"[^"]*"|\\./g, '').includes('%');
    percentFormats.set(format, known);
  }
  return known;
}

export interface GridOptions {
  /** Text formats: a formula is what the user typed (`=1+2`), kept as text. */
  formulasAreText: boolean;
  /** Places of formula cells of a workbook, whose cached value is taken. */
  formulaCells: string[];
}

/**
 * A dense SheetJS sheet as plain values. Percent-formatted numbers become what they show (0.148
 * shown as 14.8% → 14.8), as a typed `14.8%` would. Formulas are never evaluated.
 */
export function sheetGrid(name: string, sheet: WorkSheet | undefined, options: GridOptions): SheetGrid {
  const data = (sheet?.['!data'] ?? []) as (CellObject[] | undefined)[];
  const rows: CellValue[][] = new Array<CellValue[]>(data.length);
  let columnCount = 0;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    if (!cells) {
      rows[r] = [];
      continue;
    }
    const values = new Array<CellValue>(cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) {
        values[c] = null;
        continue;
      }
      if (cell.f !== undefined) {
        if (options.formulasAreText) {
          values[c] = `=${cell.f}`;
          continue;
        }
        if (options.formulaCells.length < 1000) options.formulaCells.push(cellPlace(name, r, c));
      }
      values[c] = cellValue(cell);
    }
    if (values.length > columnCount) columnCount = values.length;
    rows[r] = values;
  }
  const merges = ((sheet?.['!merges'] ?? []) as CellRange[]).map(({ s, e }) => ({
    s: { r: s.r, c: s.c },
    e: { r: e.r, c: e.c },
  }));
  return { name, rows, columnCount, merges };
}

function cellValue(cell: CellObject): CellValue {
  switch (cell.t) {
    case 'n': {
      const value = cell.v as number;
      return typeof cell.z === 'string' && isPercentFormat(cell.z) ? Number((value * 100).toPrecision(15)) : value;
    }
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return cell.v === true;
    case 'd':
      return cell.v instanceof Date ? cell.v : new Date(String(cell.v));
    case 'e':
      return cell.w ?? ERROR_TEXT.get(cell.v as number) ?? '#ERROR';
    default:
      return null;
  }
}
