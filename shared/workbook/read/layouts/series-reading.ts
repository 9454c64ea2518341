import type { SheetGrid } from '../grid';
import { headerText, recordedCells, type UnmappedFigures } from './figure-cells';
import type { LayoutReading, ReaderContext } from './reader';

/** Figures of the table's rows under headers that are not periods, and any below the table, are reported. */
export function finishUnmapped(sheet: SheetGrid, reading: LayoutReading, unmapped: UnmappedFigures, headerRow: number, lastRow: number, notRead: (header: string) => string = (header) => (header ? `the header "${header}" is not a period` : "the column has no header, so its period is unknown")): void {
  const recorded = recordedCells(reading.records);
  unmapped.sweep(headerRow + reading.headerRows, recorded, reading.labelColumns, (row, column) =>
    row > lastRow ? `below the table (it ends at row ${lastRow + 1}); not read` : notRead(headerText(sheet, headerRow, column)));
  reading.problems.push(...unmapped.problems(recorded, (column) => headerText(sheet, headerRow, column)));
}

/** The zone the user chose, as the reading's given zone. */
export function contextZoneName(context: ReaderContext): string | null {
  const value = context.zone?.value;
  return typeof value === 'string' ? value : null;
}
