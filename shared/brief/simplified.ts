import * as OpenCC from 'opencc-js';
import { normalizeText } from '../parse';

let toSimplified: ((text: string) => string) | null = null;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

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
  const normal = normalizeText(text);
  if (!isChinese(normal)) return normal;
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(normal);
}
