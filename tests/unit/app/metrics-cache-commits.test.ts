import { describe, expect, it } from 'vitest';
import type { ObservationQuery } from '../../../shared/api';
import { storeWithCommitFeed } from '../../../shared/app/commit-feed';
import { createMetricsCache } from '../../../shared/app/metrics-cache';
import type { DatasetChange, DatasetStore } from '../../../shared/app/ports';
import { observationKey, type Catalog, type Observation } from '../../../shared/model';
import { makeCatalog, makeObservations } from '../../integration/store/dataset-fixture';

/** A store whose commits land only when the test says so, counting the cache's whole-dataset reads. */
function slowStore(catalog: Catalog, initial: Observation[]) {
  const held = new Map(initial.map((o) => [observationKey(o), o]));
  let wholeReads = 0;
  let land: () => void = () => undefined;
  const store = {
    readCatalog: async () => catalog,
    readObservations: async (query: ObservationQuery) => {
      if (!query.zoneIds && !query.from) wholeReads++;
      return [...held.values()];
    },
    commit: (change: DatasetChange) =>
      new Promise<void>((resolve) => {
        land = () => {
          for (const o of change.upsert ?? []) held.set(observationKey(o), o);
          resolve();
        };
      }),
  } as unknown as DatasetStore;
  return { store, land: () => land(), wholeReads: () => wholeReads };
}

const catalog = makeCatalog(2, 2);
const initial = makeObservations({ zones: 2, indicators: 2, years: 2, firstYear: 2024 }).map((o, index) => ({
  ...o,
  value: 100 + index,
  yoyPct: null,
}));

describe("the metrics cache follows this process's commits through the feed", () => {
  it('applies a landed change to the engine it had, without reading the dataset again', async () => {
    const { store, land, wholeReads } = slowStore(catalog, initial);
    const cache = createMetricsCache(store);
    const fed = storeWithCommitFeed(store, cache);
    const engine = await cache.engine(10);
    const target = initial.find((o) => o.period === '2025-03')!;
    const committed = fed.commit({ upsert: [{ ...target, value: 5000 }] });
    land();
    await committed;
    expect(await cache.engine(10)).toBe(engine);
    expect(wholeReads()).toBe(1);
    expect(engine.row(target)?.value).toBe(5000);
  });

  it('does not trust an engine built while a change was being written: it is built again', async () => {
    const { store, land, wholeReads } = slowStore(catalog, initial);
    const cache = createMetricsCache(store);
    const fed = storeWithCommitFeed(store, cache);
    const target = initial.find((o) => o.period === '2025-03')!;
    const committed = fed.commit({ upsert: [{ ...target, value: 5000 }] });
    const builtDuring = await cache.engine(10);
    land();
    await committed;
    const after = await cache.engine(10);
    expect(after).not.toBe(builtDuring);
    expect(wholeReads()).toBe(2);
    expect(after.row(target)?.value).toBe(5000);
  });

  it('tells nobody about a change that failed', async () => {
    const failing = { commit: () => Promise.reject(new Error('disk full')) } as unknown as DatasetStore;
    let landed = 0;
    const fed = storeWithCommitFeed(failing, { committing: () => () => landed++, onEvent: () => undefined });
    await expect(fed.commit({ upsert: [] })).rejects.toThrow('disk full');
    expect(landed).toBe(0);
  });
});
