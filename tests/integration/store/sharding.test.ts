import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confEngine, openDatasetStore } from '../../../electron/store';
import { listDatasetFiles, shardFile } from '../../../electron/store/layout';
import { makeCatalog, makeObservations, steppingClock, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

describe('sharding', () => {
  it('keeps one file per zone and year, each well under 1 MB with 60 indicators, both bases and history', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, clock: steppingClock() });
    const size = { zones: 2, indicators: 60, years: 3, revisions: 2 };
    await store.commit({ catalog: makeCatalog(20, 60), upsert: makeObservations(size) });

    const files = listDatasetFiles(directory);
    expect(files).toHaveLength(1 + 2 * 3);
    expect(files).toContain('catalog.json');
    expect(files).toContain(shardFile(zoneId(1), 2018));
    const largest = Math.max(...files.map((file) => statSync(join(directory, file)).size));
    console.log(
      `largest shard: ${(largest / 1024).toFixed(0)} KB (60 indicators × 12 months × 2 bases, 2 revisions each)`,
    );
    expect(largest).toBeGreaterThan(200 * 1024);
    expect(largest).toBeLessThan(1024 * 1024);

    const stats = await store.stats();
    expect(stats).toMatchObject({ location: directory, fileCount: 7, schemaVersion: 1 });
    expect(stats.sizeBytes).toBe(files.reduce((total, file) => total + statSync(join(directory, file)).size, 0));
    await store.close();
  });

  it('writes only the shard of a changed observation', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory });
    await store.commit({ catalog: makeCatalog(3, 2), upsert: makeObservations({ zones: 3, indicators: 2, years: 2 }) });
    await store.flush();
    const before = new Map(listDatasetFiles(directory).map((file) => [file, statSync(join(directory, file)).mtimeMs]));
    await new Promise((resolve) => setTimeout(resolve, 20));

    const [one] = await store.readObservations({
      zoneIds: [zoneId(1)],
      from: '2017-03',
      to: '2017-03',
      basis: 'ytd',
      indicatorIds: ['ind-01'],
    });
    await store.commit({ upsert: [{ ...one!, value: 1 }] });
    await store.flush();

    const changed = listDatasetFiles(directory).filter(
      (file) => statSync(join(directory, file)).mtimeMs !== before.get(file),
    );
    expect(changed).toEqual([shardFile(zoneId(1), 2017)]);
    await store.close();
  });

  it('removes a shard file once its last observation is removed', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory });
    const observations = makeObservations({ zones: 1, indicators: 1, years: 1 });
    await store.commit({ upsert: observations });
    await store.flush();
    expect(listDatasetFiles(directory)).toEqual([shardFile(zoneId(0), 2016)]);
    await store.commit({ remove: observations });
    await store.flush();
    expect(listDatasetFiles(directory)).toEqual([]);
    expect(await store.readObservations({})).toEqual([]);
    await store.close();
  });

  it('names zone folders so that ids differing only in case or by a trailing dot never share one', () => {
    const names = ['Baotou', 'baotou', 'baotou.', 'baotou_', 'BAOTOU'].map((id) => shardFile(id, 2024));
    expect(new Set(names.map((name) => name.toLowerCase().replace(/\.+\//, '/'))).size).toBe(names.length);
    expect(shardFile('baotou-city', 2024)).toBe('observations/zone-baotou-city/2024.json');
  });

  it('reads back what both engines wrote as the same files', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, engine: confEngine });
    const observations = makeObservations({ zones: 2, indicators: 3, years: 1, revisions: 1 });
    await store.commit({ catalog: makeCatalog(2, 3), upsert: observations });
    await store.close();
    const reopened = await openDatasetStore({ directory });
    expect(await reopened.readObservations({})).toEqual(observations);
    expect(await reopened.readCatalog()).toEqual(makeCatalog(2, 3));
    await reopened.close();
  });
});
