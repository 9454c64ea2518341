import { makePeriod, periodMonth, periodYear, type Period } from '../../../../shared/model';

/** The month before the current one: what is usually entered next. */
export function defaultPeriod(now: Date): Period {
  const month = now.getMonth();
  return month === 0 ? makePeriod(now.getFullYear() - 1, 12) : makePeriod(now.getFullYear(), month);
}

export function monthsOf(year: number): Period[] {
  return Array.from({ length: 12 }, (_, index) => makePeriod(year, index + 1));
}

/** Years offered in the pickers: fifteen back from the latest, and any year with the selection. */
export function yearChoices(latest: Period, selected: Period): number[] {
  const last = Math.max(periodYear(latest), periodYear(selected));
  const first = Math.min(periodYear(latest) - 15, periodYear(selected));
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}

export { periodMonth, periodYear };
