import { z } from 'zod';

/** A calendar month, `YYYY-MM`. Year-to-date figures are keyed by their last month. */
export type Period = string;

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const PeriodSchema = z.string().regex(PERIOD_PATTERN, 'expected a period as YYYY-MM');

export const BASES = ['month', 'ytd'] as const;
export type Basis = (typeof BASES)[number];
export const BasisSchema = z.enum(BASES);

export function isPeriod(text: string): boolean {
  return PERIOD_PATTERN.test(text);
}

export function makePeriod(year: number, month: number): Period {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The current month in the local calendar: the latest period a figure can have been published for. */
export function currentPeriod(now: Date): Period {
  return makePeriod(now.getFullYear(), now.getMonth() + 1);
}

export function periodYear(period: Period): number {
  return Number(period.slice(0, 4));
}

export function periodMonth(period: Period): number {
  return Number(period.slice(5, 7));
}

/** Months since year 0: a number that orders and subtracts periods. */
export function periodIndex(period: Period): number {
  return periodYear(period) * 12 + periodMonth(period) - 1;
}

const DIGIT_0 = 0x30;
const digitAt = (text: string, at: number): number => {
  const digit = text.charCodeAt(at) - DIGIT_0;
  return digit >= 0 && digit <= 9 ? digit : NaN;
};

/**
 * `periodIndex` of a text that PERIOD_PATTERN accepts, else -1; read from its character codes, no
 * string made (it runs for each of an import's rows).
 */
export function periodIndexOf(text: string): number {
  if (text.length !== 7 || text.charCodeAt(4) !== 0x2d) return -1;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  return Number.isNaN(year + month) || month < 1 || month > 12 ? -1 : year * 12 + month - 1;
}

export function periodFromIndex(index: number): Period {
  return makePeriod(Math.floor(index / 12), (index % 12) + 1);
}

export function addMonths(period: Period, months: number): Period {
  return periodFromIndex(periodIndex(period) + months);
}

export function monthsBetween(from: Period, to: Period): number {
  return periodIndex(to) - periodIndex(from);
}

/** Every period from `from` to `to`, both included; empty when `to` is before `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const periods: Period[] = [];
  for (let i = periodIndex(from); i <= periodIndex(to); i++) periods.push(periodFromIndex(i));
  return periods;
}
