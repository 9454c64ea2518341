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
 * A sheet's rows in order, and how many there are. An array is one; a large sheet (Metrics,
 * Observations) makes each row when the writer reaches it, so no whole-sheet grid is ever held.
 * Every pass (fitting the widths, writing) iterates it afresh. A source may refill one array for
 * every row, so a row's cells are read before the next row is asked for.
 */
export interface RowSource extends Iterable<readonly TableCell[]> {
  readonly length: number;
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
  /** A number format for one cell instead of its column's (a rate's growth in pp among % figures); `cells` is row `row`'s. */
  formatAt?(row: number, column: number, cells: readonly TableCell[]): string | undefined;
  /** Rows of a benchmark zone's figures, shaded; `cells` is row `row`'s. */
  shadedRow?(row: number, cells: readonly TableCell[]): boolean;
  /** Columns of a benchmark zone's figures, shaded. */
  shadedColumn?(column: number): boolean;
}

export function textColumn(header: string): TableColumn {
  return { header, kind: 'text' };
}

/** Rows made on demand from `items`, one per item: `length` of them, in the order `items` gives. */
export function rowsOf<T>(items: Iterable<T>, length: number, row: (item: T) => readonly TableCell[]): RowSource {
  return {
    length,
    *[Symbol.iterator]() {
      for (const item of items) yield row(item);
    },
  };
}

/** Rows from `items` as `rowsOf` makes them, each written into one array of `width` cells reused for every row. */
export function refilledRowsOf<T>(
  items: Iterable<T>,
  length: number,
  width: number,
  fill: (item: T, cells: TableCell[]) => void,
): RowSource {
  return {
    length,
    *[Symbol.iterator]() {
      const cells = new Array<TableCell>(width).fill(null);
      for (const item of items) {
        fill(item, cells);
        yield cells;
      }
    },
  };
}
