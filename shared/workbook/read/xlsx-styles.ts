import * as XLSX from 'xlsx';
import { unescapeXmlText } from './xlsx-text';

/** SheetJS 0.20.3's built-in number formats, as a fresh process has them. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  56: '"上午/下午 "hh"時"mm"分"ss"秒 "',
};
/** Above this id SheetJS renumbers formats, a quirk the fast reader does not copy. */
const HIGHEST_PLAIN_ID = 0x188;

export interface CellStyle {
  /** The number format's code (`0.0%`, `yyyy-mm-dd`), as SheetJS puts it in `cell.z`. */
  format: string;
  isDate: boolean;
}

export type CellStyles = { ok: true; styles: CellStyle[] | null } | { ok: false; why: string };

const block = (xml: string, tag: string): string =>
  new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(xml)?.[1] ?? '';
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];

/**
 * The number format of each cell style (`s="3"` → the third `<xf>` of `cellXfs`), or why the fast
 * reader leaves the file to SheetJS. `null` when the workbook has no styles part.
 */
export function cellStyles(xml: string | undefined): CellStyles {
  if (xml === undefined) return { ok: true, styles: null };
  const formats = new Map<number, string>(Object.entries(BUILT_IN).map(([id, code]) => [Number(id), code]));
  for (const [tag] of block(xml, 'numFmts').matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const id = parseInt(attribute(tag, 'numFmtId') ?? '', 10);
    const code = attribute(tag, 'formatCode');
    if (!Number.isInteger(id) || code === undefined || id > HIGHEST_PLAIN_ID)
      return { ok: false, why: `number format id ${String(attribute(tag, 'numFmtId'))}` };
    formats.set(id, unescapeXmlText(code, false));
  }
  const styles: CellStyle[] = [];
  for (const [tag] of block(xml, 'cellXfs').matchAll(/<(?:\w+:)?xf\b[^>]*>/g)) {
    const id = parseInt(attribute(tag, 'numFmtId') ?? '0', 10) || 0;
    const format = formats.get(id);
    if (format === undefined) return { ok: false, why: `style with the undefined number format ${id}` };
    styles.push({ format, isDate: XLSX.SSF.is_date(format) });
  }
  return { ok: true, styles };
}
