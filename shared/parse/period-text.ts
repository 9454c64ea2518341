import { compactText, DASHES, normalizeText } from './normalize';
import { ENGLISH_MONTHS, NAMED_YTD, REFUSED_SPANS } from './period-words';
import { parseError, parsed, type ParseResult } from './result';

/** What a label says before its year is settled: a month, or year to date up to a month. */
export interface LabelParts {
  year: number | null;
  month: number;
  ytd: boolean;
}

export const PERIOD_EXPECTED =
  'a month (2025-05, 2025/05, 2025.05, 2025年5月, May 2025, an Excel date) or year to date (2025年1-5月, 1-5月 2025, Jan-May 2025, 一季度, 上半年, 前三季度, 全年)';
const QUARTER_EXPECTED =
  'a month, or year to date: 一季度 (1–3月), 上半年 (1–6月), 前三季度 (1–9月), 全年, 2025年1-6月';

const TO = `[${DASHES.replace('-', '\\-')}~至到]`;
const CJK_MONTH = /^(?:(\d{4})年)?(\d{1,2})月份?$/;
const CJK_MONTH_YEAR_AFTER = /^(\d{1,2})月份?(\d{4})年?$/;
const CJK_RANGE = new RegExp(`^(?:(\\d{4})年?)?(\\d{1,2})月?${TO}(\\d{1,2})月份?(?:累计)?$`);
const CJK_RANGE_YEAR_AFTER = new RegExp(`^(\\d{1,2})月?${TO}(\\d{1,2})月份?(\\d{4})年?$`);
const NUMERIC = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
const YEAR_MONTH_COMPACT = /^(\d{4})m?(\d{2})$/;
const NAMED_YEAR_FIRST = /^(?:(\d{4})年?)?(.+)$/;
const NAMED_YEAR_AFTER = /^(.+?)(\d{4})年?$/;
const EN_MONTH = /^([a-z]+)\.?,?-?(\d{4})?$/;
const EN_YEAR_MONTH = /^(\d{4})-?([a-z]+)\.?$/;
const EN_RANGE = new RegExp(`^([a-z]+)\\.?(?:${TO}|to)([a-z]+)\\.?,?(\\d{4})?$`);

type Parts = ParseResult<LabelParts>;

/** Reads a text period label into its parts; the caller settles the year and checks the basis. */
export function parseLabelText(input: string): Parts {
  const compact = compactText(input).toLowerCase();
  if (compact === '') return parseError('period-missing', 'no period', input, PERIOD_EXPECTED);
  return (
    cjk(compact, input) ??
    numeric(compact, input) ??
    named(compact, input) ??
    english(normalizeText(input).toLowerCase().replace(/\s+/g, ''), input) ??
    parseError('period-invalid', 'not a period', input, PERIOD_EXPECTED)
  );
}

function month(year: string | undefined, value: string, input: string): Parts {
  return span(year, '1', value, input, false);
}

function span(year: string | undefined, from: string, to: string, input: string, ytd: boolean): Parts {
  const first = Number(from);
  const last = Number(to);
  if (first < 1 || first > 12 || last < 1 || last > 12)
    return parseError('period-month-range', 'a month must be 1 to 12', input, PERIOD_EXPECTED);
  if (ytd && first !== 1)
    return parseError(
      'period-span-not-january',
      'a span that does not start in January is not year to date',
      input,
      QUARTER_EXPECTED,
    );
  if (ytd && last <= first)
    return parseError('period-span-too-short', 'a year-to-date span must end after January', input, PERIOD_EXPECTED);
  return parsed({ year: year === undefined ? null : Number(year), month: last, ytd });
}

function cjk(text: string, input: string): Parts | null {
  let match = CJK_MONTH.exec(text);
  if (match) return month(match[1], match[2]!, input);
  match = CJK_MONTH_YEAR_AFTER.exec(text);
  if (match) return month(match[2], match[1]!, input);
  match = CJK_RANGE.exec(text);
  if (match) return span(match[1], match[2]!, match[3]!, input, true);
  match = CJK_RANGE_YEAR_AFTER.exec(text);
  if (match) return span(match[3], match[1]!, match[2]!, input, true);
  return null;
}

function numeric(text: string, input: string): Parts | null {
  const match = NUMERIC.exec(text) ?? YEAR_MONTH_COMPACT.exec(text);
  if (!match) return null;
  if (match[3] !== undefined && (Number(match[3]) < 1 || Number(match[3]) > 31))
    return parseError('date-invalid', 'not a date', input, PERIOD_EXPECTED);
  return month(match[1], match[2]!, input);
}

function named(text: string, input: string): Parts | null {
  for (const pattern of [NAMED_YEAR_FIRST, NAMED_YEAR_AFTER]) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [year, word] = pattern === NAMED_YEAR_FIRST ? [match[1], match[2]!] : [match[2], match[1]!];
    const name = word.replace(/累计$/, '');
    if (REFUSED_SPANS.has(name))
      return parseError(
        'period-quarter-refused',
        'a single quarter or half-year is not a period Zone Stats stores',
        input,
        QUARTER_EXPECTED,
      );
    const last = NAMED_YTD.get(name);
    if (last !== undefined) return parsed({ year: year === undefined ? null : Number(year), month: last, ytd: true });
  }
  return null;
}

function english(text: string, input: string): Parts | null {
  let match = EN_RANGE.exec(text);
  if (match) {
    const from = ENGLISH_MONTHS.get(match[1]!);
    const to = ENGLISH_MONTHS.get(match[2]!);
    if (from === undefined || to === undefined) return null;
    return span(match[3], String(from), String(to), input, true);
  }
  match = EN_MONTH.exec(text);
  if (match && ENGLISH_MONTHS.has(match[1]!)) return month(match[2], String(ENGLISH_MONTHS.get(match[1]!)), input);
  match = EN_YEAR_MONTH.exec(text);
  if (match && ENGLISH_MONTHS.has(match[2]!)) return month(match[1], String(ENGLISH_MONTHS.get(match[2]!)), input);
  return null;
}
