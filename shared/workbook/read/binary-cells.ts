import { READ_LIMITS, ReadLimitError, type ReadLimits } from './read-limits';

/** Counts cells and the used range of a binary sheet before SheetJS builds it; throws ReadLimitError past the limits. */
class CellTally {
  private cells = 0;
  private readonly widths = new Map<number, number>();

  constructor(
    private readonly what: string,
    private readonly limits: ReadLimits,
  ) {}

  add(row: number, firstColumn: number, lastColumn = firstColumn): void {
    this.cells += lastColumn - firstColumn + 1;
    if (this.cells > this.limits.cells) {
      throw new ReadLimitError(
        `the file holds more than ${this.limits.cells.toLocaleString('en-US')} cells, over the import limit: split it, or delete what the import does not need`,
      );
    }
    if ((this.widths.get(row) ?? 0) < lastColumn + 1) this.widths.set(row, lastColumn + 1);
  }

  finish(): void {
    let slots = 0;
    for (const width of this.widths.values()) slots += width;
    if (slots > this.limits.usedRangeSlots) {
      throw new ReadLimitError(
        `${this.what} uses cells far apart: its used range is over the import limit of ${this.limits.usedRangeSlots.toLocaleString('en-US')} cells. Delete the empty rows and columns past the table and save again`,
      );
    }
  }
}

/** BIFF8 cell records (.xls): NUMBER, RK, LABELSST, LABEL, BOOLERR, FORMULA, BLANK; MULRK and MULBLANK hold a run. */
const BIFF_CELLS = new Set([0x0203, 0x027e, 0x00fd, 0x0204, 0x0205, 0x0006, 0x0201]);
const BIFF_RUNS = new Set([0x00bd, 0x00be]);

/** The cells of an .xls workbook stream (every sheet's records, one after the other). */
export function checkBiffCells(stream: Uint8Array, limits: ReadLimits = READ_LIMITS): void {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  // Rows of different sheets share numbers: each BOF starts a new tally.
  let tally = new CellTally('a sheet of the file', limits);
  for (let offset = 0; offset + 4 <= stream.length;) {
    const type = view.getUint16(offset, true);
    const length = view.getUint16(offset + 2, true);
    const data = offset + 4;
    if (data + length > stream.length) break;
    if (type === 0x0809) {
      tally.finish();
      tally = new CellTally('a sheet of the file', limits);
    } else if (BIFF_CELLS.has(type) && length >= 4) {
      tally.add(view.getUint16(data, true), view.getUint16(data + 2, true));
    } else if (BIFF_RUNS.has(type) && length >= 6) {
      tally.add(view.getUint16(data, true), view.getUint16(data + 2, true), view.getUint16(data + length - 2, true));
    }
    offset = data + length;
  }
  tally.finish();
}

/** XLSB records: BrtRowHdr (0) names the row; BrtCellBlank (1) to BrtFmlaError (11) and BrtCellRString (62) name their column; the short cells (12 to 18) sit just after the previous one. */
const XLSB_ROW = 0;
const XLSB_LAST_CELL = 11;
const XLSB_RICH_CELL = 62;
const XLSB_FIRST_SHORT = 12;
const XLSB_LAST_SHORT = 18;

/** The cells of one .xlsb worksheet part. */
export function checkXlsbCells(part: Uint8Array, sheet: string, limits: ReadLimits = READ_LIMITS): void {
  const view = new DataView(part.buffer, part.byteOffset, part.byteLength);
  const tally = new CellTally(`the sheet ${sheet}`, limits);
  let row = 0;
  let column = -1;
  for (let offset = 0; offset < part.length;) {
    const type = readVariable(part, offset, 2);
    if (!type) break;
    const size = readVariable(part, type.end, 4);
    if (!size) break;
    const data = size.end;
    if (data + size.value > part.length) break;
    const kind = type.value;
    if (kind === XLSB_ROW && size.value >= 4) {
      row = view.getUint32(data, true);
      column = -1;
    } else if (((kind > XLSB_ROW && kind <= XLSB_LAST_CELL) || kind === XLSB_RICH_CELL) && size.value >= 4) {
      column = view.getUint32(data, true) & 0x3fff;
      tally.add(row, column);
    } else if (kind >= XLSB_FIRST_SHORT && kind <= XLSB_LAST_SHORT) {
      column++;
      tally.add(row, column);
    }
    offset = data + size.value;
  }
  tally.finish();
}

/** MS-XLSB's record numbers: 7 bits a byte, the high bit saying another byte follows. */
function readVariable(bytes: Uint8Array, offset: number, maxBytes: number): { value: number; end: number } | null {
  let value = 0;
  for (let index = 0; index < maxBytes; index++) {
    if (offset + index >= bytes.length) return null;
    const byte = bytes[offset + index]!;
    value |= (byte & 0x7f) << (7 * index);
    if ((byte & 0x80) === 0) return { value, end: offset + index + 1 };
  }
  return null;
}
