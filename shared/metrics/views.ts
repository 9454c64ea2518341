import { addMonths, makePeriod, monthsBetween, periodMonth, periodYear, type Period } from '../model';

/** Values of one series by period (null or undefined where absent). */
export type ValueLookup = (period: Period) => number | null | undefined;

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Compound annual growth in %, `((v_T / v_0)^(1/years) − 1)·100`; null unless v_0 > 0, v_T ≥ 0 and years > 0. */
export function cagrPct(startValue: number, endValue: number, years: number): number | null {
  if (!(startValue > 0) || !(endValue >= 0) || !(years > 0)) return null;
  return finiteOrNull(((endValue / startValue) ** (1 / years) - 1) * 100);
}

/** CAGR between two periods of one series; the span in months sets the years. */
export function cagrBetween(values: ValueLookup, from: Period, to: Period): number | null {
  const start = values(from);
  const end = values(to);
  if (start == null || end == null) return null;
  return cagrPct(start, end, monthsBetween(from, to) / 12);
}

/**
 * Two-year average growth in %, `(√((1 + g_t)(1 + g_{t−12})) − 1)·100`: how a period compares with
 * two years before, without last year's base effect.
 */
export function twoYearAverageGrowthPct(growth: number, growthYearBefore: number): number | null {
  const product = (1 + growth / 100) * (1 + growthYearBefore / 100);
  if (!(product >= 0)) return null;
  return finiteOrNull((Math.sqrt(product) - 1) * 100);
}

/**
 * Rolling 12-month sum of a flow from year-to-date figures, `ytd_t(y) + ytd_12(y−1) − ytd_t(y−1)`:
 * the twelve months ending at t. In December it is the year-to-date figure itself.
 */
export function rollingTwelveMonthSum(yearToDate: ValueLookup, period: Period): number | null {
  const current = yearToDate(period);
  if (current == null) return null;
  if (periodMonth(period) === 12) return current;
  const lastYearTotal = yearToDate(makePeriod(periodYear(period) - 1, 12));
  const lastYearSamePoint = yearToDate(addMonths(period, -12));
  if (lastYearTotal == null || lastYearSamePoint == null) return null;
  return finiteOrNull(current + lastYearTotal - lastYearSamePoint);
}

export interface IndexPoint {
  period: Period;
  index: number | null;
}

/** Each value over the base period's value, × 100; all null when the base is absent or not positive. */
export function indexToBase(values: ValueLookup, periods: readonly Period[], basePeriod: Period): IndexPoint[] {
  const base = values(basePeriod);
  return periods.map((period) => {
    const value = values(period);
    return { period, index: base == null || !(base > 0) || value == null ? null : finiteOrNull((value / base) * 100) };
  });
}
