/** Eight tables of 256: `TABLES[k * 256 + n]` is the CRC of byte n followed by k zero bytes. */
const TABLES = new Int32Array(8 * 256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLES[n] = c;
}
for (let n = 0; n < 256; n++)
  for (let k = 1; k < 8; k++)
    TABLES[k * 256 + n] = (TABLES[(k - 1) * 256 + n]! >>> 8) ^ TABLES[TABLES[(k - 1) * 256 + n]! & 0xff]!;

/**
 * ZIP's CRC-32, continued over successive chunks: start with 0, pass the previous result. Eight
 * bytes a step (slicing by 8): the checksum of a 40 MB sheet is a few times cheaper than byte by byte.
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous;
  let index = 0;
  const whole = bytes.length - (bytes.length % 8);
  for (; index < whole; index += 8) {
    const low =
      crc ^ (bytes[index]! | (bytes[index + 1]! << 8) | (bytes[index + 2]! << 16) | (bytes[index + 3]! << 24));
    crc =
      TABLES[7 * 256 + (low & 0xff)]! ^
      TABLES[6 * 256 + ((low >>> 8) & 0xff)]! ^
      TABLES[5 * 256 + ((low >>> 16) & 0xff)]! ^
      TABLES[4 * 256 + (low >>> 24)]! ^
      TABLES[3 * 256 + bytes[index + 4]!]! ^
      TABLES[2 * 256 + bytes[index + 5]!]! ^
      TABLES[256 + bytes[index + 6]!]! ^
      TABLES[bytes[index + 7]!]!;
  }
  for (; index < bytes.length; index++) crc = TABLES[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
