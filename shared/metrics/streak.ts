import { monthAt, type Layout } from './layout';
import { NO_COUNT, type Pair, type Series } from './series';
import { roundPublished } from './rounding';

export { DEFAULT_STREAK_THRESHOLD } from '../model';

/**
 * January is normally published only with February (1–2月, a year-to-date figure for February):
 * a missing January takes the February growth of the row's basis, else the 1–2月 release.
 */
function januaryCover(series: Series, pair: Pair, february: number): number {
  if (february >= series.has.length) return NaN;
  const own = series.yoy[february]!;
  if (!Number.isNaN(own) || !pair.ytd) return own;
  return pair.ytd.yoy[february]!;
}

/**
 * streak_months: consecutive calendar months ending at t whose growth, at its published one
 * decimal, is at or above the threshold. Any missing month other than a covered January ends it.
 * Needs yoy of both bases computed first.
 */
export function computeStreak(layout: Layout, series: Series, pair: Pair, threshold: number): void {
  const { has, yoy, streak } = series;
  const passes = (growth: number): boolean => !Number.isNaN(growth) && roundPublished(growth) >= threshold;
  // A span that opens on a February still has the January its 1–2月 figure covers.
  let run = has.length > 0 && monthAt(layout, 0) === 2 && passes(januaryCover(series, pair, 0)) ? 1 : 0;
  for (let t = 0; t < has.length; t++) {
    let growth = yoy[t]!;
    if (Number.isNaN(growth) && !has[t] && monthAt(layout, t) === 1) growth = januaryCover(series, pair, t + 1);
    run = passes(growth) ? run + 1 : 0;
    streak[t] = has[t] && !Number.isNaN(yoy[t]!) ? run : NO_COUNT;
  }
}
