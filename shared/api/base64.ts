/**
 * File contents cross every transport (IPC, the command line, the browser tests) as standard
 * base64 (architecture.md). shared/ has no Buffer, so both directions are written here once.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0));
const PAD = '='.charCodeAt(0);
/** Characters turned into a string at a time: flat strings, never a rope of millions of pieces. */
const CHUNK = 0x2000;

/** Bytes as standard base64: file contents cross every transport this way (architecture.md). */
export function base64FromBytes(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let n = 0;
  for (let i = 0; i < whole; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    const c = bytes[i + 2]!;
    out[n++] = CODES[a >> 2]!;
    out[n++] = CODES[((a & 3) << 4) | (b >> 4)]!;
    out[n++] = CODES[((b & 15) << 2) | (c >> 6)]!;
    out[n++] = CODES[c & 63]!;
  }
  if (whole < bytes.length) {
    const a = bytes[whole]!;
    const b = whole + 1 < bytes.length ? bytes[whole + 1]! : 0;
    out[n++] = CODES[a >> 2]!;
    out[n++] = CODES[((a & 3) << 4) | (b >> 4)]!;
    out[n++] = whole + 1 < bytes.length ? CODES[(b & 15) << 2]! : PAD;
    out[n] = PAD;
  }
  const parts: string[] = [];
  // apply, not spread: spreading a typed array goes through its iterator, 30× slower.
  for (let start = 0; start < out.length; start += CHUNK) parts.push(String.fromCharCode.apply(null, out.subarray(start, start + CHUNK) as unknown as number[]));
  return parts.join('');
}

const LOOKUP = new Int16Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) LOOKUP[ALPHABET.charCodeAt(index)] = index;
const STANDARD = LOOKUP.slice();
// URL-safe variants decode too (on the careful path).
LOOKUP['-'.charCodeAt(0)] = 62;
LOOKUP['_'.charCodeAt(0)] = 63;

/** How many bytes a base64 text decodes to, without decoding it: the size limit is checked first. */
export function decodedLength(base64: string): number {
  let length = base64.length;
  while (length > 0 && base64.charCodeAt(length - 1) === 61) length--;
  return Math.floor((length * 3) / 4);
}

type FromBase64 = (text: string) => Uint8Array;
const native = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;

/** Base64 to bytes, or null when the text is not base64. shared/ has no Buffer. */
export function decodeBase64(base64: string): Uint8Array | null {
  if (native) {
    try {
      return native(base64);
    } catch {
      return decodeSlowly(base64);
    }
  }
  return decodeFast(base64) ?? decodeSlowly(base64);
}

/** Four characters at a time; null at the first character that needs the careful path (white space, URL-safe, bad). */
function decodeFast(base64: string): Uint8Array | null {
  const length = base64.length;
  if (length % 4 !== 0) return null;
  let padding = 0;
  while (padding < 2 && length > 0 && base64.charCodeAt(length - 1 - padding) === 61) padding++;
  const out = new Uint8Array((length / 4) * 3 - padding);
  const full = padding > 0 ? length - 4 : length;
  let written = 0;
  for (let index = 0; index < full; index += 4) {
    const a = STANDARD[base64.charCodeAt(index)] ?? -1;
    const b = STANDARD[base64.charCodeAt(index + 1)] ?? -1;
    const c = STANDARD[base64.charCodeAt(index + 2)] ?? -1;
    const d = STANDARD[base64.charCodeAt(index + 3)] ?? -1;
    if ((a | b | c | d) < 0) return null;
    const triple = (a << 18) | (b << 12) | (c << 6) | d;
    out[written++] = triple >> 16;
    out[written++] = (triple >> 8) & 0xff;
    out[written++] = triple & 0xff;
  }
  if (padding > 0) {
    const tail = decodeSlowly(base64.slice(full));
    if (!tail) return null;
    out.set(tail, written);
  }
  return out;
}

/** Any base64, white space skipped, URL-safe letters accepted; null when it is not base64. */
function decodeSlowly(base64: string): Uint8Array | null {
  const out = new Uint8Array(decodedLength(base64));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  let padding = false;
  for (let index = 0; index < base64.length; index++) {
    const code = base64.charCodeAt(index);
    if (code === 61) {
      padding = true;
      continue;
    }
    if (code === 32 || code === 10 || code === 13 || code === 9) continue;
    const value = code < 128 ? LOOKUP[code]! : -1;
    if (value < 0 || padding) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (written < out.length) out[written++] = (buffer >> bits) & 0xff;
    }
  }
  return written === out.length ? out : out.subarray(0, written);
}
