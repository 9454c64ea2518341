/** A cell as the import sees it: text, a number, a flag, a date (UTC midnight), or blank. */
export type CellValue = string | number | boolean | Date | null;

export interface CellRange {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** One sheet as rows of values; `rows[r]` is sheet row r + 1, holes and short rows are blank. */
export interface SheetGrid {
  name: string;
  rows: CellValue[][];
  columnCount: number;
  merges: CellRange[];
}

export type SpreadsheetFormat = 'xlsx' | 'xlsb' | 'xls' | 'ods' | 'csv' | 'html';
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16';

export interface WorkbookGrid {
  format: SpreadsheetFormat;
  encoding: TextEncoding | null;
  sheets: SheetGrid[];
  /** Formula cells found in a workbook: their last computed value was taken, the formula never run. */
  formulaCells: string[];
  /** What the spreadsheet library doubted while reading ("ODS number format may be incorrect: …"). */
  warnings?: string[];
}

export function cellAt(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.rows[row]?.[column] ?? null;
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const value of row) if (!isBlank(value ?? null)) return false;
  return true;
}

/** How a cell reads as a header or a label. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Something wrong or worth knowing about a file, with its place (`Observations!E17`). */
/** Codes of the readers' own problems (the rest of IMPORT_PROBLEM_CODES is the import's and the parsers'). */
export const READER_PROBLEM_CODES = [
  'figures-left-out',
  'mapping-unknown-field',
  'mapping-missing-column',
  'column-second',
  'column-unknown',
  'column-prior-year',
  'no-such-sheet',
  'no-readable-sheet',
  'header-missing-columns',
  'no-figure-columns',
  'row-without-indicator',
  'period-not-said',
  'columns-different-periods',
  'period-differs-from-chosen',
] as const;
export type ReaderProblemCode = (typeof READER_PROBLEM_CODES)[number];

export interface SheetProblem {
  severity: 'error' | 'warning';
  /** Stable, for translation with `params`; `message` is the English the command line prints. */
  code?: ReaderProblemCode;
  params?: Record<string, string | number>;
  message: string;
  place?: string;
  found?: string;
  expected?: string;
}
