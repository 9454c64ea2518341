import { parseGrowthPhrase, parseQuantityPhrase, roundNoise, unitScale } from '../parse';
import { chineseApproximate, englishApproximate } from './approximate';

/** Numbers a brief writes as words: "the city's five districts", "the first eleven months". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
]);

/** A growth rate or a level found in a sentence, at its place in the (readable) sentence. */
export interface FigurePhrase {
  index: number;
  length: number;
  kind: 'growth' | 'level';
  value: number;
  decimals: number;
  /** Levels only: the unit after conversion (万吨 → t, 亿元 → 万元, 亿千瓦时 → 万千瓦时). */
  unit: string | null;
  /** English "14.8% industrial added value growth": the measure written between figure and noun. */
  inside?: string;
}

const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CJK_GROWTH = new RegExp(
  `(?:同比|比上年同期|较上年同期|比上年|较上年|比去年同期)?(增长|增加|上升|提高|提升|下降|减少|下滑|回落|降低) ?(?:了 ?)?(${NUMBER}) ?(%|倍)`,
  'g',
);
/** 增速为16.9% / 降幅为5.2%: the growth named by its noun. */
const CJK_RATE_NOUN = new RegExp(`(增速|增幅|涨幅|降幅)(?:为|达|达到|是)? ?(${NUMBER}) ?%`, 'g');
const CJK_FLAT = /(?<!增速|增幅)(?:同比|与上年同期|与上年|与去年同期)持平/g;
const CJK_LEVEL = new RegExp(
  `(${NUMBER}) ?(万亿元|亿元|千万元|百万元|万元|千元|元|百万吨|万吨|千吨|吨|亿千瓦时|万千瓦时|千瓦时|万千瓦|千瓦|万辆|辆|万台|台|万件|件|万套|套|万户|户|万人|人|家)(?![\\d百])`,
  'g',
);
const EN_GROWTH = new RegExp(
  `\\b(up|rose|grew|increased|expanded|surged|climbed|jumped|gained|advanced|down|fell|declined|decreased|dropped|slid|slipped|contracted|shrank)(?: by)? (${NUMBER}) ?(%|percent(?!age)|per cent)`,
  'gi',
);
const EN_GROWTH_NOUN = new RegExp(
  `(?:a |an )?(${NUMBER}) ?(?:%|percent(?!age)|per cent) ((?:[a-z][\\w-]* ){0,7}?)(?:year-(?:on|over)-year )?(growth|increase|rise|gain|expansion|decline|decrease|drop|fall|contraction)\\b`,
  'gi',
);
const EN_GROWTH_OF = new RegExp(
  `\\b(growth|increase|rise|gain|decline|decrease|drop|fall|contraction) of (${NUMBER}) ?(?:%|percent(?!age)|per cent)`,
  'gi',
);
const EN_LEVEL = new RegExp(
  `(${NUMBER}) ?((?:million |billion |100 million )?(?:metric )?(?:tonnes|tons|yuan|kwh|kilowatt-hours)|t\\b)`,
  'gi',
);
const EN_DOWN_NOUNS = /^(?:decline|decrease|drop|fall|contraction)$/i;

/** Every growth rate and level in a Chinese sentence, in order. */
export function chineseFigures(text: string): FigurePhrase[] {
  const found: FigurePhrase[] = [];
  for (const match of text.matchAll(CJK_GROWTH)) {
    const growth = parseGrowthPhrase(`${match[1]}${match[2]}${match[3]}`);
    if (growth.ok)
      found.push({ index: match.index, length: match[0].length, kind: 'growth', ...growth.value, unit: null });
  }
  for (const match of text.matchAll(CJK_RATE_NOUN)) {
    const growth = parseGrowthPhrase(`${match[1] === '降幅' ? '下降' : '增长'}${match[2]}%`);
    if (growth.ok)
      found.push({ index: match.index, length: match[0].length, kind: 'growth', ...growth.value, unit: null });
  }
  for (const match of text.matchAll(CJK_FLAT))
    found.push({ index: match.index, length: match[0].length, kind: 'growth', value: 0, decimals: 1, unit: null });
  for (const match of text.matchAll(CJK_LEVEL)) pushLevel(found, match, `${match[1]}${match[2]}`);
  return inOrder(found.filter((figure) => !chineseApproximate(text, figure)));
}

/** Every growth rate and level in an English sentence, in order. */
export function englishFigures(text: string): FigurePhrase[] {
  const found: FigurePhrase[] = [];
  for (const match of text.matchAll(EN_GROWTH)) {
    const growth = parseGrowthPhrase(`${match[1]!.toLowerCase()} ${match[2]}%`);
    if (growth.ok)
      found.push({ index: match.index, length: match[0].length, kind: 'growth', ...growth.value, unit: null });
  }
  for (const match of text.matchAll(EN_GROWTH_NOUN)) {
    if (found.some((figure) => overlaps(figure, match.index, match[0].length))) continue;
    const verb = EN_DOWN_NOUNS.test(match[3]!) ? 'down' : 'up';
    const growth = parseGrowthPhrase(`${verb} ${match[1]}%`);
    const inside = match[2]!.trim();
    if (growth.ok)
      found.push({
        index: match.index,
        length: match[0].length,
        kind: 'growth',
        ...growth.value,
        unit: null,
        ...(inside ? { inside } : {}),
      });
  }
  for (const match of text.matchAll(EN_GROWTH_OF)) {
    if (found.some((figure) => overlaps(figure, match.index, match[0].length))) continue;
    const growth = parseGrowthPhrase(`${EN_DOWN_NOUNS.test(match[1]!) ? 'down' : 'up'} ${match[2]}%`);
    if (growth.ok)
      found.push({ index: match.index, length: match[0].length, kind: 'growth', ...growth.value, unit: null });
  }
  for (const match of text.matchAll(EN_LEVEL))
    pushLevel(found, match, `${match[1]} ${match[2]!.toLowerCase().replace(/\s+/g, '')}`);
  return inOrder(found.filter((figure) => !englishApproximate(text, figure)));
}

function pushLevel(found: FigurePhrase[], match: RegExpExecArray | RegExpMatchArray, phrase: string): void {
  const quantity = parseQuantityPhrase(phrase.replace(/kilowatt-hours$/, 'kwh'));
  if (!quantity.ok || match.index === undefined) return;
  const { value, decimals, unit } = quantity.value;
  found.push({ index: match.index, length: match[0].length, kind: 'level', decimals, ...inBaseUnit(value, unit) });
}

/** Mass in t, money in 万元 (how bureaus keep it), energy in 万千瓦时; other units as written. */
function inBaseUnit(value: number, unit: string): { value: number; unit: string } {
  const scale = unitScale(unit);
  if (!scale) return { value, unit };
  const base =
    scale.dimension === 'mass'
      ? { unit: 't', factor: 1 }
      : { unit: scale.dimension === 'currency' ? '万元' : '万千瓦时', factor: 1e4 };
  return { value: roundNoise((value * scale.factor) / base.factor), unit: base.unit };
}

function overlaps(figure: FigurePhrase, index: number, length: number): boolean {
  return figure.index < index + length && index < figure.index + figure.length;
}

function inOrder(found: FigurePhrase[]): FigurePhrase[] {
  return found.sort((a, b) => a.index - b.index);
}
