import { cellsOf, rangeHeight, rangeWidth, type CellRange } from './selection';
import type { CellWrite } from './paste';

/** Ctrl+D: the top row of the selection copied into every row below it (Excel's Fill Down). */
export function fillDown(range: CellRange, textAt: (row: number, col: number) => string): CellWrite[] {
  if (rangeHeight(range) < 2) return [];
  return cellsOf({ ...range, top: range.top + 1 }).map(({ row, col }) => ({ row, col, text: textAt(range.top, col) }));
}

/** Ctrl+R: the left column of the selection copied into every column to its right (Fill Right). */
export function fillRight(range: CellRange, textAt: (row: number, col: number) => string): CellWrite[] {
  if (rangeWidth(range) < 2) return [];
  return cellsOf({ ...range, left: range.left + 1 }).map(({ row, col }) => ({
    row,
    col,
    text: textAt(row, range.left),
  }));
}

/** Ctrl+Enter after typing, or Delete: one text into every cell of the selection. */
export function fillWith(range: CellRange, text: string): CellWrite[] {
  return cellsOf(range).map(({ row, col }) => ({ row, col, text }));
}
