import { decodeAstralReferences } from './astral-references';
import { ByteStrings, bytesAt, decimalAt, indexAt, indexOfText, nextByte, NotUtf8, utf8Text } from './byte-text';
import { finishSheet, merges, partText, readSheet, type ReadSheet } from './fast-xlsx';
import type { CellValue } from './grid';
import { READ_LIMITS, type ReadLimits } from './read-limits';
import { isXmlSpace, noAttributes, readTagAttributes } from './tag-attributes';
import { formulaWithoutResult, LONGEST_TAG, unusualText } from './unusual-content';
import { cellValue, Declined, GENERAL, numberValue, readCell, type SheetContext } from './xlsx-cell';
import { unescapeXmlText } from './xlsx-text';
import { WorksheetScan } from './worksheet-scan';
import { joinBytes } from './join-bytes';

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const AMPERSAND = 0x26;
const UNDERSCORE = 0x5f;
const CARRIAGE_RETURN = 0x0d;
/** An element cut by a chunk's end is kept for the next chunk; one longer than this is left to the whole-part reader. */
const LONGEST_ELEMENT = 1024 * 1024;
const DATA_OPEN = /<(?:\w+:)?sheetData\b[^<>]*>/;
const TYPES_READ_FROM_BYTES = new Set(['n', 's', 'str', 'b', 'e']);

type State = 'before' | 'between-rows' | 'in-row' | 'after' | 'whole';

/** Cells and used-range slots of every sheet read so far (the worksheet scan's totals). */
export interface ReadTotals {
  cells: number;
  usedRangeSlots: number;
}

/**
 * One worksheet read as its inflated bytes come, in one pass, giving the grid the whole-part
 * reader (`readSheet` in fast-xlsx.ts) gives, and counting cells and the used range as the
 * worksheet scan does. The XML is never held whole: only an element cut by a chunk's end is kept.
 * Cells in the plain shapes writers use (`<c r="A1" s="1" t="str"><v>…</v></c>`) are read from the
 * bytes; any other cell goes through the whole-part reader's `readCell`; whatever neither takes
 * exactly (a limit reached, a formula without its result, unusual XML) throws `Declined`, and the
 * file is then read as before.
 */
export class SheetStream {
  private state: State = 'before';
  private held: Uint8Array[] = [];
  private pending: Uint8Array | null = null;
  private readonly rows: (CellValue | undefined)[][] = [];
  private readonly formulas: [number, number][] = [];
  private readonly sharedFormulas = new Set<string>();
  private readonly texts = new ByteStrings();
  private readonly tag = noAttributes();
  private groupRow = -1;
  private groupWidth = 0;
  private wholeScan: WorksheetScan | null = null;
  private referenceRow = 0;
  private referenceColumn = 0;
  /** Whether the cell just read has a formula (its cached value taken). */
  private formula = false;

