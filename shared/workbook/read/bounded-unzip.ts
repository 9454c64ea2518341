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
  /** What the native inflater unpacked (an entry whole, or each piece) that the sink alone took: the caller may release it once the sink is done. */
  inflatedNatively?(inflated: Uint8Array): void;
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
  options: UnzipOptions = {},
): Map<string, Uint8Array> {
  const unzip = new Unpacking(bytes, options);
  const { native } = options;
  for (const entry of entries) {
    const part = unzip.begin(entry);
    if (!part) continue;
    if (part.stored) part.take(part.compressed);
    else if (native) {
      const whole = inflateWhole(native.inflateRaw, part.compressed, part.room, entry);
      for (let offset = 0; offset < whole.length; offset += PIECE) part.take(whole.subarray(offset, offset + PIECE));
      if (!part.kept) options.inflatedNatively?.(whole);
    } else inflateEntry(part.compressed, entry, part.take);
    part.end();
  }
  return unzip.files;
}

/**
 * unzipBounded, with each deflated entry inflated by the native inflater's own thread in pieces
 * (`NativeZip.inflateRawPieces`) while this thread takes the pieces already out: a sheet is scanned
 * as it unpacks. The same limits, checks and refusals; without that inflater, unzipBounded itself.
 */
export async function unzipBoundedAsync(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  options: UnzipOptions = {},
): Promise<Map<string, Uint8Array>> {
  const inflateRawPieces = options.native?.inflateRawPieces;
  if (!inflateRawPieces) return unzipBounded(bytes, entries, options);
  const unzip = new Unpacking(bytes, options);
  for (const entry of entries) {
    const part = unzip.begin(entry);
    if (!part) continue;
    if (part.stored) part.take(part.compressed);
    else {
      // What the taker refuses (a limit, the sheet reader declining) goes on as the synchronous path throws it.
      let refusal: unknown = null;
      const take = (piece: Uint8Array) => {
        try {
          part.take(piece);
        } catch (error) {
          refusal = error;
          throw error;
        }
        if (!part.kept) options.inflatedNatively?.(piece);
      };
      try {
        await inflateRawPieces(part.compressed, part.room, take);
      } catch (error) {
        throw error === refusal ? error : notInflated(entry, error);
      }
    }
    part.end();
  }
  return unzip.files;
}

interface EntryPart {
  stored: boolean;
  compressed: Uint8Array;
  /** The most its inflated bytes may come to: what is left of the limit, and its declared size when sizes are held to. */
  room: number;
  kept: boolean;
  /** Counts, checks, checksums and hands on (to the sink, and to the kept parts) each inflated chunk in order. */
  take(chunk: Uint8Array): void;
  /** Checks the entry's checksum and keeps its bytes. */
  end(): void;
}

/** One unzip's running total against the limit, and each entry's checks from its header to its checksum. */
class Unpacking {
  readonly files = new Map<string, Uint8Array>();
  private total = 0;
  private readonly view: DataView;
  private readonly checksum: (bytes: Uint8Array, previous: number) => number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly options: UnzipOptions,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.checksum = options.native?.crc32 ?? crc32;
  }

  private get limits(): ReadLimits {
    return this.options.limits ?? READ_LIMITS;
  }

  private count(length: number): void {
    this.total += length;
    if (this.total > this.limits.inflatedBytes) {
      throw new ReadLimitError(
        `the file unpacks to more than ${megabytes(this.limits.inflatedBytes)}, over the import limit (a ZIP bomb, or far more data than an import holds)`,
      );
    }
  }

  /** The entry's compressed bytes and how to take what they unpack to; null for a folder. */
  begin(entry: ZipEntry): EntryPart | null {
    if (entry.name.endsWith('/')) return null;
    const { bytes, view, options } = this;
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
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw damaged(entry, `it is compressed with method ${entry.method}, which spreadsheet programs do not write`);
    const sink = options.watch?.(entry) ?? null;
    const kept = options.keep?.(entry) ?? true;
    const declaredSizes = options.declaredSizes ?? false;
    const chunks: Uint8Array[] = [];
    let crc = 0;
    let unpacked = 0;
    const allowed = this.limits.inflatedBytes - this.total;
    return {
      stored: entry.method === STORED,
      compressed: bytes.subarray(start, end),
      room: declaredSizes ? Math.min(allowed, entry.size) : allowed,
      kept,
      take: (chunk) => {
        unpacked += chunk.length;
        if (declaredSizes && unpacked > entry.size) throw damaged(entry, 'it unpacks to more than its size');
        this.count(chunk.length);
        if (kept) chunks.push(chunk);
        crc = this.checksum(chunk, crc);
        sink?.(chunk);
      },
      end: () => {
        if (crc !== entry.crc) throw damaged(entry, 'its checksum does not match: it was changed or cut while copying');
        if (kept) this.files.set(entry.name, joinBytes(chunks));
      },
    };
  }
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
    throw notInflated(entry, error);
  }
}

/** What a native inflater threw (zlib's own words, or past its room), as the entry's damage. */
function notInflated(entry: ZipEntry, error: unknown): ReadLimitError {
  return damaged(
    entry,
    `it does not inflate within the limit (${error instanceof Error ? error.message : String(error)})`,
  );
}

function damaged(entry: ZipEntry, why: string): ReadLimitError {
  return new ReadLimitError(
    `the file is damaged: its part ${printable(entry.name.slice(0, 80))} cannot be unpacked (${why})`,
  );
}
