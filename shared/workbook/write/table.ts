import type { ColumnKind } from './formats';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** A width in characters instead of one fitted to the content. */
  width?: number;
  /** Text wraps inside the column (the Highlights sentences). */
  wrap?: boolean;
}

/** A cell as the sheets hand it over: null or undefined is an empty cell, never 0. */
export type TableCell = string | number | null | undefined;

/**
 * A sheet's rows by index. An array is one; a large sheet (Metrics, Observations) makes each row
 * when the writer asks for it, so no whole-sheet grid is ever held.
 */
export interface RowSource {
  readonly length: number;
  at(index: number): TableCell[] | undefined;
}

/** One sheet's content before it is written. */
export interface Table {
  name: string;
  /** A title row above the header row (Comparison's). */
  title?: string;
  columns: TableColumn[];
  rows: RowSource;
  /** Rows (below the title) and columns kept in view while scrolling: the header row, a label column. */
  freeze?: { rows: number; columns: number };
  autofilter?: boolean;
  /** A number format for one cell instead of its column's (a rate's growth in pp among % figures). */
  formatAt?(row: number, column: number): string | undefined;
  /** Rows of a benchmark zone's figures, shaded. */
  shadedRow?(row: number): boolean;
  /** Columns of a benchmark zone's figures, shaded. */
  shadedColumn?(column: number): boolean;
}

export function textColumn(header: string): TableColumn {
  return { header, kind: 'text' };
}

/** Rows made on demand from `items`, one per item. */
export function rowsOf<T>(items: readonly T[], row: (item: T) => TableCell[]): RowSource {
  return {
    length: items.length,
    at: (index) => (index < items.length ? row(items[index]!) : undefined),
  };
}
