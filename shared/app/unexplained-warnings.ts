import { observationWarnings, type Basis, type Period } from '../model';
import type { MetricsCache } from './metrics-cache';
import type { DatasetStore } from './ports';

/**
 * The indicators of one zone-month whose figure carries a warning (beyond its plausible growth,
 * a component against its parent, a check of the metrics engine) and has no reason note: the
 * same warnings the entry screen marks.
 */
export async function unexplainedWarnings(
  store: DatasetStore,
  metrics: MetricsCache,
  threshold: number,
  zoneId: string,
  period: Period,
  basis: Basis,
): Promise<string[]> {
  const catalog = await store.readCatalog();
  const observations = await store.readObservations({ zoneIds: [zoneId], from: period, to: period, basis });
  const byIndicator = new Map(observations.map((observation) => [observation.indicatorId, observation]));
  const warned = new Set<string>();
  for (const indicator of catalog.indicators) {
    if (
      observationWarnings(indicator, catalog.indicators, (indicatorId) => byIndicator.get(indicatorId) ?? null).length >
      0
    )
      warned.add(indicator.id);
  }
  const engine = await metrics.engine(threshold);
  for (const warning of engine.warnings({ zoneIds: [zoneId], from: period, to: period, basis }))
    warned.add(warning.indicatorId);
  return [...warned].filter((indicatorId) => !byIndicator.get(indicatorId)?.note.trim());
}
