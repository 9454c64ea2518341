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
