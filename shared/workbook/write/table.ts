import type { ColumnKind } from './formats';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
}

/** A cell as the sheets hand it over: null or undefined is an empty cell, never 0. */
export type TableCell = string | number | null | undefined;

/** One sheet's content before it becomes SheetJS cells. */
export interface Table {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Rows and columns kept in view while scrolling (the header row, a label column). */
  freeze?: { rows: number; columns: number };
  autofilter?: boolean;
  /** A number format for one cell instead of its column's (a rate's growth in pp among % figures). */
  formatAt?(row: number, column: number): string | undefined;
}

export function textColumn(header: string): TableColumn {
  return { header, kind: 'text' };
}
