/**
 * A figure hedged by the words around it (约有32家, 超过120家, 增长10%左右, "about 15,000 tonnes") is
 * not a figure the brief states: a hedged count is neither a value to store nor a measure to name,
 * so it is not read, and its sentence is unread unless another figure of it is read.
 */
// 约 as a word, not the end of 签约, 合约, 节约 … (新签约32家 is exact); 近 not the end of 附近, 最近 ….
const CJK_BEFORE =
  /(?:(?<![签合履节制集特预公条契邀相缔违隐])约(?:有|为|合)?|大约|将近|接近|(?<![附邻靠亲就最])近|超过|逾|不少于|不下)\s?$/;
const CJK_AFTER = /^\s?(?:以上|左右|上下|多)/;
const EN_BEFORE =
  /\b(?:about|around|approximately|roughly|nearly|almost|over|more than|some|close to|upwards of|in excess of|at least|an estimated)\s+$/i;
const EN_AFTER = /^\s?(?:or (?:more|so)\b|\+|-plus\b)/i;

interface Placed {
  index: number;
  length: number;
}

export function chineseApproximate(text: string, figure: Placed): boolean {
  return hedged(text, figure, CJK_BEFORE, CJK_AFTER);
}

export function englishApproximate(text: string, figure: Placed): boolean {
  return hedged(text, figure, EN_BEFORE, EN_AFTER);
}

function hedged(text: string, { index, length }: Placed, before: RegExp, after: RegExp): boolean {
  return before.test(text.slice(Math.max(0, index - 16), index)) || after.test(text.slice(index + length));
}
