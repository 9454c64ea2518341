import { READ_LIMITS, ReadLimitError, type ReadLimits } from './read-limits';
import { TagChunks } from './tag-chunks';

/** A table, row or cell tag of OpenDocument's content.xml, opening or closing. */
const TAG = /<(\/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>/g;
const ROWS_REPEATED = /table:number-rows-repeated\s*=\s*["'](\d+)["']/;
const COLUMNS_REPEATED = /table:number-columns-repeated\s*=\s*["'](\d+)["']/;

/**
 * Counts the cells an OpenDocument sheet makes SheetJS build: a cell with content repeated
 * `number-columns-repeated` times in a row repeated `number-rows-repeated` times is copied that
 * many times, so ten bytes can ask for billions of cells. Throws ReadLimitError past the limits.
 */
export class OdsScan {
  private readonly chunks = new TagChunks('the file');
  private rowRepeat = 1;
  private column = 0;
  private rowWidth = 0;
  private cells = 0;
  private slots = 0;

  constructor(private readonly limits: ReadLimits = READ_LIMITS) {}

  push(chunk: Uint8Array): void {
    for (const match of this.chunks.next(chunk).matchAll(TAG)) this.tag(match[1] === '/', match[2]!, match[3]!);
  }

  private tag(closing: boolean, name: string, attributes: string): void {
    if (name === 'table') return;
    if (name === 'table-row') {
      if (closing) return this.endRow();
      this.rowRepeat = Number(ROWS_REPEATED.exec(attributes)?.[1] ?? 1) || 1;
      this.column = 0;
      this.rowWidth = 0;
      if (attributes.endsWith('/')) this.endRow();
      return;
    }
    if (closing) return;
    const repeat = Number(COLUMNS_REPEATED.exec(attributes)?.[1] ?? 1) || 1;
    // An empty cell (self-closing) only moves the column; one with content is copied `repeat` times per row.
    if (!attributes.endsWith('/')) {
      this.cells += repeat * this.rowRepeat;
      this.rowWidth = this.column + repeat;
      if (this.cells > this.limits.cells) {
        throw new ReadLimitError(
          `the file holds more than ${this.limits.cells.toLocaleString('en-US')} cells, over the import limit: split it, or delete what the import does not need`,
        );
      }
    }
    this.column += repeat;
  }

  private endRow(): void {
    this.slots += this.rowRepeat * this.rowWidth;
    this.rowRepeat = 1;
    this.rowWidth = 0;
    if (this.slots > this.limits.usedRangeSlots) {
      throw new ReadLimitError(
        `a sheet of the file uses cells far apart: its used range is over the import limit of ${this.limits.usedRangeSlots.toLocaleString('en-US')} cells. Delete the empty rows and columns past the table and save again`,
      );
    }
  }
}
