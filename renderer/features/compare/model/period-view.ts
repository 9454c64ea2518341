import type { MetricRow } from '../../../../shared/metrics';
import { addMonths, monthsBetween, type Indicator, type Period } from '../../../../shared/model';
import type { MetricIndex } from './metric-index';

export interface PeriodViewRow {
  indicator: Indicator;
  current: MetricRow;
  /** The latest earlier period with a figure on this basis, within 12 months. */
  previous: MetricRow | null;
  lastYear: MetricRow | null;
}

/** This period against the previous one and the same period a year earlier, for each indicator of one zone. */
export function periodViewRows(index: MetricIndex, zoneId: string, indicators: readonly Indicator[], period: Period): PeriodViewRow[] {
  const rows: PeriodViewRow[] = [];
  for (const indicator of indicators) {
    const current = index.get(zoneId, indicator.id, period);
    if (!current) continue;
    const earlier = index.series(zoneId, indicator.id).filter((row) => row.period < period && monthsBetween(row.period, period) <= 12);
    rows.push({
      indicator,
      current,
      previous: earlier.at(-1) ?? null,
      lastYear: index.get(zoneId, indicator.id, addMonths(period, -12)) ?? null,
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
