import type { SheetGrid } from '../grid';
import { columnIndex } from '../places';
import { headerText, recordedCells, type UnmappedFigures } from './figure-cells';
import type { LayoutReading, ReaderContext } from './reader';

/** A series reader's reading before it reads: its label column first, nothing found yet. */
export function emptySeriesReading(
  headerRow: number,
  headerRows: number,
  fields: readonly string[],
  zone: string | null,
): LayoutReading {
  return {
    headerRow,
    headerRows,
    mapping: [],
    fields,
    records: [],
    problems: [],
    notes: [],
    labelColumns: [0],
    given: { zone, period: null, basis: null },
  };
}

const NO_PERIOD = (header: string): string =>
  header ? `the header "${header}" is not a period` : 'the column has no header, so its period is unknown';

/**
 * Figures of the table's rows under headers that are not read (not periods, or left out by the
 * mapping), and any below the table, are reported.
 */
export function finishUnmapped(
  sheet: SheetGrid,
  reading: LayoutReading,
  unmapped: UnmappedFigures,
  headerRow: number,
  lastRow: number,
  ignored: ReadonlySet<number>,
  notRead: (header: string) => string = NO_PERIOD,
): void {
  const recorded = recordedCells(reading.records);
  const reason = (row: number, column: number): string => {
    if (row > lastRow) return `below the table (it ends at row ${lastRow + 1}); not read`;
    return ignored.has(column) ? 'the mapping leaves this column out' : notRead(headerText(sheet, headerRow, column));
  };
  unmapped.sweep(headerRow + reading.headerRows, recorded, reading.labelColumns, reason);
  reading.problems.push(...unmapped.problems(recorded, (column) => headerText(sheet, headerRow, column)));
}

/** The zone the user chose, as the reading's given zone. */
export function contextZoneName(context: ReaderContext): string | null {
  const value = context.zone?.value;
  return typeof value === 'string' ? value : null;
}

/** Columns the user's mapping leaves out (`field: null`), by letter or by header text. */
export function ignoredColumns(sheet: SheetGrid, headerRow: number, context: ReaderContext): Set<number> {
  const ignored = new Set<number>();
  for (const choice of context.choices ?? []) {
    if (choice.field !== null) continue;
    if (choice.column !== undefined && columnIndex(choice.column) >= 0) ignored.add(columnIndex(choice.column));
    if (choice.header === undefined) continue;
    for (let column = 0; column < sheet.columnCount; column++)
      if (headerText(sheet, headerRow, column) === choice.header.trim()) ignored.add(column);
  }
  return ignored;
}
