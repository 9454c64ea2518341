/**
 * Text of an .xlsx part decoded exactly as SheetJS 0.20.3 decodes it, so that the fast reader and
 * SheetJS give the same strings: the five entities and numeric references through
 * `String.fromCharCode` (references beyond U+FFFF are decoded earlier, in astral-references.ts),
 * then Excel's `_xHHHH_` escapes, then CR LF as LF in cell text.
 */
const ENTITY = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi;
const EXCEL_ESCAPE = /_x([\da-fA-F]{4})_/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&gt;': '>', '&lt;': '<', '&amp;': '&' };

export function unescapeXmlText(text: string, cellText: boolean): string {
  let out = text;
  if (out.includes('&'))
    out = out.replace(
      ENTITY,
      (whole: string, code: string | undefined) =>
        NAMED[whole] ?? (String.fromCharCode(parseInt(code ?? '', whole.includes('x') ? 16 : 10)) || whole),
    );
  if (out.includes('_x') || out.includes('_X'))
    out = out.replace(EXCEL_ESCAPE, (_: string, code: string) => String.fromCharCode(parseInt(code, 16)));
  return cellText && out.includes('\r\n') ? out.replace(/\r\n/g, '\n') : out;
}

const T_TEXT = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g;
const PLAIN_START = /^\s*<(?:\w+:)?t[^>]*>/;
const RUN_START = /<(?:\w+:)?r\b[^<>]*>/;
const PLAIN_END = /<\/(?:\w+:)?t>/;

/** The text of one `<si>` or `<is>` body: a plain `<t>`, or the runs' `<t>`s without phonetic guides. */
export function richText(body: string): string | undefined {
  const trimmed = body.trim();
  if (PLAIN_START.test(trimmed))
    return unescapeXmlText(trimmed.slice(trimmed.indexOf('>') + 1).split(PLAIN_END)[0] ?? '', true);
  if (RUN_START.test(trimmed)) {
    const parts = trimmed.replace(PHONETIC, '').match(T_TEXT) ?? [];
    return unescapeXmlText(parts.join('').replace(/<[^>]*>/g, ''), true);
  }
  return undefined;
}

const SI_OPEN = /<(?:\w+:)?(?:si|sstItem)>/g;
const SI_CLOSE = /<\/(?:\w+:)?(?:si|sstItem)>/;

/** The shared strings of `xl/sharedStrings.xml`, in order. */
export function sharedStrings(xml: string): (string | undefined)[] {
  const open = /<(?:\w+:)?sst\b[^<>]*>/.exec(xml);
  if (!open) return [];
  const close = /<\/(?:\w+:)?sst>/.exec(xml.slice(open.index + open[0].length));
  if (!close) return [];
  const body = xml.slice(open.index + open[0].length, open.index + open[0].length + close.index);
  return body
    .replace(SI_OPEN, '')
    .split(SI_CLOSE)
    .map((item) => (item.trim() === '' ? '' : richText(item)));
}
