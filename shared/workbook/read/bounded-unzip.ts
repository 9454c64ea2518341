import { Inflate } from 'fflate';
import { printable } from '../../model';
import { crc32 } from './crc32';
import {
  megabytes,
  READ_LIMITS,
  ReadLimitError,
  type NativeZip,
  type RawInflate,
  type ReadLimits,
} from './read-limits';
import type { ZipEntry } from './zip-directory';
import { joinBytes } from './join-bytes';

const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes fed to the inflater at a time: one push can unpack at most ~1,000 times this. */
const STEP = 16 * 1024;

export interface UnzipOptions {
  limits?: ReadLimits;
  /** A sink for an entry's inflated bytes as they come (to count its cells), or none. */
  watch?(entry: ZipEntry): ((chunk: Uint8Array) => void) | null;
  /** False when the sink alone takes the entry's bytes: they are not kept, nor the entry returned. */
  keep?(entry: ZipEntry): boolean;
  /** Native inflate and checksum for deflated entries (read-limits.ts); fflate's streaming inflate and crc32.ts without. */
  native?: NativeZip;
  /** Refuse at once an entry that unpacks to more than its directory says (a lying bomb stops at its first bytes). */
  declaredSizes?: boolean;
  /** Each entry the native inflater unpacked whole and the sink alone took: the caller may release it once the sink is done. */
  inflatedWhole?(inflated: Uint8Array): void;
}

/** Inflated bytes handed to the sink at a time when a native inflater unpacked the entry whole. */
const PIECE = 1024 * 1024;

/**
 * Every file of a ZIP, inflated with the real bytes counted as they come out: a header claiming
 * 0 bytes, or a small file unpacking to gigabytes, stops at the limit instead of filling memory.
 * A damaged deflate stream stops at its first bad block. Throws `ReadLimitError` with the reason.
 */
export function unzipBounded(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  { limits = READ_LIMITS, watch, keep, native, declaredSizes = false, inflatedWhole }: UnzipOptions = {},
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const checksum = native?.crc32 ?? crc32;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  const count = (length: number) => {
    total += length;
    if (total > limits.inflatedBytes) {
      throw new ReadLimitError(
        `the file unpacks to more than ${megabytes(limits.inflatedBytes)}, over the import limit (a ZIP bomb, or far more data than an import holds)`,
      );
    }
  };
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const local = entry.localOffset;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER)
      throw damaged(entry, 'its header is missing');
    if ((view.getUint16(local + 6, true) & 1) !== 0)
      throw new ReadLimitError(
        'the file is password-protected: open it, save a copy without the password, and import that copy',
      );
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw damaged(entry, 'it runs past the end of the file');
    const sink = watch?.(entry) ?? null;
    const kept = keep?.(entry) ?? true;
    const chunks: Uint8Array[] = [];
    let crc = 0;
    let unpacked = 0;
    const take = (chunk: Uint8Array) => {
      unpacked += chunk.length;
      if (declaredSizes && unpacked > entry.size) throw damaged(entry, 'it unpacks to more than its size');
      count(chunk.length);
      if (kept) chunks.push(chunk);
      crc = checksum(chunk, crc);
      sink?.(chunk);
    };
    if (entry.method === STORED) take(bytes.subarray(start, end));
    else if (entry.method === DEFLATED && native) {
      const allowed = limits.inflatedBytes - total;
      const whole = inflateWhole(
        native.inflateRaw,
        bytes.subarray(start, end),
        declaredSizes ? Math.min(allowed, entry.size) : allowed,
        entry,
      );
      for (let offset = 0; offset < whole.length; offset += PIECE) take(whole.subarray(offset, offset + PIECE));
      if (!kept) inflatedWhole?.(whole);
    } else if (entry.method === DEFLATED) inflateEntry(bytes.subarray(start, end), entry, take);
    else throw damaged(entry, `it is compressed with method ${entry.method}, which spreadsheet programs do not write`);
    if (crc !== entry.crc) throw damaged(entry, 'its checksum does not match: it was changed or cut while copying');
    if (kept) files.set(entry.name, joinBytes(chunks));
  }
  return files;
}

function inflateEntry(compressed: Uint8Array, entry: ZipEntry, take: (chunk: Uint8Array) => void): void {
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    take(chunk);
    if (final) ended = true;
  });
  try {
    for (let offset = 0; offset < compressed.length && !ended; offset += STEP) {
      inflater.push(compressed.subarray(offset, offset + STEP), offset + STEP >= compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    if (error instanceof ReadLimitError) throw error;
    throw damaged(entry, `its compressed data is broken (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!ended) throw damaged(entry, 'its compressed data ends too soon');
}

function inflateWhole(inflateRaw: RawInflate, compressed: Uint8Array, maxBytes: number, entry: ZipEntry): Uint8Array {
  try {
    return inflateRaw(compressed, maxBytes);
  } catch (error) {
    throw damaged(
      entry,
      `it does not inflate within the limit (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function damaged(entry: ZipEntry, why: string): ReadLimitError {
  return new ReadLimitError(
    `the file is damaged: its part ${printable(entry.name.slice(0, 80))} cannot be unpacked (${why})`,
  );
}
