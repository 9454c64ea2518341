import type { CellValue } from './grid';
import { ERROR_TEXT, isPercentFormat } from './sheet-grid';
import type { CellStyle } from './xlsx-styles';
import { richText, unescapeXmlText } from './xlsx-text';

/**
 * One `<c>` of a worksheet read as SheetJS 0.20.3 reads it (`sheetGrid` over its dense sheet): the
 * cell level of the fast reader, shared by the whole-part reader (fast-xlsx.ts) and the streaming
 * one (sheet-stream.ts). Throws `Declined` for what it does not reproduce exactly.
 */
export class Declined extends Error {}

const ERROR_CODES = new Set(ERROR_TEXT.values());
const DAY_MS = 24 * 60 * 60 * 1000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export interface SheetContext {
  strings: readonly (string | undefined)[];
  styles: readonly CellStyle[] | null;
}

export interface ReadCell {
  row: number;
  column: number;
  value: CellValue;
  formula: boolean;
}

export function readCell(
  attributes: string,
  content: string,
  context: SheetContext,
  shared: Set<string>,
): ReadCell | null {
  const reference = cellAttribute(attributes, 'r');
  const style = cellAttribute(attributes, 's');
  const type = cellAttribute(attributes, 't');
  const place = reference === undefined ? null : cellAt(reference);
  if (!place) throw new Declined('a cell without its reference');
  const { r: row, c: column } = place;
  const plain = content.startsWith('<v>') && content.endsWith('</v>') && content.indexOf('<', 3) === content.length - 4;
  const raw = plain ? content.slice(3, -4) : between(content, 'v');
  const v = raw === undefined || raw === '' ? undefined : unescapeXmlText(raw, false);
  const formula = !plain && hasFormula(content, shared);
  if (type === undefined && v === undefined) {
    // Refused earlier by the worksheet scan (a formula with no saved result); never read as 0 here.
    if (formula) throw new Declined('a formula without its result');
    return null;
  }
  const value = cellValue(type ?? 'n', v, content, context, style);
  return value === undefined ? null : { row, column, value, formula };
}

/** A cell's value as `sheetGrid` makes it from SheetJS's cell; `undefined` when SheetJS stores no cell. */
export function cellValue(
  type: string,
  v: string | undefined,
  content: string,
  context: SheetContext,
  style: string | undefined,
): CellValue | undefined {
  switch (type) {
    case 'n': {
      if (v === undefined) return undefined;
      return numberValue(parseFloat(v), formatOf(context, style));
    }
    case 's': {
      if (v === undefined) return undefined;
      const index = parseInt(v, 10);
      if (!(index >= 0 && index < context.strings.length))
        throw new Declined('a shared string that is not in the table');
      return context.strings[index] ?? '';
    }
    case 'str':
      return v === undefined ? '' : unescapeXmlText(v, true);
    case 'inlineStr': {
      const body = between(content, 'is');
      return body === undefined ? '' : (richText(body) ?? '');
    }
    case 'b':
      return v === '1' || v === 'true';
    case 'e':
      return v !== undefined && ERROR_CODES.has(v) ? v : '#ERROR';
    default:
      throw new Declined(`cells of type ${type}`);
  }
}

/** A number cell under its style's format: a date, a percentage as shown (0.148 → 14.8), or the number. */
export function numberValue(number: number, format: CellStyle): CellValue {
  if (format.isDate) {
    if (!(number >= 60 && number < 61)) return new Date((number > 60 ? number : number + 1) * DAY_MS + EXCEL_EPOCH);
  }
  return isPercentFormat(format.format) ? Number((number * 100).toPrecision(15)) : number;
}

export function formatOf(context: SheetContext, style: string | undefined): CellStyle {
  const found = style === undefined || context.styles === null ? undefined : context.styles[Number(style)];
  return found ?? GENERAL;
}
export const GENERAL: CellStyle = { format: 'General', isDate: false };

/** Whether SheetJS gives the cell a formula: text in `<f>`, or a shared formula already started. */
function hasFormula(content: string, shared: Set<string>): boolean {
  const open = /<(?:\w+:)?f\b[^<>]*>/.exec(content);
  if (!open) return false;
  const body = between(content, 'f');
  if (body !== undefined) {
    const isShared = open[0].includes('t="shared"');
    if (body === '') return isShared && shared.has(sharedIndex(open[0]));
    if (isShared) shared.add(String(parseInt(sharedIndex(open[0]), 10)));
    return true;
  }
  const selfClosing = /<f[^<>]*\/>/.exec(content);
  return selfClosing !== null && shared.has(sharedIndex(selfClosing[0]));
}

function sharedIndex(tag: string): string {
  return attribute(tag, 'si') ?? '';
}

/** `AB12` → row 11, column 27, by character codes (the hot path of a large sheet); null unless `[A-Z]{1,3}[1-9][0-9]{0,6}`. */
export function cellAt(reference: string): { r: number; c: number } | null {
  let index = 0;
  let column = 0;
  for (let code = reference.charCodeAt(0); index < 3 && code >= 65 && code <= 90; code = reference.charCodeAt(++index))
    column = column * 26 + code - 64;
  const digits = reference.length - index;
  if (index === 0 || digits < 1 || digits > 7 || reference.charCodeAt(index) === 48) return null;
  let row = 0;
  for (let at = index; at < reference.length; at++) {
    const digit = reference.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return null;
    row = row * 10 + digit;
  }
  return { r: row - 1, c: column - 1 };
}

/** The value of `name="…"` among a `<c>` tag's attributes (`r`, `s`, `t`: single letters, never a suffix of another). */
function cellAttribute(attributes: string, name: string): string | undefined {
  for (let at = attributes.indexOf(`${name}=`); at >= 0; at = attributes.indexOf(`${name}=`, at + 1)) {
    const before = attributes.charCodeAt(at - 1);
    if (at > 0 && before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    const quote = attributes[at + 2];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = attributes.indexOf(quote, at + 3);
    return end < 0 ? undefined : attributes.slice(at + 3, end);
  }
  return undefined;
}

/** The text between the first `<tag …>` and the next `</tag>`, as SheetJS finds it. */
function between(xml: string, tag: string): string | undefined {
  const open = new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`).exec(xml);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = new RegExp(`</(?:\\w+:)?${tag}>`).exec(xml.slice(from));
  return close ? xml.slice(from, from + close.index) : undefined;
}

export function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];
}
