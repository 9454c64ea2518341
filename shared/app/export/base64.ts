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

/** Text as UTF-8 bytes; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function utf8Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 63);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 63);
      out[n++] = 0x80 | (code & 63);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 63);
      out[n++] = 0x80 | ((code >> 6) & 63);
      out[n++] = 0x80 | (code & 63);
    }
  }
  return out.slice(0, n);
}
