import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatasetStore, type OpenedDatasetStore } from '../../../electron/store';
import type { ObservationQuery } from '../../../shared/api';
import { observationKey, type ObservationKey } from '../../../shared/model';
import { makeCatalog, makeObservations, zoneId } from './fixtures';

let directory: string;
let store: OpenedDatasetStore;
// 3 zones × 4 indicators × 2016–2018 × 12 months × 2 bases, one revision each.
const all = makeObservations({ zones: 3, indicators: 4, years: 3, revisions: 1 });

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'zone-stats-query-'));
  const writer = await openDatasetStore({ directory });
  await writer.commit({ catalog: makeCatalog(3, 4), upsert: all, meta: { 'entry-status.zone-01': { a: 1 } } });
  await writer.close();
  store = await openDatasetStore({ directory });
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

const keys = (observations: ObservationKey[]) => observations.map(observationKey).sort();

describe('readObservations', () => {
  it('returns everything for an empty query', async () => {
    expect(keys(await store.readObservations({}))).toEqual(keys(all));
  });

  it.each<[string, ObservationQuery]>([
    ['zones', { zoneIds: [zoneId(2), zoneId(0)] }],
    ['indicators', { indicatorIds: ['ind-02', 'ind-04'] }],
    ['a period range across years', { from: '2016-11', to: '2017-02' }],
    ['from only', { from: '2018-12' }],
    ['to only', { to: '2016-01' }],
    ['a basis', { basis: 'ytd' }],
    [
      'everything at once',
      { zoneIds: [zoneId(1)], indicatorIds: ['ind-03'], from: '2017-06', to: '2017-07', basis: 'month' },
    ],
    ['an unknown zone', { zoneIds: ['nowhere'] }],
  ])('filters by %s', async (_, query) => {
    const expected = all.filter(
      (o) =>
        (!query.zoneIds || query.zoneIds.includes(o.zoneId)) &&
        (!query.indicatorIds || query.indicatorIds.includes(o.indicatorId)) &&
        (!query.from || o.period >= query.from) &&
        (!query.to || o.period <= query.to) &&
        (!query.basis || o.basis === query.basis),
    );
    expect(keys(await store.readObservations(query))).toEqual(keys(expected));
  });

  it('orders by zone, then year, then as stored', async () => {
    const found = await store.readObservations({
      zoneIds: [zoneId(1), zoneId(0)],
      indicatorIds: ['ind-01'],
      basis: 'month',
    });
    expect(found.map((o) => o.zoneId)).toEqual([...Array(36).fill(zoneId(1)), ...Array(36).fill(zoneId(0))]);
    expect(found.slice(0, 36).map((o) => o.period)).toEqual([...found.slice(0, 36).map((o) => o.period)].sort());
  });

  it('hands out new observations on every read, so no caller can change what the store holds', async () => {
    const query = { zoneIds: [zoneId(0)], from: '2016-01', to: '2016-01' };
    const [first] = await store.readObservations(query);
    const before = structuredClone(first);
    first!.value = 0;
    first!.history.push({ ...first!.history[0]!, value: 0 });
    first!.history[0]!.note = 'changed by a caller';
    const [again] = await store.readObservations(query);
    expect(again).not.toBe(first);
    expect(again).toEqual(before);
  });

  it('hands out copies of the catalog and of documents', async () => {
    const catalog = await store.readCatalog();
    catalog.zones.pop();
    expect((await store.readCatalog()).zones).toHaveLength(3);
    const doc = (await store.readMeta('entry-status.zone-01')) as { a: number };
    doc.a = 2;
    expect(await store.readMeta('entry-status.zone-01')).toEqual({ a: 1 });
    expect(await store.readMeta('missing')).toBeUndefined();
  });
});
