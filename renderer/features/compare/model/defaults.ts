import type { MetricRow } from '../../../../shared/metrics';
import type { Indicator, Zone } from '../../../../shared/model';

/** The zone to open on: the first one compared with a benchmark that has figures, else the first with figures. */
export function defaultZoneId(zones: readonly Zone[], rows: readonly MetricRow[]): string | null {
  const withData = new Set(rows.map((row) => row.zoneId));
  const candidates = zones.filter((zone) => withData.has(zone.id));
  return (candidates.find((zone) => zone.benchmarkZoneId !== null) ?? candidates[0] ?? zones[0])?.id ?? null;
}

/** The headline indicator: the top-level one with the most figures (as the brief picks it). */
export function defaultIndicatorId(indicators: readonly Indicator[], rows: readonly MetricRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.indicatorId, (counts.get(row.indicatorId) ?? 0) + 1);
  const ranked = [...indicators].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null) || (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  return ranked.find((indicator) => (counts.get(indicator.id) ?? 0) > 0)?.id ?? indicators[0]?.id ?? null;
}
