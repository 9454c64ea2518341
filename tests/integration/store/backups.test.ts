import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEEP_BACKUPS, openDatasetStore } from '../../../electron/store';
import { shardFile } from '../../../electron/store/layout';
import { makeCatalog, makeObservation, makeObservations, steppingClock, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

describe('backups', () => {
  it('copy the whole dataset with a manifest, and list newest first', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, clock: steppingClock('2026-11-28T10:00:00.000Z') });
    await store.commit({
      catalog: makeCatalog(2, 1),
      upsert: makeObservations({ zones: 2, indicators: 1, years: 1 }),
      meta: { note: { text: 'hello' } },
    });
    const first = await store.backup({ kind: 'other', words: 'before import of june.xlsx' });
    const second = await store.backup({ kind: 'delete-zone', id: 'zone-02' });

    expect(first).toMatchObject({
      id: '20261128T100002000Z',
      createdAt: '2026-11-28T10:00:02.000Z',
      reason: { kind: 'other', words: 'before import of june.xlsx' },
    });
    expect(second.id > first.id).toBe(true);
    expect(await store.listBackups()).toEqual([second, first]);
    const { sizeBytes } = await store.stats();
    expect(first.sizeBytes).toBe(sizeBytes);
    for (const file of ['catalog.json', shardFile(zoneId(1), 2016), 'meta/note.json']) {
      expect(readFileSync(join(directory, 'backups', first.id, 'data', file), 'utf8')).toBe(
        readFileSync(join(directory, file), 'utf8'),
      );
    }
    await store.close();
  });

  it('get distinct, ordered ids even within one millisecond', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, clock: { now: () => new Date('2026-11-28T10:00:00.000Z') } });
    const ids = [];
    for (let index = 0; index < 3; index++) ids.push((await store.backup({ kind: 'other', words: `b${index}` })).id);
    expect(ids).toEqual(['20261128T100000000Z', '20261128T100000000Z-001', '20261128T100000000Z-002']);
    expect((await store.listBackups()).map((backup) => backup.id)).toEqual([...ids].reverse());
    await store.close();
  });

  it(`keep the last ${KEEP_BACKUPS}`, async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, clock: steppingClock() });
    const made = [];
    for (let index = 0; index < KEEP_BACKUPS + 5; index++)
      made.push(await store.backup({ kind: 'other', words: `backup ${index}` }));
    const kept = await store.listBackups();
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept.at(-1)).toEqual(made[5]);
    expect(existsSync(join(directory, 'backups', made[4]!.id))).toBe(false);
    await store.close();
  });

  it('restore a backup after backing up the current state, and reload the cache', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, clock: steppingClock() });
    await store.commit({
      catalog: makeCatalog(1, 1),
      upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1 })],
    });
    const before = await store.backup({ kind: 'other', words: 'before changes' });
    await store.commit({
      catalog: makeCatalog(2, 1),
      upsert: [
        makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 2 }),
        makeObservation(zoneId(1), 'ind-01', '2025-01', 'month'),
      ],
      meta: { later: true },
    });

    await store.restoreBackup(before.id);
    expect(await store.readCatalog()).toEqual(makeCatalog(1, 1));
    expect((await store.readObservations({})).map((observation) => observation.value)).toEqual([1]);
    expect(await store.readMeta('later')).toBeUndefined();
    // Files the backup did not have are gone, not left to reappear on the next open.
    expect(existsSync(join(directory, shardFile(zoneId(1), 2025)))).toBe(false);

    const [undo] = await store.listBackups();
    expect(undo!.reason).toEqual({ kind: 'restoring', backupId: before.id });
    await store.restoreBackup(undo!.id);
    expect((await store.readObservations({})).map((observation) => observation.value).sort()).toEqual([1234.5, 2]);
    await store.close();

    const reopened = await openDatasetStore({ directory });
    expect(await reopened.readMeta('later')).toBe(true);
    await reopened.close();
  });

  it('restore the oldest backup when the list is full: the backup taken first does not prune it', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, clock: steppingClock() });
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1 })] });
    const oldest = await store.backup({ kind: 'other', words: 'oldest' });
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 2 })] });
    for (let index = 1; index < KEEP_BACKUPS; index++) await store.backup({ kind: 'other', words: `backup ${index}` });

    await store.restoreBackup(oldest.id);
    expect((await store.readObservations({}))[0]!.value).toBe(1);
    expect(await store.listBackups()).toHaveLength(KEEP_BACKUPS);
    await store.close();
  });

  it('refuse to restore a backup that does not exist, changing nothing', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory });
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month')] });
    await expect(store.restoreBackup('20200101T000000000Z')).rejects.toThrow(/no backup "20200101T000000000Z"/);
    await expect(store.restoreBackup('../../etc')).rejects.toThrow(/no backup/);
    expect(await store.listBackups()).toEqual([]);
    expect(await store.readObservations({})).toHaveLength(1);
    await store.close();
  });
});
