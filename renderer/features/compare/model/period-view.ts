import type { MetricRow } from '../../../../shared/metrics';
import { addMonths, monthsBetween, type Indicator, type Period } from '../../../../shared/model';
import { growsInPoints } from '../../../../shared/metrics';
import { cagrAt, twoYearGrowthAt } from './growth-views';
import type { MetricIndex } from './metric-index';

/** The spans the period view offers for compound annual growth, in years. */
export const CAGR_SPANS = [3, 5, 10] as const;

export interface PeriodViewRow {
  indicator: Indicator;
  current: MetricRow;
  /** The latest earlier period with a figure on this basis, within 12 months. */
  previous: MetricRow | null;
  lastYear: MetricRow | null;
  /** Two-year average growth %; null for a rate, whose growth is in points. */
  twoYearPct: number | null;
  /** Compound annual growth % of the level over the chosen span; null for a rate. */
  cagrPct: number | null;
}

/** This period against the previous one and the same period a year earlier, for each indicator of one zone. */
export function periodViewRows(
  index: MetricIndex,
  zoneId: string,
  indicators: readonly Indicator[],
  period: Period,
  cagrYears: number,
): PeriodViewRow[] {
  const rows: PeriodViewRow[] = [];
  for (const indicator of indicators) {
    const current = index.get(zoneId, indicator.id, period);
    if (!current) continue;
    const earlier = index
      .series(zoneId, indicator.id)
      .filter((row) => row.period < period && monthsBetween(row.period, period) <= 12);
    rows.push({
      indicator,
      current,
      previous: earlier.at(-1) ?? null,
      lastYear: index.get(zoneId, indicator.id, addMonths(period, -12)) ?? null,
      twoYearPct: growsInPoints(indicator.kind) ? null : twoYearGrowthAt(index, zoneId, indicator.id, period),
      cagrPct: growsInPoints(indicator.kind) ? null : cagrAt(index, zoneId, indicator.id, period, cagrYears),
    });
  }
  return rows;
}

/** How growth moved against the previous figure: above 0 accelerating, below slowing. */
export function accelerationWord(changePp: number | null): 'accelerating' | 'slowing' | 'steady' | null {
  if (changePp === null) return null;
  if (Math.abs(changePp) < 0.05) return 'steady';
  return changePp > 0 ? 'accelerating' : 'slowing';
}
