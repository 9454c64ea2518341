import type { MetricRow } from '../../../../shared/metrics';
import type { Period } from '../../../../shared/model';

/** Rows found by zone, indicator and period (one basis at a time). */
export interface MetricIndex {
  get(zoneId: string, indicatorId: string, period: Period): MetricRow | undefined;
  /** Every period with a row, newest first. */
  periods(): Period[];
  /** One zone × indicator's rows, oldest first. */
  series(zoneId: string, indicatorId: string): MetricRow[];
}

export function indexRows(rows: readonly MetricRow[]): MetricIndex {
  const byKey = new Map<string, MetricRow>();
  const bySeries = new Map<string, MetricRow[]>();
  const periods = new Set<Period>();
  for (const row of rows) {
    byKey.set(`${row.zoneId}|${row.indicatorId}|${row.period}`, row);
    const seriesKey = `${row.zoneId}|${row.indicatorId}`;
    const list = bySeries.get(seriesKey);
    if (list) list.push(row);
    else bySeries.set(seriesKey, [row]);
    periods.add(row.period);
  }
  for (const list of bySeries.values()) list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const newestFirst = [...periods].sort().reverse();
  return {
    get: (zoneId, indicatorId, period) => byKey.get(`${zoneId}|${indicatorId}|${period}`),
    periods: () => newestFirst,
    series: (zoneId, indicatorId) => bySeries.get(`${zoneId}|${indicatorId}`) ?? [],
  };
}
