import type { ColumnKind } from './formats';
import type { TableCell } from './table';

const MIN_WIDTH = 6;
/** A long note should not make a column wider than a screen; the cell still holds all of it. */
const MAX_WIDTH = 60;
const WIDE_CHAR = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** Characters a text takes on screen: CJK ideographs and full-width forms count twice. */
export function displayWidth(text: string): number {
  const wide = text.match(WIDE_CHAR);
  return text.length + (wide ? wide.length : 0);
}

/** Width of a number as its format shows it (`#,##0.0`, `0.0`, `0`). */
function numberWidth(value: number, kind: ColumnKind): number {
  const digits = kind === 'integer' ? Math.round(Math.abs(value)).toString() : Math.abs(value).toFixed(1);
  const integerDigits = kind === 'integer' ? digits.length : digits.length - 2;
  const separators = kind === 'value' ? Math.floor((integerDigits - 1) / 3) : 0;
  return digits.length + separators + (value < 0 ? 1 : 0);
}

export function cellWidth(cell: TableCell, kind: ColumnKind): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === 'number') return Number.isFinite(cell) ? numberWidth(cell, kind) : 0;
  let widest = 0;
  for (const line of cell.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/** Widths in characters (SheetJS `wch`) that fit each column's header and content. */
export function fitColumnWidths(headers: string[], kinds: ColumnKind[], rows: TableCell[][]): number[] {
  const widths = headers.map((header) => displayWidth(header));
  for (const row of rows) {
    for (let c = 0; c < kinds.length; c++) {
      const width = cellWidth(row[c], kinds[c]!);
      if (width > widths[c]!) widths[c] = width;
    }
  }
  return widths.map((width) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)));
}
