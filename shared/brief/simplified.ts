import * as OpenCC from 'opencc-js';
import { normalizeText } from '../parse';

let toSimplified: ((text: string) => string) | null = null;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Characters NFKC may change: full-width forms, compatibility ideographs and symbols, ligatures, odd spaces. */
const FOLDABLE = /[^\t-\x7f\u3400-\u4dbf\u4e00-\u9fff\u3001\u3002\u201c\u201d\u2018\u2019\u2014\u2013]/;

/** Whether a sentence is written in Chinese (any Han character): its grammar is read as Chinese. */
export function isChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * One form to read: NFKC (full-width digits and brackets folded), one space for any run, and Han
 * characters in simplified Chinese (traditional → simplified with OpenCC, Taiwan, Hong Kong and
 * standard forms alike). Applied per sentence, so spans stay those of the original text.
 */
export function readableText(text: string): string {
  const normal = FOLDABLE.test(text) ? normalizeText(text) : text.replace(/\s+/g, ' ').trim();
  if (!isChinese(normal)) return normal;
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(normal);
}
