import { describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../../electron/store';
import { observationKey, type Observation } from '../../../shared/model';
import { makeCatalog, makeObservations, useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

const byKey = (observations: readonly Observation[]) =>
  [...observations].sort((a, b) => observationKey(a).localeCompare(observationKey(b)));

/** An import-sized change leaves its shards as columns; what it wrote must read back exactly, now and later. */
describe('a change of thousands of observations', () => {
  it('reads back exactly, takes a small edit of the same shards after it, and survives a reopen', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory });
    // 3 zones × 10 indicators × 4 years × 12 months × 2 bases, each with a revision: 2,880, over the store's logged-batch limit.
    const imported = makeObservations({ zones: 3, indicators: 10, years: 4, firstYear: 2020, revisions: 1 });
    expect(imported.length).toBeGreaterThan(2_000);
    await store.commit({ catalog: makeCatalog(3, 10), upsert: imported });
    expect(byKey(await store.readObservations({}))).toEqual(byKey(imported));

    const edited = { ...imported[5]!, value: 42, updatedAt: '2026-01-01T00:00:00.000Z' };
    await store.commit({ upsert: [edited] });
    const expected = byKey(imported.map((o) => (observationKey(o) === observationKey(edited) ? edited : o)));
    expect(byKey(await store.readObservations({}))).toEqual(expected);
    await store.close();

    const reopened = await openDatasetStore({ directory });
    expect(byKey(await reopened.readObservations({}))).toEqual(expected);
    await reopened.close();
  });
});
