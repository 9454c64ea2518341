import type { IndicatorKind } from '../model';
import { baseMark } from './growth';
import { monthAt, type Layout } from './layout';
import { MARK_DERIVED, MARK_NONE, seriesList, type Pair, type Series } from './series';

/** Scratch buffers reused across pairs: one pair's monthly values at a time. */
let monthly = new Float64Array(0);
let derived = new Uint8Array(0);

function scratch(length: number): void {
  if (monthly.length >= length) return;
  monthly = new Float64Array(length);
  derived = new Uint8Array(length);
}

/**
 * The value for the month alone at t: the `month` figure, else for a flow the difference of
 * consecutive year-to-date figures in one year (marked derived: both are rounded), and for a stock
 * the year-to-date figure itself (a level at the end of the month either way). A 1–2月 figure alone
 * gives neither January nor February.
 */
function monthlyValue(layout: Layout, kind: IndicatorKind, pair: Pair, t: number): void {
  monthly[t] = NaN;
  derived[t] = 0;
  const { month, ytd } = pair;
  if (month && month.has[t] && !Number.isNaN(month.value[t]!)) {
    monthly[t] = month.value[t]!;
    return;
  }
  if (!ytd || !ytd.has[t] || Number.isNaN(ytd.value[t]!)) return;
  if (kind === 'stock' || monthAt(layout, t) === 1) {
    monthly[t] = ytd.value[t]!;
    return;
  }
  if (t === 0 || !ytd.has[t - 1] || Number.isNaN(ytd.value[t - 1]!)) return;
  monthly[t] = ytd.value[t]! - ytd.value[t - 1]!;
  derived[t] = 1;
}

function clearMom(series: Series): void {
  series.mom.fill(NaN);
  series.momMark.fill(MARK_NONE);
}

/** mom_pct for both bases of a pair: month-on-month change of the monthly values (flow and stock only). */
export function computeMonthOnMonth(layout: Layout, kind: IndicatorKind, pair: Pair): void {
  const targets = seriesList(pair);
  targets.forEach(clearMom);
  if (kind === 'rate') return;
  const length = layout.length;
  scratch(length);
  for (let t = 0; t < length; t++) monthlyValue(layout, kind, pair, t);
  for (let t = 1; t < length; t++) {
    const current = monthly[t]!;
    const base = monthly[t - 1]!;
    if (Number.isNaN(current) || Number.isNaN(base)) continue;
    const growth = base > 0 ? (current / base - 1) * 100 : NaN;
    const mark = base > 0 ? (derived[t] || derived[t - 1] ? MARK_DERIVED : MARK_NONE) : baseMark(base, current);
    for (const series of targets) {
      if (!series.has[t]) continue;
      series.mom[t] = growth;
      series.momMark[t] = mark;
    }
  }
}

/** Monthly values from the year-to-date figures of one calendar year (January first). */
export function monthlyFromYearToDate(yearToDate: readonly number[]): number[] {
  return yearToDate.map((total, index) => (index === 0 ? total : total - yearToDate[index - 1]!));
}

/** Year-to-date figures from the monthly values of one calendar year (January first). */
export function yearToDateFromMonthly(monthlyValues: readonly number[]): number[] {
  let total = 0;
  return monthlyValues.map((value) => (total += value));
}
