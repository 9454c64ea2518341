import { crc32, inflateRawSync } from 'node:zlib';
import { inProcessWorkbookCodec } from '../../shared/app/import/workbook-codec';
import type { WorkbookCodec } from '../../shared/app/ports';
import type { NativeZip, RawInflate } from '../../shared/workbook/read';

const MIN_PIECE = 64 * 1024;
/** The streaming reader passes a sheet's declared size: a larger claim is still unpacked, in pieces of this size. */
const MAX_PIECE = 128 * 1024 * 1024;

/**
 * zlib's raw inflate for the streaming .xlsx reader, several times faster than fflate's streaming
 * one and without its garbage: a sheet is unpacked whole, stopped by zlib past `maxBytes`.
 */
export const nodeRawInflate: RawInflate = (compressed, maxBytes) => {
  // Output in one piece when it fits: zlib otherwise fills 16 KB pieces and joins them, a second copy of a 50 MB sheet.
  const chunkSize = Math.min(Math.max(maxBytes, MIN_PIECE), MAX_PIECE);
  const inflated = inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes), chunkSize });
  // A plain view, not a Buffer: the scanner's many short `indexOf`s are then the typed array's own, not Buffer's slower one.
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
};

/** Past this size a Buffer has an ArrayBuffer of its own, never a slice of Node's shared pool of small Buffers. */
const OWN_BUFFER = 1024 * 1024;

/**
 * zlib for the streaming reader: its inflate, its CRC-32 (four times faster than crc32.ts on a 50 MB
 * sheet), and the release of an inflated sheet by detaching its ArrayBuffer, which frees it at once.
 */
export const nodeZip: NativeZip = {
  inflateRaw: nodeRawInflate,
  crc32: (bytes, previous) => crc32(bytes, previous),
  release(inflated) {
    if (inflated.buffer instanceof ArrayBuffer && inflated.buffer.byteLength >= OWN_BUFFER) inflated.buffer.transfer(0);
  },
};

/** The in-process codec (command line, benchmarks) with zlib. */
export const nodeWorkbookCodec: WorkbookCodec = {
  ...inProcessWorkbookCodec,
  readWorkbook: (bytes, options) => inProcessWorkbookCodec.readWorkbook(bytes, { ...options, native: nodeZip }),
};
