import { nextByte } from './byte-text';

/**
 * The `r`, `s` and `t` attributes of a `<row>` or `<c>` tag, read from its bytes: where each value
 * starts and ends, -1 when absent. One object is reused for every tag of a sheet.
 */
export interface TagAttributes {
  rStart: number;
  rEnd: number;
  sStart: number;
  sEnd: number;
  tStart: number;
  tEnd: number;
}

export function noAttributes(): TagAttributes {
  return { rStart: -1, rEnd: -1, sStart: -1, sEnd: -1, tStart: -1, tEnd: -1 };
}

const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const COLON = 0x3a;
const LESS_THAN = 0x3c;

export function isXmlSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

/**
 * Reads the attributes in `bytes[from, to)` (the tag after its name, without `>` or `/>`) into
 * `into`. False for anything a plain writer does not write and the regular expressions of the
 * whole-part reader could read otherwise: a byte beyond ASCII, a prefixed name, spaces around `=`,
 * an unquoted value, a value holding `=` or `<` or equal to `array`, attributes not apart, one twice.
 */
export function readTagAttributes(bytes: Uint8Array, from: number, to: number, into: TagAttributes): boolean {
  into.rStart = into.rEnd = into.sStart = into.sEnd = into.tStart = into.tEnd = -1;
  if (readPlainAttributes(bytes, from, to, into)) return true;
  into.rStart = into.rEnd = into.sStart = into.sEnd = into.tStart = into.tEnd = -1;
  let at = from;
  if (at < to && !isXmlSpace(bytes[at])) return false;
  for (;;) {
    while (at < to && isXmlSpace(bytes[at])) at++;
    if (at >= to) return true;
    const nameStart = at;
    while (at < to) {
      const byte = bytes[at]!;
      if (byte === EQUALS || isXmlSpace(byte)) break;
      if (byte >= 0x80 || byte === COLON || byte === DOUBLE_QUOTE || byte === SINGLE_QUOTE || byte === LESS_THAN)
        return false;
      at++;
    }
    if (at === nameStart || bytes[at] !== EQUALS) return false;
    const quote = bytes[at + 1];
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
    const valueStart = at + 2;
    const valueEnd = nextByte(bytes, quote, valueStart);
    if (valueEnd < 0 || valueEnd >= to) return false;
    for (let index = valueStart; index < valueEnd; index++) {
      const byte = bytes[index]!;
      if (byte >= 0x80 || byte === EQUALS || byte === LESS_THAN) return false;
    }
    if (valueEnd - valueStart === 5 && isArray(bytes, valueStart)) return false;
    if (at - nameStart === 1 && !keep(bytes[nameStart]!, valueStart, valueEnd, into)) return false;
    at = valueEnd + 1;
    if (at < to && !isXmlSpace(bytes[at])) return false;
  }
}

const SPACE = 0x20;

function isLetterOrDigit(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a));
}

/**
 * The shape writers use, read without the general checks: ` r="A1"`, ` s="3"`, ` t="str"`, each once,
 * one space apart, values of letters and digits. False for anything else (which the general reading
 * then decides), including a value `array`.
 */
function readPlainAttributes(bytes: Uint8Array, from: number, to: number, into: TagAttributes): boolean {
  let at = from;
  while (at < to) {
    if (bytes[at] !== SPACE || at + 4 > to || bytes[at + 2] !== EQUALS || bytes[at + 3] !== DOUBLE_QUOTE) return false;
    const start = at + 4;
    let end = start;
    while (end < to && isLetterOrDigit(bytes[end])) end++;
    if (end === start || end >= to || bytes[end] !== DOUBLE_QUOTE) return false;
    if (end - start === 5 && isArray(bytes, start)) return false;
    const name = bytes[at + 1]!;
    if ((name !== 0x72 && name !== 0x73 && name !== 0x74) || !keep(name, start, end, into)) return false;
    at = end + 1;
  }
  return true;
}

function keep(name: number, start: number, end: number, into: TagAttributes): boolean {
  if (name === 0x72) {
    if (into.rStart >= 0) return false;
    into.rStart = start;
    into.rEnd = end;
  } else if (name === 0x73) {
    if (into.sStart >= 0) return false;
    into.sStart = start;
    into.sEnd = end;
  } else if (name === 0x74) {
    if (into.tStart >= 0) return false;
    into.tStart = start;
    into.tEnd = end;
  }
  return true;
}

function isArray(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at] === 0x61 &&
    bytes[at + 1] === 0x72 &&
    bytes[at + 2] === 0x72 &&
    bytes[at + 3] === 0x61 &&
    bytes[at + 4] === 0x79
  );
}
