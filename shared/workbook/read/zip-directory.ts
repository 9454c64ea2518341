/** One file of a ZIP's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  /** The CRC-32 the writer computed over the unpacked bytes. */
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Where the end-of-central-directory record starts, or -1 when the ZIP was cut short. */
export function zipEndRecord(bytes: Uint8Array): number {
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 22 - 65_535); index--) {
    if (bytes[index] === 0x50 && bytes[index + 1] === 0x4b && bytes[index + 2] === 0x05 && bytes[index + 3] === 0x06)
      return index;
  }
  return -1;
}

/** The central directory, or null when it cannot be read. ZIP64 archives give an empty list. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const end = zipEndRecord(bytes);
  if (end < 0) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === 0xffffffff || count === 0xffff) return [];
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    entries.push({
      name: String.fromCharCode(...bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** What the archive unpacks to, as its directory declares: read before unpacking, against ZIP bombs. */
export function expandedSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((total, entry) => total + entry.size, 0);
}

/**
 * An OpenDocument file saved with a password: its content.xml is stored as encrypted bytes
 * (ODF encrypts after deflating and keeps the entry uncompressed), not as XML.
 */
export function isEncryptedOdf(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  const content = entries.find((entry) => entry.name === 'content.xml');
  if (!content || content.method !== 0 || !entries.some((entry) => entry.name === 'mimetype')) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = content.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return false;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const head = String.fromCharCode(...bytes.subarray(start, start + 5));
  return head !== '<?xml' && !head.startsWith('<');
}
