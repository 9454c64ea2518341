import type { MetricRow } from '../../metrics';
import { periodIndex, type Observation, type Period } from '../../model';

/**
 * Months before the period its metrics read: a year back for YoY, the prior value and
 * contributions, two for the change in pp (last year's YoY needs the year before).
 */
const LOOKBACK_MONTHS = 24;

/**
 * The observations one period's metrics are computed from: the period and the 24 months before it,
 * and, for a streak, every month of the longest streak with the year before each (so the file
 * imported elsewhere gives the same metrics for that period). Every observation when no single
 * period is exported, or when `all` is asked for.
 */
export function usedObservations(
  observations: Observation[],
  period: Period | undefined,
  metrics: Iterable<MetricRow>,
  keep: 'used' | 'all',
): Observation[] {
  if (period === undefined || keep === 'all') return observations;
  let longestStreak = 0;
  for (const row of metrics)
    if (row.streakMonths !== null && row.streakMonths > longestStreak) longestStreak = row.streakMonths;
  const last = periodIndex(period);
  // The month that ended the streak is read too, to know it ended there.
  const first = last - Math.max(LOOKBACK_MONTHS, longestStreak + 1 + 12);
  // A period's index once per distinct period, not once per observation.
  const indexOf = new Map<Period, number>();
  return observations.filter((o) => {
    let index = indexOf.get(o.period);
    if (index === undefined) {
      index = periodIndex(o.period);
      indexOf.set(o.period, index);
    }
    return index >= first && index <= last;
  });
}
