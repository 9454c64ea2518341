/**
 * What a cell's content (between `<c …>` and `</c>`) may hold for the streaming reader to read it
 * as the whole-part reader and the worksheet scan would: anything else is left to them.
 */
export const ROW_OR_CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?(?:row|c)(?=[\s/>])/;
const ARRAY_FORMULA = /t\s*=\s*["']array["']/;
const PREFIXED_CELL_END = /<\/(?:\w+:)c>/;
/** Half of the worksheet scan's longest tag: no chunking can make it refuse what this takes. */
export const LONGEST_TAG = 32 * 1024;

/** Why `text` (cell content, or the XML before or after the sheet's data) is unusual, or null. */
export function unusualText(text: string): string | null {
  if (text.includes('<![CDATA[')) return 'CDATA';
  if (ARRAY_FORMULA.test(text)) return 'array formulas';
  if (ROW_OR_CELL_TAG.test(text) || PREFIXED_CELL_END.test(text)) return 'a row or cell inside a cell';
  if (longestTag(text) > LONGEST_TAG) return 'a very long tag';
  return null;
}

function longestTag(text: string): number {
  let longest = 0;
  for (let open = text.indexOf('<'); open >= 0; open = text.indexOf('<', open + 1)) {
    const close = text.indexOf('>', open);
    const length = (close < 0 ? text.length : close) - open;
    if (length > longest) longest = length;
    if (close < 0) break;
  }
  return longest;
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(f|v|is)(?=[\s/>])([^>]*)>/g;

/**
 * A formula without its saved result, as the worksheet scan finds it (worksheet-scan.ts): an `<f>`
 * and neither an `<is>` nor a `<v>` with something in it.
 */
export function formulaWithoutResult(content: string): boolean {
  let formula = false;
  let value = false;
  let valueStart = -1;
  for (const match of content.matchAll(TAG)) {
    const closing = match[1] === '/';
    const name = match[2]!;
    const start = match.index;
    const end = start + match[0].length;
    if (name === 'v') {
      if (!closing) valueStart = match[3]!.endsWith('/') ? -1 : end;
      else {
        if (start !== valueStart) value = true;
        valueStart = -1;
      }
    } else if (!closing) {
      if (name === 'f') formula = true;
      else value = true;
    }
  }
  return formula && !value;
}
