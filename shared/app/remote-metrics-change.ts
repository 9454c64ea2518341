import type { MetricInput, MetricsChange } from '../metrics';
import { observationKey, type Catalog, type ObservationKey } from '../model';
import type { DatasetStore, StoreCommitEvent } from './ports';
import { expandZoneMonths } from './zone-months';

const BASES = ['month', 'ytd'] as const;

/**
 * Another user's commit as a change for the metrics engine, read back from the store: what is now
 * stored in each zone-month it announced, and every other key of those zone-months removed. Null
 * when the announcement does not say which months (a catalog change, a restored backup, a change
 * too large to list): then only a rebuild is right.
 */
export async function readRemoteChange(
  store: DatasetStore,
  catalog: Catalog,
  event: StoreCommitEvent,
): Promise<MetricsChange | null> {
  if (event.replaced || event.catalog) return null;
  if (!event.zoneMonths) return event.zoneIds.length === 0 ? {} : null;
  const zoneMonths = expandZoneMonths(event.zoneMonths);
  const periods = [...zoneMonths.values()].flat().sort();
  if (periods.length === 0) return {};
  const wanted = new Set([...zoneMonths].flatMap(([zoneId, months]) => months.map((period) => `${zoneId}|${period}`)));
  const stored = await store.readObservations({
    zoneIds: [...zoneMonths.keys()],
    from: periods[0],
    to: periods.at(-1),
  });
  const upsert: MetricInput[] = stored.filter((o) => wanted.has(`${o.zoneId}|${o.period}`));
  const present = new Set(upsert.map(observationKey));
  const remove: ObservationKey[] = [];
  for (const [zoneId, months] of zoneMonths)
    for (const period of months)
      for (const { id: indicatorId } of catalog.indicators)
        for (const basis of BASES) {
          const key = { zoneId, indicatorId, period, basis };
          if (!present.has(observationKey(key))) remove.push(key);
        }
  return { upsert, remove };
}
