import type { Table, TableCell } from './table';

/** Leading characters a spreadsheet may take as the start of a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A text field as OWASP recommends: one that could start a formula gets a leading single quote and
 * is quoted; others are quoted only where RFC 4180 needs it.
 */
export function csvText(text: string): string {
  if (FORMULA_START.test(text)) return quoted(`'${text}`);
  return NEEDS_QUOTES.test(text) ? quoted(text) : text;
}

/** Numbers stay numbers (a negative growth is `-3.2`, not text); absent or non-finite is an empty field. */
export function csvNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

function csvCell(cell: TableCell, isText: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (isText) return csvText(String(cell));
  return typeof cell === 'number' ? csvNumber(cell) : '';
}

/** The header line, then one line per row, each ending in CRLF; the first starts with a byte-order mark. */
export function* csvLines(table: Table): Generator<string> {
  const textColumns = table.columns.map((column) => column.kind === 'text');
  yield `\uFEFF${table.columns.map((column) => csvText(column.header)).join(',')}\r\n`;
  for (const row of table.rows) {
    yield `${textColumns.map((isText, c) => csvCell(row[c], isText)).join(',')}\r\n`;
  }
}

/** UTF-8 with a byte-order mark (Excel then reads Chinese names right), CRLF line ends. */
export function tableToCsv(table: Table): string {
  return [...csvLines(table)].join('');
}
