const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let index = 0; index < ALPHABET.length; index++) LOOKUP[ALPHABET.charCodeAt(index)] = index;
// URL-safe variants decode too.
LOOKUP['-'.charCodeAt(0)] = 62;
LOOKUP['_'.charCodeAt(0)] = 63;

/** How many bytes a base64 text decodes to, without decoding it: the size limit is checked first. */
export function decodedLength(base64: string): number {
  let length = base64.length;
  while (length > 0 && base64.charCodeAt(length - 1) === 61) length--;
  return Math.floor((length * 3) / 4);
}

/** Base64 to bytes, or null when the text is not base64 (white space is skipped). shared/ has no Buffer. */
export function decodeBase64(base64: string): Uint8Array | null {
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
