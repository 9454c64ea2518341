import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasetStore, SCHEMA_VERSION } from '../../../electron/store';
import { firstScreenYears } from '../../../electron/store/first-screen';
import { shardFile } from '../../../electron/store/layout';
import { encodeRecord } from '../../../electron/store/wal-record';
import { observationKey, type Observation } from '../../../shared/model';
import { makeCatalog, makeObservations, steppingClock, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

/** Mid-June 2026: the Entry screen opens on 2026-05 beside 2025-05…2026-04, so 2025 and 2026 are read first. */
const JUNE_2026 = '2026-06-15T10:00:00.000Z';
const SIZE = { zones: 3, indicators: 3, years: 12, firstYear: 2015, revisions: 1 };
const ALL = makeObservations(SIZE);

const sorted = (observations: readonly Observation[]) => observations.map(observationKey).sort();
const figuresOf = (observations: readonly Observation[]) =>
  Object.fromEntries(observations.map((observation) => [observationKey(observation), observation.value]));

/** Twelve years of three zones, written and closed. */
async function seed(): Promise<string> {
  const directory = await tempDirectory();
  const store = await openDatasetStore({ directory, clock: steppingClock(JUNE_2026) });
  await store.commit({ catalog: makeCatalog(SIZE.zones, SIZE.indicators), upsert: ALL });
  await store.backup({ kind: 'other', words: 'seed' });
  await store.close();
  return directory;
}

const openLazily = (directory: string) => openDatasetStore({ directory, clock: steppingClock(JUNE_2026), lazy: true });

/** Whether `promise` has settled by the time the calls before this one resolved. */
function settledFlag(promise: Promise<unknown>): () => boolean {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  return () => settled;
}

describe('a store opened lazily (issue 11 §3)', () => {
  it('reads the Entry screen’s years first, in January the year before too', () => {
    expect(firstScreenYears(new Date(2026, 5, 15))).toEqual({ from: 2025, to: 2026 });
    expect(firstScreenYears(new Date(2026, 0, 15))).toEqual({ from: 2024, to: 2026 });
  });

  it('answers the first screen before the older years are read, with the same figures as a whole open', async () => {
    const directory = await seed();
    const store = await openLazily(directory);
    const loaded = settledFlag(store.loaded());
    const window = { zoneIds: [zoneId(1)], from: '2025-05', to: '2026-05', basis: 'ytd' as const };

    const [catalog, entry] = await Promise.all([store.readCatalog(), store.readObservations(window)]);
    expect(loaded()).toBe(false);
    expect(catalog).toEqual(makeCatalog(SIZE.zones, SIZE.indicators));
    const expected = ALL.filter(
      (o) => o.zoneId === zoneId(1) && o.basis === 'ytd' && o.period >= '2025-05' && o.period <= '2026-05',
    );
    expect(entry).toHaveLength(expected.length);
    expect(figuresOf(entry)).toEqual(figuresOf(expected));

    await store.loaded();
    await store.close();
  });

  it('reads an older year a call asks for before answering it, and everything for a call over all periods', async () => {
    const directory = await seed();
    const store = await openLazily(directory);
    const loaded = settledFlag(store.loaded());

    const old = await store.readObservations({ zoneIds: [zoneId(2)], from: '2016-01', to: '2016-12' });
    expect(loaded()).toBe(false);
    expect(old).toEqual(ALL.filter((o) => o.zoneId === zoneId(2) && o.period.startsWith('2016')));

    const everything = await store.readObservations({});
    expect(loaded()).toBe(false);
    expect(sorted(everything)).toEqual(sorted(ALL));

    await store.loaded();
    expect(await store.readObservations({})).toEqual(everything);
    await store.close();
    // In the same order as a whole open gives them.
    const whole = await openDatasetStore({ directory, clock: steppingClock(JUNE_2026) });
    expect(await whole.readObservations({})).toEqual(everything);
    await whole.close();
  });

  it('finds a damaged shard in the background, moves it aside with a notice, and refuses writes until decided', async () => {
    const directory = await seed();
    const damagedPath = join(directory, shardFile(zoneId(0), 2017));
    const damaged = readFileSync(damagedPath, 'utf8').replace('"value":1001', '"value":"1001"');
    writeFileSync(damagedPath, damaged);

    const store = await openLazily(directory);
    expect(store.notices()).toEqual([]);
    await store.loaded();

    const [notice, ...others] = store.notices();
    expect(others).toEqual([]);
    expect(notice).toMatchObject({ kind: 'damaged-file', file: damagedPath, latestBackupId: expect.any(String) });
    expect(existsSync(damagedPath)).toBe(false);
    expect(readFileSync(notice!.movedTo, 'utf8')).toBe(damaged);
    expect(store.setAside()).toHaveLength(1);
    expect(await store.readObservations({ zoneIds: [zoneId(0)], from: '2017-01', to: '2017-12' })).toEqual([]);
    await expect(store.commit({ upsert: [{ ...ALL[0]!, value: 1 }] })).rejects.toThrow(/damaged file/);

    // The offered backup brings it back.
    await store.restoreBackup(notice!.latestBackupId!);
    expect(sorted(await store.readObservations({}))).toEqual(sorted(ALL));
    await store.close();
  });

  it('holds a commit made during the background load until every shard is read, and loses nothing', async () => {
    const directory = await seed();
    const store = await openLazily(directory);
    const loaded = settledFlag(store.loaded());
    const [oldOne, recent] = [
      ALL.find((o) => o.zoneId === zoneId(2) && o.period === '2015-03')!,
      ALL.find((o) => o.zoneId === zoneId(0) && o.period === '2026-03')!,
    ];
    const committed = store.commit({
      upsert: [
        { ...oldOne, value: -1 },
        { ...recent, value: -2 },
      ],
    });
    expect(loaded()).toBe(false);
    await committed;
    expect(loaded()).toBe(true);
    await store.close();

    const reopened = await openDatasetStore({ directory, clock: steppingClock(JUNE_2026) });
    const now = await reopened.readObservations({});
    expect(sorted(now)).toEqual(sorted(ALL));
    const changed = { [observationKey(oldOne)]: -1, [observationKey(recent)]: -2 };
    expect(figuresOf(now)).toEqual({ ...figuresOf(ALL), ...changed });
    await reopened.close();
  });

  it('reads first the shards the write-ahead log changes, so its commits apply over whole shards', async () => {
    const directory = await seed();
    const logged = { ...ALL.find((o) => o.zoneId === zoneId(1) && o.period === '2016-07')!, value: 7 };
    // A commit logged and not yet written into its shard, as a crash before compaction leaves it.
    const payload = JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes: [{ upsert: [logged] }] });
    writeFileSync(join(directory, 'wal.log'), encodeRecord(1, payload));

    const store = await openLazily(directory);
    const loaded = settledFlag(store.loaded());
    const shard = await store.readObservations({ zoneIds: [zoneId(1)], from: '2016-01', to: '2016-12' });
    expect(loaded()).toBe(false);
    expect(shard).toHaveLength(ALL.filter((o) => o.zoneId === zoneId(1) && o.period.startsWith('2016')).length);
    expect(shard.find((o) => observationKey(o) === observationKey(logged))!.value).toBe(7);
    await store.close();
  });

  it('upgrades in memory an older shard met in the background, and stops with a newer one', async () => {
    const directory = await seed();
    const oldPath = join(directory, shardFile(zoneId(0), 2016));
    const current = JSON.parse(readFileSync(oldPath, 'utf8')) as { observations: Record<string, unknown>[] };
    // Version 0: no schemaVersion, observations without updatedAt or history.
    const version0 = current.observations.map(({ updatedAt: _u, history: _h, ...rest }) => rest);
    writeFileSync(oldPath, JSON.stringify({ zoneId: zoneId(0), year: 2016, observations: version0 }));

    const store = await openLazily(directory);
    await store.loaded();
    const upgraded = await store.readObservations({ zoneIds: [zoneId(0)], from: '2016-01', to: '2016-12' });
    expect(upgraded).toHaveLength(version0.length);
    expect(upgraded.every((o) => o.history.length === 0 && typeof o.updatedAt === 'string')).toBe(true);
    expect(store.notices()).toEqual([]);
    await store.close();

    const newer = { ...JSON.parse(readFileSync(oldPath, 'utf8')), schemaVersion: SCHEMA_VERSION + 1 } as object;
    writeFileSync(oldPath, JSON.stringify(newer));
    const refused = await openLazily(directory);
    await expect(refused.loaded()).rejects.toThrow(/schema version/);
    await expect(refused.readObservations({})).rejects.toThrow(/schema version/);
    await expect(refused.commit({ upsert: [{ ...ALL[0]!, value: 1 }] })).rejects.toThrow(/schema version/);
    await refused.close();
  });

  it('closes while the background load runs, and opens whole afterwards', async () => {
    const directory = await seed();
    const store = await openLazily(directory);
    await store.close();
    const reopened = await openDatasetStore({ directory, clock: steppingClock(JUNE_2026) });
    expect(sorted(await reopened.readObservations({}))).toEqual(sorted(ALL));
    await reopened.close();
  });
});
