/**
 * One form for published text: NFKC folds full-width digits and punctuation (１４．８％ → 14.8%,
 * （ → (, … → ...), every run of white space (including the ideographic space) becomes one space.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** The same without any spaces: for CJK labels, where `2025 年 5 月` means `2025年5月`. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** A name as a label writes it: spaces around Chinese characters dropped (indents, `工业 增加值`), other runs one space. */
export function labelText(text: string): string {
  return normalizeText(text).replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
}

/** Minus signs and dashes that mean "minus" or "to" in published tables. */
export const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63';

/** Full precision with the floating-point noise of a scale change removed (0.148 × 100 → 14.8). */
export function roundNoise(value: number): number {
  return Number(value.toPrecision(15));
}
