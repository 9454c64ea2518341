import { observationKey } from '../../model';
import { rowPlaces } from '../../workbook/read';
import type { PlannedObservation } from './drafts';

/** Where a sheet's planned rows are: its name and width, and the row place they make (`Observations!A17:H17`). */
export class SheetRows {
  readonly place: (row: number) => string;

  constructor(
    readonly sheet: string,
    readonly columnCount: number,
  ) {
    this.place = rowPlaces(sheet, columnCount);
  }
}

/**
 * A planned row whose key and place are written out when asked for: the rows of a large import are
 * held until it commits, and 132,000 of each string would be held with them.
 */
export class PlannedRow implements PlannedObservation {
  constructor(
    public draft: PlannedObservation['draft'],
    readonly sheetRows: SheetRows,
    readonly row: number,
  ) {}

  get key(): string {
    return observationKey(this.draft);
  }

  get place(): string {
    return this.sheetRows.place(this.row);
  }
}
