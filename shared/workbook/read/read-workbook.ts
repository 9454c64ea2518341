import * as XLSX from 'xlsx';
import { decodeText } from './decode-text';
import type { SheetGrid, WorkbookGrid } from './grid';
import { sheetByName } from './sheet-by-name';
import { sheetGrid } from './sheet-grid';
import { formatOf, sniffFile, type Container } from './sniff';
import { checkBiffCells } from './binary-cells';
import { biffWorkbookStream, isEncryptedOoxml } from './cfb-checks';
import { checkZipWorkbook } from './checked-zip';
import { CodepagesNotLoaded, codepagesLoaded, loadCodepages, requireCodepages } from './codepages';
import { readPlainXlsx } from './fast-xlsx';
import { readStreamedXlsx, readStreamedXlsxAsync } from './streamed-xlsx';
import { quietly } from './quiet-sheetjs';
import { megabytes, READ_LIMITS, ReadLimitError, type NativeZip, type ReadLimits } from './read-limits';
import { expandedSize, isEncryptedOdf, zipEndRecord, zipEntries, type ZipEntry } from './zip-directory';

const PASSWORD_MESSAGE =
  'the file is password-protected: open it, save a copy without the password, and import that copy';

export type { NativeZip, RawInflate } from './read-limits';

export const DEFAULT_SIZE_LIMIT_BYTES = 50 * 1024 * 1024;
/** A workbook may unpack to this many times the size limit before it is taken for a ZIP bomb. */
const EXPANSION_LIMIT = 40;

export interface ReadOptions {
  fileName: string;
  sizeLimitBytes?: number;
  /** Tests lower them; the app and the command line use READ_LIMITS. */
  limits?: ReadLimits;
  /** Plain .xlsx through the fast reader (fast-xlsx.ts); false sends every file to SheetJS (the differential tests). */
  fastXlsx?: boolean;
  /** Node's zlib for the streaming reader (inflate and checksum); fflate and crc32.ts without. */
  native?: NativeZip;
}

export type ReadOutcome = { ok: true; workbook: WorkbookGrid } | { ok: false; message: string };

const BINARY_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellStyles: false,
  sheetStubs: false,
};

/**
 * Any spreadsheet file as plain grids, or why it cannot be read. Refuses files over the limit,
 * empty, truncated, encrypted or not spreadsheets at all, in words a user can act on. Throws only
 * CodepagesNotLoaded, for a file that goes to SheetJS before its code pages are loaded:
 * readWorkbookAsync loads them when needed.
 */
export function readWorkbook(bytes: Uint8Array, options: ReadOptions): ReadOutcome {
  const file = openFile(bytes, options);
  if ('ok' in file) return file;
  if (file.plainXlsx) {
    const streamed = readStreamedXlsx(bytes, file.entries, file.limits, options.native);
    if (streamed.ok) return fastOutcome(streamed, file);
  }
  return readLeftToCheckedReaders(bytes, file);
}

/**
 * readWorkbook, with a plain .xlsx's sheets scanned while zlib's thread inflates them (where the
 * native inflater can), and SheetJS's code pages loaded first for a file that is not a ZIP (which the
 * fast reader may take without them), or once a ZIP turns out to need SheetJS.
 */
export async function readWorkbookAsync(bytes: Uint8Array, options: ReadOptions): Promise<ReadOutcome> {
  const file = openFile(bytes, options);
  if ('ok' in file) return file;
  if (file.plainXlsx) {
    const streamed = await readStreamedXlsxAsync(bytes, file.entries, file.limits, options.native);
    if (streamed.ok) return fastOutcome(streamed, file);
  }
  if (!codepagesLoaded() && file.container !== 'zip') await loadCodepages();
  try {
    return readLeftToCheckedReaders(bytes, file);
  } catch (error) {
    if (!(error instanceof CodepagesNotLoaded)) throw error;
    await loadCodepages();
    return readLeftToCheckedReaders(bytes, file);
  }
}

/** A file past the checks every reader needs: its kind, and a ZIP's directory. */
interface OpenedFile {
  fileName: string;
  container: Container;
  /** A ZIP's directory; empty for any other container. */
  entries: readonly ZipEntry[];
  /** A ZIP holding an .xlsx workbook, for the streaming reader first (unless fastXlsx is off). */
  plainXlsx: boolean;
  fastXlsx: boolean;
  limits: ReadLimits;
}

