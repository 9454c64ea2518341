import { formatTsv } from './tsv';
import type { CellRange } from './selection';

/** The selection as TSV, each cell as `textAt` shows it for copying (plain numbers, no separators). */
export function copyRange(range: CellRange, textAt: (row: number, col: number) => string): string {
  const rows: string[][] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const cells: string[] = [];
    for (let col = range.left; col <= range.right; col++) cells.push(textAt(row, col));
    rows.push(cells);
  }
  return formatTsv(rows);
}