  constructor(
    private readonly name: string,
    private readonly context: SheetContext,
    private readonly totals: ReadTotals,
    private readonly limits: ReadLimits = READ_LIMITS,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.state === 'before' || this.state === 'whole' || this.state === 'after') {
      this.held.push(this.state === 'after' ? chunk.slice() : chunk);
      this.wholeScan?.push(chunk);
      if (this.state === 'before') this.findData();
      return;
    }
    this.scanData(chunk);
  }

  finish(): ReadSheet {
    if (this.state === 'before') this.readWhole();
    if (this.state === 'whole') return this.finishWhole();
    if (this.state !== 'after') throw new Declined('a sheet whose data does not end');
    const rest = this.heldText();
    if (unusualText(rest) !== null) throw new Declined('unusual XML after the data');
    return finishSheet(this.name, this.rows, this.formulas, merges(rest));
  }

  /** The opening `<sheetData>` found in the held bytes: the rest is scanned, or the sheet is read whole. */
  private findData(): void {
    const bytes = joinBytes(this.held);
    const at = indexOfText(bytes, 'sheetData', 0);
    const end = at < 0 ? -1 : bytes.indexOf(GREATER_THAN, at);
    if (end < 0) {
      this.held = [bytes];
      if (bytes.length > LONGEST_ELEMENT) this.readWhole();
      return;
    }
    const before = this.text(bytes, 0, end + 1);
    const open = DATA_OPEN.exec(before);
    const plain =
      open !== null &&
      open.index + open[0].length === before.length &&
      open[0].startsWith('<sheetData') &&
      !open[0].endsWith('/>') &&
      unusualText(before) === null;
    if (!plain) {
      this.held = [bytes];
      return this.readWhole();
    }
    this.held = [];
    this.state = 'between-rows';
    this.scanData(bytes.subarray(end + 1));
  }

  /** The sheet kept whole and read by the whole-part reader, with the worksheet scan counting. */
  private readWhole(): void {
    this.state = 'whole';
    this.wholeScan = new WorksheetScan(this.name, this.totals, this.limits);
    for (const chunk of this.held) this.wholeScan.push(chunk);
  }

  private finishWhole(): ReadSheet {
    if (this.wholeScan!.finish().formulasWithoutResult.length > 0) throw new Declined('a formula without its result');
    const xml = partText(decodeAstralReferences(joinBytes(this.held)), this.name);
    return readSheet(this.name, xml, this.context);
  }

  private scanData(chunk: Uint8Array): void {
    let from = 0;
    const pending = this.pending;
    if (pending) {
      // The element cut at the last chunk's end, completed from the head of this one: the chunk itself is not copied.
      for (let head = Math.min(chunk.length, 4096); ; head = Math.min(chunk.length, head * 4)) {
        const joined = joinBytes([pending, chunk.subarray(0, head)]);
        const stop = this.scan(joined, 0);
        if (this.state === 'after') {
          this.held.push(chunk.slice(head));
          this.pending = null;
          return;
        }
        if (stop >= pending.length) {
          from = stop - pending.length;
          break;
        }
        if (head === chunk.length) {
          this.keepPending(joined.subarray(stop));
          return;
        }
      }
    }
    const stop = this.scan(chunk, from);
    this.keepPending(stop < chunk.length && this.state !== 'after' ? chunk.subarray(stop) : null);
  }

  private keepPending(rest: Uint8Array | null): void {
    if (rest && rest.length > LONGEST_ELEMENT) throw new Declined('a very long element');
    this.pending = rest;
  }

  /** Reads the complete elements of `bytes`; returns where the first incomplete one starts. */
  private scan(bytes: Uint8Array, from: number): number {
    const length = bytes.length;
    let at = from;
    for (;;) {
      while (at < length && isXmlSpace(bytes[at])) at++;
      if (at + 1 >= length) return at;
      if (bytes[at] !== LESS_THAN) throw new Declined('text between cells');
      if (bytes[at + 1] === SLASH) {
        const close = this.state === 'in-row' ? '</row>' : '</sheetData>';
        if (at + close.length > length) return at;
        if (!bytesAt(bytes, at, close)) throw new Declined('an unexpected closing tag');
        this.endGroup();
        if (this.state === 'in-row') {
          this.state = 'between-rows';
          at += close.length;
          continue;
        }
        // As the whole-part reader does, what follows starts at `sheetData>`.
        this.state = 'after';
        // A copy: the rest of the part is small, and a view would keep a whole inflated part alive.
        this.held = [bytes.slice(at + 2)];
        return length;
      }
      const end = nextByte(bytes, GREATER_THAN, at);
      if (end < 0) return at;
      if (end - at > LONGEST_TAG) throw new Declined('a very long tag');
      const next = this.state === 'in-row' ? this.cell(bytes, at, end) : this.row(bytes, at, end);
      if (next < 0) return at;
      at = next;
    }
  }

  private row(bytes: Uint8Array, at: number, end: number): number {
    if (!bytesAt(bytes, at, '<row')) throw new Declined('an element other than a row');
    const selfClosing = bytes[end - 1] === SLASH;
    if (!readTagAttributes(bytes, at + 4, selfClosing ? end - 1 : end, this.tag)) throw new Declined('a row tag');
    this.endGroup();
    this.groupRow = -1;
    if (!selfClosing) this.state = 'in-row';
    return end + 1;
  }

  /** Reads one `<c>` whose tag ends at `end`; returns where the cell ends, -1 when it is cut by the chunk's end. */
  private cell(bytes: Uint8Array, at: number, end: number): number {
    if (bytes[at + 1] !== 0x63) throw new Declined('an element other than a cell');
    const selfClosing = bytes[end - 1] === SLASH;
    const tagEnd = selfClosing ? end - 1 : end;
    const tag = this.tag;
    if (!readTagAttributes(bytes, at + 2, tagEnd, tag) || tag.rStart < 0) throw new Declined('a cell tag');
    let cellEnd = end + 1;
    let valueStart = -1;
    let valueEnd = -1;
    if (!selfClosing) {
      if (end + 4 > bytes.length) return -1;
      if (bytesAt(bytes, end + 1, '<v>')) {
        const close = nextByte(bytes, LESS_THAN, end + 4);
        if (close < 0 || close + 8 > bytes.length) return -1;
        if (bytesAt(bytes, close, '</v></c>')) {
          valueStart = end + 4;
          valueEnd = close;
          cellEnd = close + 8;
        }
      }
      if (valueStart < 0) {
        const close = indexOfText(bytes, '</c>', end + 1);
        if (close < 0) return -1;
        cellEnd = close + 4;
      }
    }
    this.reference(bytes, tag.rStart, tag.rEnd);
    const row = this.referenceRow;
    const column = this.referenceColumn;
    this.count(row, column);
    this.formula = false;
    const value =
      valueStart >= 0
        ? this.plainValue(bytes, at, tagEnd, valueStart, valueEnd)
        : this.otherValue(bytes, at, tagEnd, selfClosing ? -1 : end + 1, selfClosing ? -1 : cellEnd - 4);
    if (value !== undefined) this.put(row, column, value);
    return cellEnd;
  }

  /** `<v>…</v>` alone: read from the bytes when its type, style and text are plain, else as any other cell. */
  private plainValue(bytes: Uint8Array, at: number, tagEnd: number, start: number, end: number): CellValue | undefined {
    const tag = this.tag;
    const type = tag.tStart < 0 ? 'n' : this.texts.ascii(bytes, tag.tStart, tag.tEnd);
    const style = tag.sStart < 0 ? -1 : indexAt(bytes, tag.sStart, tag.sEnd);
    let ascii = true;
    /** No entity, `_xHHHH_` escape or CR to undo: the text is the value as it stands. */
    let unescaped = true;
    let plain = TYPES_READ_FROM_BYTES.has(type) && (tag.sStart < 0 || style >= 0);
    for (let index = start; index < end && plain; index++) {
      const byte = bytes[index]!;
      // A reference (`&#x1F680;`) may name a character beyond U+FFFF: decoded with the bytes, as for the whole part.
      if (byte >= 0x80 || byte === AMPERSAND) ascii = false;
      // `>` could end the whole-part reader's data early, `=` start an array formula's mark.
      else if (byte === GREATER_THAN || byte === EQUALS) plain = false;
      else if (byte === UNDERSCORE || byte === CARRIAGE_RETURN) unescaped = false;
    }
    if (!plain) return this.otherValue(bytes, at, tagEnd, start - 3, end + 4);
    if (start === end) return tag.tStart < 0 ? undefined : this.typed(type, undefined, style);
    if (type === 'n') {
      const number = decimalAt(bytes, start, end);
      if (number !== undefined) return numberValue(number, this.format(style));
    } else if (type === 's') {
      const index = indexAt(bytes, start, end);
      if (index >= 0) {
        if (index >= this.context.strings.length) throw new Declined('a shared string that is not in the table');
        return this.context.strings[index] ?? '';
      }
    }
    const raw = ascii
      ? this.texts.ascii(bytes, start, end)
      : this.text(decodeAstralReferences(bytes.subarray(start, end)), 0);
    // What unescapeXmlText (here and again in cellValue, as SheetJS decodes) would give back unchanged.
    if (type === 'str' && ascii && unescaped) return raw;
    return this.typed(type, unescapeXmlText(raw, false), style);
  }

  private typed(type: string, v: string | undefined, style: number): CellValue | undefined {
    return cellValue(type, v, '', this.context, style < 0 ? undefined : String(style));
  }

  /** Any other cell, read by the whole-part reader's `readCell` from its tag and content as text. */
  private otherValue(
    bytes: Uint8Array,
    at: number,
    tagEnd: number,
    contentStart: number,
    contentEnd: number,
  ): CellValue | undefined {
    const attributes = this.texts.ascii(bytes, at + 2, tagEnd);
    const content =
      contentStart < 0 ? '' : this.text(decodeAstralReferences(bytes.subarray(contentStart, contentEnd)), 0);
    const unusual = unusualText(content);
    if (unusual !== null) throw new Declined(unusual);
    if (content.includes('sheetData>')) throw new Declined('sheetData in a cell');
    if (formulaWithoutResult(content)) throw new Declined('a formula without its result');
    const cell = readCell(attributes, content, this.context, this.sharedFormulas);
    if (cell === null) return undefined;
    this.formula = cell.formula;
    return cell.value;
  }

  private format(style: number) {
    if (style < 0 || this.context.styles === null) return GENERAL;
    return this.context.styles[style] ?? GENERAL;
  }

  /** `A1` → row 0, column 0 into `referenceRow` and `referenceColumn`, as strictly as fast-xlsx's `cellAt`. */
  private reference(bytes: Uint8Array, start: number, end: number): void {
    let at = start;
    let column = 0;
    for (; at < end && at - start < 3 && bytes[at]! >= 0x41 && bytes[at]! <= 0x5a; at++)
      column = column * 26 + bytes[at]! - 0x40;
    const digits = end - at;
    if (at === start || digits < 1 || digits > 7 || bytes[at] === 0x30)
      throw new Declined('a cell without its reference');
    const row = indexAt(bytes, at, end);
    if (row < 0) throw new Declined('a cell without its reference');
    this.referenceRow = row - 1;
    this.referenceColumn = column - 1;
  }

  private put(row: number, column: number, value: CellValue): void {
    const cells = (this.rows[row] ??= []);
    if (cells[column] !== undefined) throw new Declined('a cell written twice');
    cells[column] = value;
    if (this.formula) this.formulas.push([row, column]);
  }

  /** The worksheet scan's count: each cell, and each run of cells of one row as wide as its last column. */
  private count(row: number, column: number): void {
    if (++this.totals.cells > this.limits.cells) throw new Declined('over the cell limit');
    if (row !== this.groupRow) {
      this.endGroup();
      this.groupRow = row;
    }
    if (column + 1 > this.groupWidth) this.groupWidth = column + 1;
  }

  private endGroup(): void {
    if (this.groupWidth === 0) return;
    // A row grown cell by cell has room for twice its cells: a copy the size of the row is all that is kept.
    const cells = this.rows[this.groupRow];
    if (cells) this.rows[this.groupRow] = cells.slice();
    this.totals.usedRangeSlots += this.groupWidth;
    this.groupWidth = 0;
    if (this.totals.usedRangeSlots > this.limits.usedRangeSlots) throw new Declined('over the used range limit');
  }

  private text(bytes: Uint8Array, start: number, end = bytes.length): string {
    try {
      return utf8Text(bytes, start, end);
    } catch (error) {
      if (error instanceof NotUtf8) throw new Declined(`the sheet ${this.name} is not UTF-8`);
      throw error;
    }
  }

  private heldText(): string {
    return this.text(decodeAstralReferences(joinBytes(this.held)), 0);
  }
}
