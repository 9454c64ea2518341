import type { SpreadsheetFormat } from './grid';

/** What the first bytes say the file is. */
export type Container = 'zip' | 'cfb' | 'text' | 'markup';

export type Sniffed = { ok: true; container: Container } | { ok: false; message: string };

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
];
/** The BOF records of Excel's own formats before the compound file of Excel 5 (BIFF2, 3 and 4). */
const OLD_EXCEL: [number[], string][] = [
  [[0x09, 0x00, 0x04, 0x00], 'an Excel 2.x worksheet (1987)'],
  [[0x09, 0x02, 0x06, 0x00], 'an Excel 3.0 worksheet (1990)'],
  [[0x09, 0x04, 0x06, 0x00], 'an Excel 4.0 worksheet (1992)'],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Lower-case extension of a file name, without the dot. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const ZIP_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb', 'ods']);

/**
 * The container, from the bytes rather than the name: SheetJS reads almost anything as text, so a
 * PDF renamed `.xlsx` would otherwise arrive as a one-column "sheet" of PDF syntax.
 */
export function sniffFile(bytes: Uint8Array, fileName: string): Sniffed {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  for (const [signature, what] of SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, message: `the file is ${what}, not a spreadsheet` };
  }
  for (const [signature, what] of OLD_EXCEL) {
    if (startsWith(bytes, signature))
      return { ok: false, message: `the file is ${what}: open it in Excel or LibreOffice and save as .xlsx` };
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { ok: true, container: 'zip' };
  if (startsWith(bytes, CFB)) return { ok: true, container: 'cfb' };
  if (bytes.subarray(0, 4096).includes(0) && !isUtf16(bytes))
    return { ok: false, message: 'the file is binary data of an unknown kind, not a spreadsheet' };
  const extension = extensionOf(fileName);
  if (ZIP_EXTENSIONS.has(extension)) {
    return { ok: false, message: `the file is not a spreadsheet: its name says .${extension} but it holds plain text` };
  }
  return { ok: true, container: looksLikeMarkup(bytes) ? 'markup' : 'text' };
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  let index = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (
    index < bytes.length &&
    (bytes[index] === 0x20 || bytes[index] === 0x0a || bytes[index] === 0x0d || bytes[index] === 0x09)
  )
    index++;
  return bytes[index] === 0x3c;
}

/** Which reader format a container and name make. */
export function formatOf(container: Container, fileName: string): SpreadsheetFormat {
  const extension = extensionOf(fileName);
  if (container === 'text') return 'csv';
  if (container === 'markup') return 'html';
  if (container === 'cfb') return 'xls';
  if (extension === 'xlsb') return 'xlsb';
  if (extension === 'ods') return 'ods';
  return 'xlsx';
}
