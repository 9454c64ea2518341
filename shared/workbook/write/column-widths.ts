import type { ColumnKind } from './formats';
import type { RowSource } from './table';

const MIN_WIDTH = 6;
/** A long note should not make a column wider than a screen; the cell still holds all of it. */
const MAX_WIDTH = 60;
const WIDE_CHAR = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** Characters a text takes on screen: CJK ideographs and full-width forms count twice. */
export function displayWidth(text: string): number {
  const wide = text.match(WIDE_CHAR);
  return text.length + (wide ? wide.length : 0);
}

/** The widest line's display width; text wholly below U+1100 (ids, periods, most notes) is counted without a pattern. */
function textWidth(text: string): number {
  let widest = 0;
  let line = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line = 0;
      continue;
    }
    if (code >= 0x1100) return wideTextWidth(text);
    if (++line > widest) widest = line;
  }
  return widest;
}

function wideTextWidth(text: string): number {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line));
  return widest;
}

/** Width of a number as its format shows it (`#,##0.0`, `0.0`, `0`). */
export function numberWidth(value: number, kind: ColumnKind): number {
  const digits = kind === 'integer' ? Math.round(Math.abs(value)).toString() : Math.abs(value).toFixed(1);
  const integerDigits = kind === 'integer' ? digits.length : digits.length - 2;
  const separators = kind === 'value' ? Math.floor((integerDigits - 1) / 3) : 0;
  return digits.length + separators + (value < 0 ? 1 : 0);
}

/**
 * Widths in characters that fit each column's header and content. A number's width
 * grows with its magnitude, so only each column's largest and smallest number are measured; a text
 * is measured only when it could be wider than the widest so far (at most two columns per character).
 */
export function fitColumnWidths(headers: string[], kinds: ColumnKind[], rows: RowSource): number[] {
  const widths = headers.map((header) => displayWidth(header));
  const largest = kinds.map(() => -Infinity);
  const smallest = kinds.map(() => Infinity);
  for (const row of rows) {
    for (let c = 0; c < kinds.length; c++) {
      const cell = row[c];
      if (typeof cell === 'number') {
        if (cell > largest[c]!) largest[c] = cell;
        if (cell < smallest[c]!) smallest[c] = cell;
      } else if (typeof cell === 'string' && cell.length * 2 > widths[c]!) {
        widths[c] = Math.max(widths[c]!, textWidth(cell));
      }
    }
  }
  return widths.map((width, c) => {
    const kind = kinds[c]!;
    let fitted = width;
    for (const extreme of [largest[c]!, smallest[c]!])
      if (Number.isFinite(extreme)) fitted = Math.max(fitted, numberWidth(extreme, kind));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, fitted + 2));
  });
}
