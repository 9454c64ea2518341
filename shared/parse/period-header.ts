import { makePeriod, type Basis, type Period } from '../model';
import { partsFromDate, partsFromNumber } from './period-cell';
import { parseLabelText } from './period-text';
import { compactText } from './normalize';

/** What a column or row header says about time, before a series settles its basis. */
export type PeriodHeader =
  | { kind: 'month'; year: number | null; month: number }
  | { kind: 'ytd'; year: number | null; month: number }
  | { kind: 'quarter'; year: number | null; quarter: number }
  | { kind: 'year'; year: number };

export interface PeriodHeaderOptions {
  /**
   * Numbers read as periods only where the row or column is period-shaped (a time column): a
   * figure such as 5440.6 or 35371.28 must never become a period.
   */
  numbers?: boolean;
}

export const FIRST_PLAUSIBLE_YEAR = 1949;
export const LAST_PLAUSIBLE_YEAR = 2100;

const QUARTER_WORDS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const QUARTER = /^(?:(\d{4})年?)?第?([一二三四1-4])季度?$/;
const QUARTER_Q = /^(\d{4})(?:年|-)?q([1-4])$/;
const YEAR = /^(\d{4})年?(?:度|全年)?$/;

function plausible(year: number | null): boolean {
  return year === null || (year >= FIRST_PLAUSIBLE_YEAR && year <= LAST_PLAUSIBLE_YEAR);
}

/**
 * A period header: `2020年4月`, `4月`, `2018-06`, a date → month; `1-2月`, `上半年` → year to date;
 * `2020年第一季度`, `一季度`, `2020Q1` → a quarter; `2019年` → a year. Null when the cell is not one,
 * or names a year outside 1949–2100.
 */
export function parsePeriodHeader(cell: unknown, options: PeriodHeaderOptions = {}): PeriodHeader | null {
  if (cell instanceof Date) return fromParts(partsFromDate(cell));
  if (typeof cell === 'number') return options.numbers ? numberHeader(cell) : null;
  if (typeof cell !== 'string') return null;
  const text = compactText(cell).toLowerCase();
  if (text === '') return null;
  const year = YEAR.exec(text);
  if (year) return yearHeader(Number(year[1]));
  const quarter = QUARTER.exec(text) ?? QUARTER_Q.exec(text);
  if (quarter) {
    const of = quarter[1] === undefined ? null : Number(quarter[1]);
    return plausible(of) ? { kind: 'quarter', year: of, quarter: QUARTER_WORDS[quarter[2]!]! } : null;
  }
  return fromParts(parseLabelText(text));
}

function numberHeader(value: number): PeriodHeader | null {
  if (Number.isInteger(value) && value >= FIRST_PLAUSIBLE_YEAR && value <= LAST_PLAUSIBLE_YEAR)
    return yearHeader(value);
  return fromParts(partsFromNumber(value));
}

function yearHeader(year: number): PeriodHeader | null {
  return plausible(year) ? { kind: 'year', year } : null;
}

function fromParts(parts: ReturnType<typeof parseLabelText>): PeriodHeader | null {
  if (!parts.ok || !plausible(parts.value.year)) return null;
  const { year, month, ytd } = parts.value;
  return { kind: ytd ? 'ytd' : 'month', year, month };
}

/** A header's period once the series says its basis: stored, or refused with the reason a user reads. */
export type SettledPeriod = { ok: true; period: Period; basis: Basis } | { ok: false; reason: string };

/**
 * The period and basis of a figure under a header. The series' basis wins where the header allows
 * it (`2020年4月` under a 累计 series is year to date at April); a quarter is stored only as year to
 * date at its last month (一季度 is both); a single later quarter (当季) has no basis in the model.
 */
export function settleHeaderPeriod(
  header: PeriodHeader,
  seriesBasis: Basis | null,
  fallbackYear: number | null,
): SettledPeriod {
  const year = header.year ?? fallbackYear;
  if (year === null)
    return { ok: false, reason: 'the header names no year, and neither does the title (时间：2020 or 2020年…)' };
  switch (header.kind) {
    case 'month':
      return { ok: true, period: makePeriod(year, header.month), basis: seriesBasis ?? 'month' };
    case 'ytd':
      if (seriesBasis === 'month')
        return { ok: false, reason: "the header is year to date but the series is the month's (当期/同比)" };
      return { ok: true, period: makePeriod(year, header.month), basis: 'ytd' };
    case 'year':
      return { ok: true, period: makePeriod(year, 12), basis: 'ytd' };
    case 'quarter': {
      const last = header.quarter * 3;
      if (seriesBasis === 'ytd' || (seriesBasis === null && header.quarter === 1))
        return { ok: true, period: makePeriod(year, last), basis: 'ytd' };
      return { ok: false, reason: "a single quarter's own figure (当季) is neither a month nor year to date" };
    }
  }
}
