import { describe, expect, it } from 'vitest';
import type { ObservationQuery } from '../../../shared/api';
import { createMetricsCache } from '../../../shared/app/metrics-cache';
import type { DatasetStore, StoreCommitEvent } from '../../../shared/app/ports';
import { encodeZoneMonths } from '../../../shared/app/zone-months';
import { createMetricsEngine } from '../../../shared/metrics';
import { observationKey, type Catalog, type Observation, type ObservationKey } from '../../../shared/model';
import { indicatorId, makeCatalog, makeObservations, zoneId } from '../../integration/store/dataset-fixture';

/** A shared store as another user changes it: what it holds, and the reads the cache makes. */
function sharedStore(catalog: Catalog, initial: Observation[]) {
  const held = new Map(initial.map((o) => [observationKey(o), o]));
  const reads: ObservationQuery[] = [];
  const store = {
    readCatalog: async () => catalog,
    readObservations: async (query: ObservationQuery) => {
      reads.push(query);
      return [...held.values()].filter(
        (o) =>
          (!query.zoneIds || query.zoneIds.includes(o.zoneId)) &&
          (!query.from || o.period >= query.from) &&
          (!query.to || o.period <= query.to),
      );
    },
  } as unknown as DatasetStore;
  /** Another user's commit: applied to what the store holds, announced as the PostgreSQL store does. */
  const commitElsewhere = (upsert: Observation[], remove: ObservationKey[] = []): StoreCommitEvent => {
    for (const key of remove) held.delete(observationKey(key));
    for (const o of upsert) held.set(observationKey(o), o);
    const keys = [...upsert, ...remove];
    const zoneIds = [...new Set(keys.map((key) => key.zoneId))];
    return {
      by: 'bob',
      at: '',
      catalog: false,
      zoneIds,
      zoneMonths: encodeZoneMonths(keys),
      meta: [],
      replaced: false,
    };
  };
  return { store, reads, held, commitElsewhere };
}

describe("the metrics cache follows another user's commits", () => {
  const catalog = makeCatalog(3, 3);
  const initial = makeObservations({ zones: 3, indicators: 3, years: 2, firstYear: 2024 }).map((o, index) => ({
    ...o,
    value: 100 + ((index * 13) % 29),
    yoyPct: null,
  }));

  it('reads back only the announced zone-months and ends where a fresh build ends', async () => {
    const { store, reads, held, commitElsewhere } = sharedStore(catalog, initial);
    const cache = createMetricsCache(store);
    await cache.engine(10);
    reads.length = 0;
    const changed = { ...initial[40]!, value: 999 };
    const added = { ...initial[0]!, period: '2026-01', value: 5 };
    const gone = initial[100]!;
    cache.onEvent({ kind: 'remote', event: commitElsewhere([changed], [gone]) });
    cache.onEvent({ kind: 'remote', event: commitElsewhere([added]) });
    const engine = await cache.engine(10);
    expect(reads.every((read) => read.zoneIds !== undefined && read.from !== undefined)).toBe(true);
    expect(engine.rows()).toEqual(createMetricsEngine(catalog, [...held.values()], { threshold: 10 }).rows());
  });

  it('a commit announced by zone alone, a catalog change or a restored backup rebuilds', async () => {
    const { store, reads, commitElsewhere } = sharedStore(catalog, initial);
    const cache = createMetricsCache(store);
    await cache.engine(10);
    const { zoneMonths: _dropped, ...zonesOnly } = commitElsewhere([
      { ...initial[3]!, zoneId: zoneId(2), indicatorId: indicatorId(1), value: 1 },
    ]);
    reads.length = 0;
    cache.onEvent({ kind: 'remote', event: zonesOnly });
    await cache.engine(10);
    expect(reads).toEqual([{}]);
  });
});
