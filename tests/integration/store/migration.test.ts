import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasetStore, SCHEMA_VERSION, StoreVersionError } from '../../../electron/store';
import { shardFile } from '../../../electron/store/layout';
import { migrate, type Migration } from '../../../electron/store/migrations';
import { makeCatalog, steppingClock, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

function writeJson(directory: string, file: string, value: unknown): void {
  mkdirSync(dirname(join(directory, file)), { recursive: true });
  writeFileSync(join(directory, file), JSON.stringify(value, null, '\t'));
}

/** A version-0 folder: no schemaVersion anywhere, observations without updatedAt or history. */
function writeVersion0(directory: string): void {
  writeJson(directory, 'catalog.json', makeCatalog(2, 1));
  for (const zone of [zoneId(0), zoneId(1)]) {
    writeJson(directory, shardFile(zone, 2023), {
      zoneId: zone,
      year: 2023,
      observations: [
        {
          zoneId: zone,
          indicatorId: 'ind-01',
          period: '2023-11',
          basis: 'ytd',
          value: 100,
          yoyPct: 9.5,
          source: 'bulletin',
          note: '',
        },
        {
          zoneId: zone,
          indicatorId: 'ind-01',
          period: '2023-12',
          basis: 'ytd',
          value: 120,
          yoyPct: 10.1,
          source: 'bulletin',
          note: '',
        },
      ],
    });
  }
}

describe('schema migrations', () => {
  it('upgrades a version-0 folder after backing it up, in one journaled change', async () => {
    const directory = await tempDirectory();
    writeVersion0(directory);
    const original = readFileSync(join(directory, shardFile(zoneId(1), 2023)), 'utf8');

    const store = await openDatasetStore({ directory, clock: steppingClock('2026-11-28T10:00:00.000Z') });
    expect(store.notices()).toEqual([]);
    expect(await store.readCatalog()).toEqual(makeCatalog(2, 1));
    const observations = await store.readObservations({ zoneIds: [zoneId(1)] });
    expect(
      observations.map((observation) => [
        observation.period,
        observation.value,
        observation.history,
        observation.updatedAt,
      ]),
    ).toEqual([
      ['2023-11', 100, [], '2026-11-28T10:00:03.000Z'],
      ['2023-12', 120, [], '2026-11-28T10:00:03.000Z'],
    ]);
    expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);

    const [backup] = await store.listBackups();
    expect(backup!.reason).toEqual({ kind: 'upgrading', from: 0, to: 1 });
    expect(readFileSync(join(directory, 'backups', backup!.id, 'data', shardFile(zoneId(1), 2023)), 'utf8')).toBe(
      original,
    );
    await store.close();

    for (const file of ['catalog.json', shardFile(zoneId(0), 2023)]) {
      expect(JSON.parse(readFileSync(join(directory, file), 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    }
    // Upgraded once: the next open makes no new backup.
    const again = await openDatasetStore({ directory });
    expect(await again.listBackups()).toHaveLength(1);
    await again.close();
  });

  it('refuses a folder written by a newer version, and leaves it unlocked and untouched', async () => {
    const directory = await tempDirectory();
    writeJson(directory, 'catalog.json', { schemaVersion: SCHEMA_VERSION + 1, zones: [], indicators: [], regions: [] });
    await expect(openDatasetStore({ directory })).rejects.toThrow(StoreVersionError);
    await expect(openDatasetStore({ directory })).rejects.toThrow(/schema version 2.*reads up to version 1/);
    expect(JSON.parse(readFileSync(join(directory, 'catalog.json'), 'utf8'))).toMatchObject({ regions: [] });
  });

  it('runs each step from the stored version up to the last, in order', () => {
    const step =
      (to: number): Migration =>
      (files) =>
        new Map(
          [...files].map(([file, content]) => [
            file,
            { ...(content as object), schemaVersion: to, [`step${to}`]: true },
          ]),
        );
    const files = new Map([['catalog.json', { schemaVersion: 1 }]]);
    const migrated = migrate(files, 1, { now: new Date() }, [step(1), step(2), step(3)]);
    expect(migrated.get('catalog.json')).toEqual({ schemaVersion: 3, step2: true, step3: true });
  });
});
