// The global of every runtime Zone Stats runs in; shared/ compiles without DOM types.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean; ignoreBOM: boolean },
) => { decode(input: Uint8Array): string };

/** Text and numbers straight from the bytes of an .xlsx part, without decoding the part whole. */

// Not at the start of a part: a U+FEFF inside a cell is text, as it is when the whole part is decoded.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Thrown by `utf8Text` for bytes that are not UTF-8 (the whole-part decoder refuses them too). */
export class NotUtf8 extends Error {}

/** `bytes[start, end)` as text; throws `NotUtf8` for broken UTF-8. */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  try {
    return utf8.decode(bytes.subarray(start, end));
  } catch {
    throw new NotUtf8();
  }
}

/** Whether `bytes` holds the ASCII `text` at `at`. */
export function bytesAt(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let index = 0; index < text.length; index++) if (bytes[at + index] !== text.charCodeAt(index)) return false;
  return true;
}

/** Where `byte` next is at or after `from`, or -1: a plain loop for the few bytes a tag or a cell usually spans. */
export function nextByte(bytes: Uint8Array, byte: number, from: number): number {
  const near = Math.min(bytes.length, from + 32);
  for (let at = from; at < near; at++) if (bytes[at] === byte) return at;
  return near === bytes.length ? -1 : bytes.indexOf(byte, near);
}

/** Where the ASCII `text` next starts in `bytes` at or after `from`, or -1. */
export function indexOfText(bytes: Uint8Array, text: string, from: number): number {
  const first = text.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1))
    if (bytesAt(bytes, at, text)) return at;
  return -1;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);
const MAX_DIGITS = 15;

/**
 * `-?\d+(\.\d+)?` of at most 15 digits in `bytes[start, end)` as the number `parseFloat` gives, else
 * `undefined`. Exact: both the digits as an integer and the power of ten are exact doubles, and one
 * IEEE division rounds correctly, as `parseFloat` does.
 */
export function decimalAt(bytes: Uint8Array, start: number, end: number): number | undefined {
  let at = start;
  const negative = bytes[at] === 0x2d;
  if (negative) at++;
  let digits = 0;
  let decimals = -1;
  let mantissa = 0;
  for (; at < end; at++) {
    const byte = bytes[at]!;
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + (byte - 0x30);
      digits++;
      if (decimals >= 0) decimals++;
    } else if (byte === 0x2e && decimals < 0 && digits > 0) {
      decimals = 0;
    } else {
      return undefined;
    }
  }
  if (digits === 0 || digits > MAX_DIGITS || decimals === 0) return undefined;
  const value = decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
  return negative ? -value : value;
}

/** A non-negative integer of at most 9 digits in `bytes[start, end)`, else -1. */
export function indexAt(bytes: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let value = 0;
  for (let at = start; at < end; at++) {
    const digit = bytes[at]! - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const SLOTS = 1 << 15;
const LONGEST_KEPT = 48;

/**
 * Short ASCII texts made once: a sheet repeats the same zone, indicator, period and source on
 * thousands of rows, and every row then holds the one string instead of its own copy.
 */
export class ByteStrings {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(SLOTS);
  private kept = 0;

  /** `bytes[start, end)`, every byte below 0x80, as text. */
  ascii(bytes: Uint8Array, start: number, end: number): string {
    const length = end - start;
    if (length === 0) return '';
    if (length > LONGEST_KEPT)
      return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) hash = Math.imul(hash ^ bytes[at]!, 0x01000193);
    hash |= 1;
    for (let slot = hash & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
      const text = this.texts[slot];
      if (text === undefined) {
        const made = String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
        if (this.kept < SLOTS / 2) {
          this.hashes[slot] = hash;
          this.texts[slot] = made;
          this.kept++;
        }
        return made;
      }
      if (this.hashes[slot] === hash && sameText(text, bytes, start, end)) return text;
    }
  }
}

function sameText(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) !== bytes[start + index]) return false;
  return true;
}