/** The checks every file passes before any reader: its size, its kind, and a ZIP's directory and expansion. */
function openFile(
  bytes: Uint8Array,
  { fileName, sizeLimitBytes = DEFAULT_SIZE_LIMIT_BYTES, limits = READ_LIMITS, fastXlsx = true }: ReadOptions,
): OpenedFile | ReadOutcome {
  if (bytes.length > sizeLimitBytes)
    return {
      ok: false,
      message: `the file is ${megabytes(bytes.length)}, over the import limit of ${megabytes(sizeLimitBytes)}`,
    };
  const sniffed = sniffFile(bytes, fileName);
  if (!sniffed.ok) return sniffed;
  const { container } = sniffed;
  const file: OpenedFile = { fileName, container, entries: [], plainXlsx: false, fastXlsx, limits };
  if (container !== 'zip') return file;
  if (zipEndRecord(bytes) < 0)
    return {
      ok: false,
      message: 'the file is damaged: its ZIP container is incomplete (cut short while copying or downloading?)',
    };
  const entries = zipEntries(bytes);
  if (entries === null) return { ok: false, message: 'the file is damaged: its ZIP directory cannot be read' };
  if (expandedSize(entries) > sizeLimitBytes * EXPANSION_LIMIT)
    return {
      ok: false,
      message: `the file unpacks to ${megabytes(expandedSize(entries))}, far over the import limit`,
    };
  if (isEncryptedOdf(bytes, entries)) return { ok: false, message: PASSWORD_MESSAGE };
  if (entries.length === 0)
    return {
      ok: false,
      message: 'the file is a ZIP64 archive or holds nothing: open it in Excel or LibreOffice and save as .xlsx',
    };
  return { ...file, entries, plainXlsx: fastXlsx && entries.some((entry) => entry.name === 'xl/workbook.xml') };
}

function fastOutcome(read: { sheets: SheetGrid[]; formulaCells: string[] }, file: OpenedFile): ReadOutcome {
  return outcome(read.sheets, {
    format: formatOf(file.container, file.fileName),
    encoding: null,
    formulaCells: read.formulaCells,
  });
}

/** What the streaming reader declined or never takes: the checked unzip and the fast reader, else SheetJS. */
function readLeftToCheckedReaders(bytes: Uint8Array, file: OpenedFile): ReadOutcome {
  const { container, limits } = file;
  if (container === 'zip') {
    const checked = checkZipWorkbook(bytes, file.entries, limits);
    if (!checked.ok) return checked;
    if (file.fastXlsx && checked.files.has('xl/workbook.xml')) {
      const fast = readPlainXlsx(checked.files);
      if (fast.ok) return fastOutcome(fast, file);
    }
    bytes = checked.pack();
  }
  if (container === 'cfb' && isEncryptedOoxml(bytes)) return { ok: false, message: PASSWORD_MESSAGE };
  if (container === 'cfb') {
    const stream = biffWorkbookStream(bytes);
    try {
      if (stream) checkBiffCells(stream, limits);
    } catch (error) {
      if (error instanceof ReadLimitError) return { ok: false, message: error.message };
      throw error;
    }
  }
  requireCodepages();
  const format = formatOf(container, file.fileName);
  try {
    if (container === 'text' || container === 'markup') {
      const { text, encoding } = decodeText(bytes);
      if (text.trim() === '') return { ok: false, message: 'the file is empty' };
      if (separators(text) > limits.usedRangeSlots)
        return {
          ok: false,
          message: `the file holds more than ${limits.usedRangeSlots.toLocaleString('en-US')} cells, over the import limit`,
        };
      const { value: book, said } = quietly(() => XLSX.read(text, { type: 'string', raw: true, dense: true }));
      return finish(book, { format, encoding, formulasAreText: true, said });
    }
    const { value: book, said } = quietly(() => XLSX.read(bytes, BINARY_OPTIONS));
    return finish(book, { format, encoding: null, formulasAreText: false, said });
  } catch (error) {
    return { ok: false, message: readerMessage(error, format) };
  }
}

function finish(
  book: XLSX.WorkBook,
  how: { format: WorkbookGrid['format']; encoding: WorkbookGrid['encoding']; formulasAreText: boolean; said: string[] },
): ReadOutcome {
  const names = Array.isArray(book?.SheetNames) ? book.SheetNames : [];
  const formulaCells: string[] = [];
  const sheets: SheetGrid[] = names.map((name) =>
    sheetGrid(String(name), sheetByName(book, String(name)), { formulasAreText: how.formulasAreText, formulaCells }),
  );
  return outcome(sheets, { format: how.format, encoding: how.encoding, formulaCells, said: how.said });
}

function outcome(
  sheets: SheetGrid[],
  how: { format: WorkbookGrid['format']; encoding: WorkbookGrid['encoding']; formulaCells: string[]; said?: string[] },
): ReadOutcome {
  if (sheets.length === 0)
    return { ok: false, message: 'the file holds no sheets: it is not a spreadsheet or it is damaged' };
  if (sheets.every((sheet) => sheet.columnCount === 0))
    return { ok: false, message: 'every sheet of the file is empty' };
  const workbook: WorkbookGrid = { format: how.format, encoding: how.encoding, sheets, formulaCells: how.formulaCells };
  if (how.said && how.said.length > 0)
    workbook.warnings = how.said.map((line) => `the spreadsheet reader warned: ${line}`);
  return { ok: true, workbook };
}

/** Commas, tabs, semicolons and line breaks: at most the cells a text file makes. */
function separators(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x2c || code === 0x09 || code === 0x0a || code === 0x3b) count++;
  }
  return count;
}

/** SheetJS's exceptions in a user's words. */
function readerMessage(error: unknown, format: string): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(text)) return PASSWORD_MESSAGE;
  if (/zip|inflate|deflate|central directory|corrupt|bad|unexpected end|invalid|unsupported/i.test(text)) {
    return `the file is damaged or not a ${format} spreadsheet (${text.slice(0, 120)})`;
  }
  return `the file cannot be read as a ${format} spreadsheet (${text.slice(0, 120)})`;
}
