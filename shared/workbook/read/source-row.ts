import type { CellValue } from './grid';
import { cellPlace } from './places';

/** A value the row does not hold itself: a zone chosen by the user, a period from a column header. */
export interface GivenValue {
  value: CellValue;
  /** Where it came from, when that is a cell (`Sheet1!C3`); absent for the user's choices. */
  place?: string;
  /** The cell itself (0-based), when the value is a figure read from the sheet: so every figure is accounted for. */
  cell?: { row: number; column: number };
}

/**
 * One record of a table, read lazily: the sheet row itself and which column holds each field.
 * Canonical rows share one `columns`; a bureau row makes one record per basis with its own.
 */
export interface SourceRow<F extends string> {
  sheet: string;
  /** 0-based row of the sheet. */
  row: number;
  cells: readonly CellValue[];
  columns: Partial<Record<F, number>>;
  given?: Partial<Record<F, GivenValue>>;
}

export function fieldValue<F extends string>(record: SourceRow<F>, field: F): CellValue {
  const column = record.columns[field];
  if (column !== undefined) return record.cells[column] ?? null;
  return record.given?.[field]?.value ?? null;
}

/** Where a field's value is (`Observations!E17`); the row's first cell when the field has no column. */
export function fieldPlace<F extends string>(record: SourceRow<F>, field: F): string {
  const column = record.columns[field];
  if (column !== undefined) return cellPlace(record.sheet, record.row, column);
  return record.given?.[field]?.place ?? cellPlace(record.sheet, record.row, 0);
}

export function hasField<F extends string>(record: SourceRow<F>, field: F): boolean {
  return record.columns[field] !== undefined || record.given?.[field] !== undefined;
}
