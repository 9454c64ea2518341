import { describe, expect, it } from 'vitest';
import { confEngine, openDatasetStore } from '../../../electron/store';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listDatasetFiles, shardFile } from '../../../electron/store/layout';
import { countingEngine, makeCatalog, makeObservation, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

/** Files are staged in the journal folder and renamed into place, so the engine's writes are counted, and the journal's markers. */
const markersIn = (writes: string[]) => writes.filter((path) => path.endsWith('commit.json')).length;

describe('coalesced commits', () => {
  it('logs ten commits made in the same tick with one append, and writes their shard once when compacted', async () => {
    const directory = await tempDirectory();
    const engine = countingEngine(confEngine);
    const store = await openDatasetStore({ directory, engine });
    const commits = Array.from({ length: 10 }, (_, month) =>
      store.commit({
        upsert: [makeObservation(zoneId(0), 'ind-01', `2024-${String(month + 1).padStart(2, '0')}`, 'month')],
      }),
    );
    await Promise.all(commits);
    expect(readFileSync(join(directory, 'wal.log'), 'utf8').split('\n')).toHaveLength(2);
    expect(engine.writes).toEqual([]);

    await store.flush();
    expect(engine.writes).toHaveLength(1);
    expect(markersIn(engine.writes)).toBe(0);
    expect(existsSync(join(directory, shardFile(zoneId(0), 2024)))).toBe(true);
    await store.close();
    const reopened = await openDatasetStore({ directory });
    expect(await reopened.readObservations({})).toHaveLength(10);
    await reopened.close();
  });

  it('writes a batch spanning the catalog and two shards once per file, through the journal', async () => {
    const directory = await tempDirectory();
    const engine = countingEngine(confEngine);
    const store = await openDatasetStore({ directory, engine });
    await Promise.all([
      store.commit({ catalog: makeCatalog(2, 1) }),
      store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month')] }),
      store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-02', 'month')] }),
      store.commit({ upsert: [makeObservation(zoneId(1), 'ind-01', '2023-12', 'ytd')] }),
    ]);
    await store.flush();
    // Three files and the journal's commit marker.
    expect(engine.writes).toHaveLength(4);
    expect(markersIn(engine.writes)).toBe(1);
    expect(listDatasetFiles(directory)).toEqual([
      'catalog.json',
      shardFile(zoneId(0), 2024),
      shardFile(zoneId(1), 2023),
    ]);
    await store.close();
  });

  it('refuses an invalid commit on its own, without failing the others of its tick', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory });
    const good = store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month')] });
    const bad = store.commit({ upsert: [{ ...makeObservation(zoneId(0), 'ind-01', '2024-13', 'month') }] });
    await expect(bad).rejects.toThrow(/invalid change/);
    await expect(good).resolves.toBeUndefined();
    expect(await store.readObservations({})).toHaveLength(1);
    await store.close();
  });

  it('shows a commit to readers only once it is durable, and flush waits for it', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory });
    const commit = store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month')] });
    expect(await store.readObservations({})).toHaveLength(0);
    await store.flush();
    expect(await store.readObservations({})).toHaveLength(1);
    await commit;
    await store.close();
    await expect(store.readObservations({})).rejects.toThrow(/closed/);
  });
});
