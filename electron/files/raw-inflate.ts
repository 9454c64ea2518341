import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib';
import { inProcessWorkbookCodec } from '../../shared/app/import/workbook-codec';
import type { WorkbookCodec } from '../../shared/app/ports';
import type { NativeZip, RawInflate } from '../../shared/workbook/read';
import { freeNow } from './free-now';

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

/** Inflated bytes per piece: few hops between the threads, and a piece scanned in ~3 ms. */
const STREAM_PIECE = 1024 * 1024;

/**
 * zlib's raw inflate on its thread pool, each piece handed to `take` from a later turn of the event
 * loop: zlib's stream hands a piece over before it starts on the next, so taking it at once would
 * leave its thread idle while this one scans. Stops (and destroys the inflater) past `maxBytes`, on
 * damage, or when `take` throws.
 */
export function inflateRawPieces(
  compressed: Uint8Array,
  maxBytes: number,
  take: (piece: Uint8Array) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: STREAM_PIECE });
    const waiting: Uint8Array[] = [];
    let inflated = 0;
    let ended = false;
    let scheduled = false;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const takeWaiting = () => {
      scheduled = false;
      if (settled) return;
      try {
        for (let piece = waiting.shift(); piece; piece = waiting.shift()) take(piece);
      } catch (error) {
        fail(error);
        return;
      }
      if (ended) {
        settled = true;
        resolve();
      }
    };
    const schedule = () => {
      if (scheduled) return;
      scheduled = true;
      setImmediate(takeWaiting);
    };
    inflater.on('data', (piece: Buffer) => {
      inflated += piece.length;
      if (inflated > maxBytes) return fail(new Error(`more than ${maxBytes} bytes`));
      waiting.push(new Uint8Array(piece.buffer, piece.byteOffset, piece.length));
      schedule();
    });
    inflater.on('error', fail);
    inflater.on('end', () => {
      ended = true;
      schedule();
    });
    inflater.end(compressed);
  });
}

/** Past this size a Buffer has an ArrayBuffer of its own, never a slice of Node's shared pool of small Buffers. */
const OWN_BUFFER = 1024 * 1024;

/**
 * zlib for the streaming reader: its inflate, its CRC-32 (four times faster than crc32.ts on a 50 MB
 * sheet), and the release of an inflated sheet by detaching its ArrayBuffer, which frees it at once.
 */
export const nodeZip: NativeZip = {
  inflateRaw: nodeRawInflate,
  inflateRawPieces,
  crc32: (bytes, previous) => crc32(bytes, previous),
  release(inflated) {
    if (inflated.buffer.byteLength >= OWN_BUFFER) freeNow(inflated.buffer);
  },
};

/** The in-process codec (command line, benchmarks) with zlib. */
export const nodeWorkbookCodec: WorkbookCodec = {
  ...inProcessWorkbookCodec,
  readWorkbook: (bytes, options) => inProcessWorkbookCodec.readWorkbook(bytes, { ...options, native: nodeZip }),
};
