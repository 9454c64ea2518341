import { parseNumber } from './number';
import { normalizeText, roundNoise } from './normalize';
import { parseError, parsed, type ParseResult } from './result';

/** A figure as published: its value, and how many decimals it was written with (14.80 → 2). */
export interface PublishedFigure {
  value: number;
  decimals: number;
}

/** A level with the unit written after it: `1.53万吨` → 1.53, `万吨`. */
export interface PublishedQuantity extends PublishedFigure {
  unit: string;
}

const GROWTH_EXPECTED =
  'a growth such as 增长14.8%, 下降5%, 回落0.4%, 增长2.3倍, 持平, up 23.8%, rose 4.4 percent, down 2.8%';
const QUANTITY_EXPECTED = 'a level with its unit such as 1.53万吨, 177.89亿元, 15,300 tonnes';

const EN_UP = /^(?:up|rose|grew|increased|expanded|surged|climbed|jumped|gained|advanced)(?: by)? (.+)$/;
const EN_DOWN = /^(?:down|fell|declined|decreased|dropped|slid|slipped|contracted|shrank)(?: by)? (.+)$/;
const EN_PERCENT = /^(\S+?) ?(?:%|percent|per cent|pct)$/;
const EN_FLAT = /^(?:flat|unchanged)$/;
const QUANTITY = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?) ?([^\d\s,.%][^\d]*)$/;

/** Decimals the figure was written with: `14.8` → 1, `15,300` → 0. */
export function writtenDecimals(text: string): number {
  const match = /\d\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/**
 * A published year-on-year growth in words (docs/metrics.md §4): 增长/下降/减少/回落 with % or 倍,
 * 持平, and the English forms a news brief writes. 增长2.3倍 is +230 %, published at one decimal of
 * the multiple: two decimals fewer in per cent (−1: to the nearest 10 %).
 */
export function parseGrowthPhrase(input: string): ParseResult<PublishedFigure> {
  const text = normalizeText(input).toLowerCase();
  if (text === '持平' || EN_FLAT.test(text)) return parsed({ value: 0, decimals: 1 });
  const english = EN_UP.exec(text) ?? EN_DOWN.exec(text);
  if (english) {
    const percent = EN_PERCENT.exec(english[1]!);
    const magnitude = percent ? parseNumber(percent[1]!) : null;
    if (!magnitude?.ok || magnitude.value === null || magnitude.value < 0)
      return parseError('growth-invalid', 'not a growth', input, GROWTH_EXPECTED);
    const sign = EN_UP.test(text) ? 1 : -1;
    return parsed({ value: roundNoise(sign * magnitude.value), decimals: writtenDecimals(english[1]!) });
  }
  if (!/^(增长|增加|上升|提高|提升|下降|减少|下滑|回落|降低)/.test(text) || !/(%|倍)$/.test(text))
    return parseError('growth-invalid', 'not a growth', input, GROWTH_EXPECTED);
  const value = parseNumber(text);
  if (!value.ok || value.value === null) return parseError('growth-invalid', 'not a growth', input, GROWTH_EXPECTED);
  const decimals = writtenDecimals(text);
  return parsed({ value: value.value, decimals: text.endsWith('倍') ? decimals - 2 : decimals });
}

/** A level and its unit word: `1.53万吨`, `177.89亿元`, `15,300 tonnes`, `2,100 t`. */
export function parseQuantityPhrase(input: string): ParseResult<PublishedQuantity> {
  const match = QUANTITY.exec(normalizeText(input));
  const value = match ? parseNumber(match[1]!) : null;
  if (!value?.ok || value.value === null)
    return parseError('level-invalid', 'not a level with its unit', input, QUANTITY_EXPECTED);
  return parsed({ value: value.value, decimals: writtenDecimals(match![1]!), unit: match![2]!.trim() });
}
