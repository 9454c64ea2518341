import type { Basis, IndicatorKind, Period } from '../model';
import { periodMonth, periodYear } from '../model';
import type { Language } from '../model';
import { growsInPoints } from './growth';
import { roundTo } from './rounding';
import { unitWords } from './units';

/** Display only: the engine keeps full precision and rounds nothing. */

/** `1234567.891, 1` → `1,234,567.9`; ASCII minus so the text parses back. */
export function formatNumber(value: number, decimals: number, { trimZeros = false } = {}): string {
  const fixed = roundTo(value, decimals).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = fraction === undefined ? '' : trimZeros ? fraction.replace(/0+$/, '') : fraction;
  return `${sign}${grouped}${tail ? `.${tail}` : ''}`;
}

/** One decimal, as published: `14.8`. */
export function formatOneDecimal(value: number): string {
  return formatNumber(value, 1);
}

/** `14.8%`. */
export function formatPercent(value: number): string {
  return `${formatOneDecimal(value)}%`;
}

/** A size in percentage points as prose has it: `1.0 percentage point`, `5.4 percentage points` / `5.4个百分点`. */
export function formatPointsInWords(value: number, language: Language): string {
  const text = formatOneDecimal(value);
  if (language === 'zh') return `${text}个百分点`;
  return `${text} percentage ${text === '1.0' || text === '-1.0' ? 'point' : 'points'}`;
}

/**
 * The one rule for how a growth reads, wherever it is shown: `14.8%`, but for a rate (kind `rate`)
 * its change in points, `-1.2 pp` / `-1.2个百分点`, never "%".
 */
export function formatGrowth(value: number, kind: IndicatorKind, language: Language): string {
  return growsInPoints(kind) ? withPointsUnit(formatOneDecimal(value), kind, language) : formatPercent(value);
}

/** The size of a growth in a sentence: `14.8%`, for a rate `1.2 percentage points` / `1.2个百分点`. */
export function formatGrowthInWords(value: number, kind: IndicatorKind, language: Language): string {
  return growsInPoints(kind) ? formatPointsInWords(value, language) : formatPercent(value);
}

/**
 * A growth already written as a number (`−1.2`, `+2.5`) with the pp unit a rate's growth needs:
 * `−1.2 pp` / `−1.2个百分点`; any other growth is left as it is, its column saying %.
 */
export function withPointsUnit(number: string, kind: IndicatorKind, language: Language): string {
  if (!growsInPoints(kind)) return number;
  return language === 'zh' ? `${number}个百分点` : `${number} pp`;
}

/** The unit a growth column or cell carries: `%`, or `pp` / `个百分点` for a rate. */
export function growthUnit(kind: IndicatorKind, language: Language): string {
  if (!growsInPoints(kind)) return '%';
  return language === 'zh' ? '个百分点' : 'pp';
}

/** A level as a reader wants it: whole numbers from 1,000 up, else one or two decimals, trailing zeros dropped. */
export function formatLevel(value: number): string {
  const size = Math.abs(value);
  const decimals = size >= 1000 ? 0 : size >= 10 ? 1 : 2;
  return formatNumber(value, decimals, { trimZeros: true });
}

const TEN_THOUSAND = 10_000;
const CHINESE_STEPS = ['', '万', '亿'];

const ENGLISH_SCALES = [
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/** `15,300 t`, `CNY 11.48 billion` (from 1,148,000 10k CNY), `85%`; an unknown unit as entered. */
function englishQuantity(value: number, unit: string): string {
  const words = unitWords(unit);
  if (!words.enBase) {
    if (!words.en) return formatLevel(value);
    return words.en === '%' ? `${formatLevel(value)}%` : `${formatLevel(value)} ${words.en}`;
  }
  const total = value * words.enBase.factor;
  const scale = ENGLISH_SCALES.find(({ size }) => Math.abs(total) >= size);
  const number = scale
    ? `${formatNumber(total / scale.size, 2, { trimZeros: true })} ${scale.word}`
    : formatLevel(total);
  return words.enBase.base === 'CNY' ? `CNY ${number}` : `${number} ${words.enBase.base}`;
}

/** `15,300 t` / `1.53万吨`: Chinese moves up the 万/亿 ladder where the unit allows it, English to million/billion. */
export function formatQuantity(value: number, unit: string, language: Language): string {
  const words = unitWords(unit);
  if (language === 'en') return englishQuantity(value, unit);
  if (!words.zhBase) return `${formatLevel(value).replace(/,/g, '')}${words.zh}`;
  const { base, step } = words.zhBase;
  let target = step;
  let scaled = value;
  while (target < CHINESE_STEPS.length - 1 && Math.abs(scaled) >= TEN_THOUSAND) {
    scaled /= TEN_THOUSAND;
    target++;
  }
  const number =
    target === step
      ? formatLevel(value).replace(/,/g, '')
      : formatNumber(scaled, 2, { trimZeros: true }).replace(/,/g, '');
  return `${number}${CHINESE_STEPS[target]}${base}`;
}

const ENGLISH_SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
const ORDINALS = new Intl.PluralRules('en', { type: 'ordinal' });

/** `54th` / `第54`. */
export function formatOrdinal(count: number, language: Language): string {
  if (language === 'zh') return `第${count}`;
  return `${count}${ENGLISH_SUFFIXES[ORDINALS.select(count)] ?? 'th'}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * How a period reads: year to date `January–May 2025` / `1-5月`, a month `May 2025` / `5月`.
 * Chinese leaves the year out unless asked, as a brief dated by its heading does.
 */
export function formatPeriod(
  period: Period,
  basis: Basis,
  language: Language,
  { withYear = language === 'en' } = {},
): string {
  const year = periodYear(period);
  const month = periodMonth(period);
  const span = basis === 'ytd' && month > 1;
  if (language === 'zh') {
    const text = span ? `1-${month}月` : `${month}月`;
    return withYear ? `${year}年${text}` : text;
  }
  const text = span ? `January–${MONTHS[month - 1]}` : MONTHS[month - 1]!;
  return withYear ? `${text} ${year}` : text;
}
