import { monthAt, type Layout } from './layout';
import { NO_COUNT, type Pair, type Series } from './series';
import { roundPublished } from './rounding';

export { DEFAULT_STREAK_THRESHOLD } from '../model';

/**
 * January is normally published only with February (1–2月, a year-to-date figure for February): a
 * January without a growth figure takes the 1–2月 growth on both bases, never February's own
 * monthly growth (that is February alone, not January).
 */
function januaryCover(pair: Pair, february: number): number {
  if (!pair.ytd || february >= pair.ytd.has.length) return NaN;
  return pair.ytd.yoy[february]!;
}

/**
 * streak_months: consecutive calendar months ending at t whose growth, at its published one
 * decimal, is at or above the threshold. A January with no growth (absent, or a level alone) is
 * covered by 1–2月; any other month without growth ends it. Needs yoy of both bases computed first.
 */
export function computeStreak(layout: Layout, series: Series, pair: Pair, threshold: number): void {
  const { has, yoy, streak } = series;
  const passes = (growth: number): boolean => !Number.isNaN(growth) && roundPublished(growth) >= threshold;
  // A span that opens on a February still has the January its 1–2月 figure covers.
  let run = has.length > 0 && monthAt(layout, 0) === 2 && passes(januaryCover(pair, 0)) ? 1 : 0;
  for (let t = 0; t < has.length; t++) {
    let growth = yoy[t]!;
    if (Number.isNaN(growth) && monthAt(layout, t) === 1) growth = januaryCover(pair, t + 1);
    run = passes(growth) ? run + 1 : 0;
    streak[t] = has[t] && !Number.isNaN(yoy[t]!) ? run : NO_COUNT;
  }
}
