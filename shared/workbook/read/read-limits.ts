/**
 * What one import may cost, checked while reading and before SheetJS builds anything: a file
 * within these stays well under 1 GB of memory (measured on the hostile files of issue 10).
 */
export interface ReadLimits {
  /** Bytes a ZIP container may unpack to, counted while inflating (its headers are never trusted). */
  inflatedBytes: number;
  /** Cells written in the file (`<c>` elements of every sheet). */
  cells: number;
  /** Slots SheetJS allocates: for each row, its last used column + 1, summed over the rows. */
  usedRangeSlots: number;
}

export const READ_LIMITS: ReadLimits = {
  inflatedBytes: 128 * 1024 * 1024,
  cells: 1_500_000,
  usedRangeSlots: 10_000_000,
};

/** A limit was reached while reading: the refusal a user sees, in words they can act on. */
export class ReadLimitError extends Error {}

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A native raw-DEFLATE inflater (Node's zlib where there is one): the whole entry, at most
 * `maxBytes` of it, else it throws. Only the streaming reader uses it; whatever it throws declines
 * the file to the checked unzip, which says why in its own words.
 */
export type RawInflate = (compressed: Uint8Array, maxBytes: number) => Uint8Array;

/** What Node's zlib does natively for the streaming reader: a sheet's inflate, and its checksum (ZIP's CRC-32, continued from `previous`). */
export interface NativeZip {
  inflateRaw: RawInflate;
  crc32(bytes: Uint8Array, previous: number): number;
  /**
   * Frees at once the memory of what `inflateRaw` gave, once nothing reads it any more: the
   * collector would otherwise keep a 50 MB sheet until its next full collection, through the checks.
   */
  release(inflated: Uint8Array): void;
  /**
   * The inflate on a thread of its own, each piece handed to `take` on the calling thread while the
   * next is inflated (a sheet is then scanned as it unpacks); rejects past `maxBytes`, on damage, or
   * with what `take` threw. Where it is missing, sheets are inflated whole by `inflateRaw`.
   */
  inflateRawPieces?(compressed: Uint8Array, maxBytes: number, take: (piece: Uint8Array) => void): Promise<void>;
}
