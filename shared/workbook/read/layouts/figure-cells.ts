import { parseNumber } from '../../../parse';
import type { ObservationField } from '../fields';
import { cellText, type CellValue, type SheetGrid } from '../grid';
import { columnLetter, sheetRef } from '../places';
import type { SourceRow } from '../source-row';
import type { ReaderProblem } from './reader';

/** A cell that holds a figure: a number, or text that reads as one (`103.6` in a CSV). */
export function isFigure(value: CellValue | undefined): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string') return false;
  const number = parseNumber(value);
  return number.ok && number.value !== null;
}

export interface CellRef {
  row: number;
  column: number;
}

const key = (row: number, column: number): string => `${row}:${column}`;

/** The cells the records read a figure from: their figure columns and given figures with a cell. */
export function recordedCells(records: readonly SourceRow<ObservationField>[]): Set<string> {
  const cells = new Set<string>();
  for (const record of records) {
    for (const field of ['value', 'yoy_pct'] as const) {
      const column = record.columns[field];
      if (column !== undefined) cells.add(key(record.row, column));
      const given = record.given?.[field]?.cell;
      if (given) cells.add(key(given.row, given.column));
    }
  }
  return cells;
}

/**
 * Figures a reader saw and leaves out, with the reason, gathered into one problem per column and
 * reason (`Sheet1!C5:C28: 8 figures under "第二产业增加值_当期" not imported: …`). A range never
 * spans a figure that was imported, so every figure is in exactly one record or one problem.
 */
export class UnmappedFigures {
  private readonly cells: (CellRef & { reason: string })[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly grid: SheetGrid) {}

  add(row: number, column: number, reason: string): void {
    if (!isFigure(this.grid.rows[row]?.[column]) || this.seen.has(key(row, column))) return;
    this.seen.add(key(row, column));
    this.cells.push({ row, column, reason });
  }

  /** Every figure from `firstRow` down that no record reads and no reason covers yet. */
  sweep(
    firstRow: number,
    recorded: ReadonlySet<string>,
    skipColumns: readonly number[],
    reason: (row: number, column: number) => string,
  ): void {
    for (let row = firstRow; row < this.grid.rows.length; row++) {
      const cells = this.grid.rows[row] ?? [];
      for (let column = 0; column < cells.length; column++) {
        if (skipColumns.includes(column) || recorded.has(key(row, column))) continue;
        this.add(row, column, reason(row, column));
      }
    }
  }

  problems(recorded: ReadonlySet<string>, headerOf: (column: number) => string): ReaderProblem[] {
    const sorted = [...this.cells].sort(
      (a, b) => a.column - b.column || a.reason.localeCompare(b.reason) || a.row - b.row,
    );
    const problems: ReaderProblem[] = [];
    let run: typeof sorted = [];
    const flush = (): void => {
      if (run.length === 0) return;
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const range = `${sheetRef(this.grid.name)}!${columnLetter(first.column)}${first.row + 1}${run.length > 1 ? `:${columnLetter(last.column)}${last.row + 1}` : ''}`;
      const header = headerOf(first.column);
      const figures = run.length === 1 ? '1 figure' : `${run.length} figures`;
      problems.push({
        severity: 'error',
        code: 'figures-left-out',
        params: { count: run.length, header: header || columnLetter(first.column), reason: first.reason },
        unmapped: true,
        place: range,
        found: header || undefined,
        message: `${figures}${header ? ` under "${header}"` : ''} not imported: ${first.reason}`,
      });
      run = [];
    };
    for (const cell of sorted) {
      const previous = run[run.length - 1];
      if (
        previous &&
        (previous.column !== cell.column ||
          previous.reason !== cell.reason ||
          this.recordedBetween(previous.row, cell.row, cell.column, recorded))
      )
        flush();
      run.push(cell);
    }
    flush();
    return problems;
  }

  private recordedBetween(from: number, to: number, column: number, recorded: ReadonlySet<string>): boolean {
    for (let row = from + 1; row < to; row++)
      if (recorded.has(key(row, column)) || this.otherReason(row, column)) return true;
    return false;
  }

  private otherReason(row: number, column: number): boolean {
    return this.seen.has(key(row, column));
  }
}

/** A header cell's text, for messages. */
export function headerText(grid: SheetGrid, row: number, column: number): string {
  return cellText(grid.rows[row]?.[column] ?? null);
}

/** Rows that end a table: footnotes and source lines. */
export function isFootnote(text: string): boolean {
  return (
    /^(注|说明|备注|数据来源|资料来源|来源)[:：0-9１-９]/.test(text.normalize('NFKC').trim()) || /^\*/.test(text.trim())
  );
}
