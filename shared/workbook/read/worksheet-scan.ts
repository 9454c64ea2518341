import { columnIndex, columnLetter } from './places';
import { READ_LIMITS, ReadLimitError, type ReadLimits } from './read-limits';
import { TagChunks } from './tag-chunks';

/** A `<row>`, `<c>`, `<f>`, `<v>` or `<is>` tag, opening or closing, with any namespace prefix. */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(row|c|f|v|is)(?=[\s/>])([^>]*)>/g;
const REF = /\br\s*=\s*["']([A-Z]{1,3})?(\d+)?["']/;

/** What a worksheet's XML holds, counted as it streams out of the inflater. */
export interface WorksheetCounts {
  cells: number;
  usedRangeSlots: number;
  /** 0-based places of formula cells with no saved result (`<f>` without `<v>`), the first hundred. */
  formulasWithoutResult: { row: number; column: number }[];
}

/**
 * Counts the cells and the used range of one worksheet's XML while it is inflated, and throws
 * `ReadLimitError` as soon as a limit is passed, before the whole sheet is even unpacked.
 */
export class WorksheetScan {
  private row = -1;
  private nextColumn = 0;
  private rowWidth = 0;
  private inCell = false;
  private cellRow = 0;
  private cellColumn = 0;
  private cellHasFormula = false;
  private cellHasValue = false;
  /** Where the text of the `<v>` just opened starts in the current chunk, -1 once past it. */
  private valueStart = -1;
  private previousLength = 0;
  readonly counts: WorksheetCounts = { cells: 0, usedRangeSlots: 0, formulasWithoutResult: [] };
  private readonly chunks: TagChunks;

  constructor(
    private readonly sheetName: string,
    private readonly totals: { cells: number; usedRangeSlots: number },
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {
    this.chunks = new TagChunks(`the sheet ${sheetName}`);
  }

  push(chunk: Uint8Array): void {
    const text = this.chunks.next(chunk);
    // A `<v>` opened at the very end of the last chunk: its text starts at 0 of this one.
    this.valueStart = this.valueStart >= 0 && this.valueStart === this.previousLength ? 0 : -1;
    for (const match of text.matchAll(TAG))
      this.tag(match[1] === '/', match[2]!, match[3]!, match.index, match.index + match[0].length);
    this.previousLength = text.length;
  }

  finish(): WorksheetCounts {
    this.endRow();
    return this.counts;
  }

  private tag(closing: boolean, name: string, attributes: string, start: number, end: number): void {
    const selfClosing = attributes.endsWith('/');
    if (name === 'row') {
      if (closing) return this.endRow();
      this.endRow();
      const number = REF.exec(attributes)?.[2];
      this.row = number ? Number(number) - 1 : this.row + 1;
      this.nextColumn = 0;
      this.rowWidth = 0;
      return;
    }
    if (name === 'c') {
      if (closing) return this.endCell();
      this.startCell(attributes, selfClosing);
      return;
    }
    if (!this.inCell) return;
    if (name === 'v') return this.valueTag(closing, selfClosing, start, end);
    if (closing) return;
    if (name === 'f') this.cellHasFormula = true;
    else this.cellHasValue = true;
  }

  /** `<v></v>` and `<v/>` (openpyxl writes them for formulas it never computed) are no result: SheetJS drops such a cell. */
  private valueTag(closing: boolean, selfClosing: boolean, start: number, end: number): void {
    if (!closing) {
      this.valueStart = selfClosing ? -1 : end;
      return;
    }
    if (start !== this.valueStart) this.cellHasValue = true;
    this.valueStart = -1;
  }

  private startCell(attributes: string, selfClosing: boolean): void {
    if (this.inCell) this.endCell();
    const ref = REF.exec(attributes);
    const column = ref?.[1] ? columnIndex(ref[1]) : this.nextColumn;
    if (ref?.[2] && Number(ref[2]) - 1 !== this.row) {
      this.endRow();
      this.row = Number(ref[2]) - 1;
      this.rowWidth = 0;
    }
    if (this.row < 0) this.row = 0;
    this.nextColumn = column + 1;
    if (column + 1 > this.rowWidth) this.rowWidth = column + 1;
    this.counts.cells++;
    if (++this.totals.cells > this.limits.cells) {
      throw new ReadLimitError(
        `the file holds more than ${this.limits.cells.toLocaleString('en-US')} cells, over the import limit: split it, or delete what the import does not need`,
      );
    }
    if (selfClosing) return;
    this.inCell = true;
    this.cellRow = this.row;
    this.cellColumn = column;
    this.cellHasFormula = false;
    this.cellHasValue = false;
  }

  private endCell(): void {
    if (!this.inCell) return;
    this.inCell = false;
    if (this.cellHasFormula && !this.cellHasValue && this.counts.formulasWithoutResult.length < 100) {
      this.counts.formulasWithoutResult.push({ row: this.cellRow, column: this.cellColumn });
    }
  }

  private endRow(): void {
    this.endCell();
    if (this.rowWidth === 0) return;
    this.counts.usedRangeSlots += this.rowWidth;
    this.totals.usedRangeSlots += this.rowWidth;
    this.rowWidth = 0;
    if (this.totals.usedRangeSlots > this.limits.usedRangeSlots) {
      throw new ReadLimitError(
        `the sheet ${this.sheetName} uses cells far apart (as far as row ${this.row + 1}, column ${columnLetter(this.nextColumn - 1)}): its used range is over the import limit of ${this.limits.usedRangeSlots.toLocaleString('en-US')} cells. Delete the empty rows and columns past the table (Ctrl+End shows the last used cell) and save again`,
      );
    }
  }
}
