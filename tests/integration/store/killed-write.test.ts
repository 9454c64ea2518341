import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confEngine, openDatasetStore } from '../../../electron/store';
import { listDatasetFiles } from '../../../electron/store/layout';
import { moveFile } from '../../../electron/store/durable-fs';
import { runChild } from './child/run-child';
import { failingEngine, makeCatalog, makeObservation, makeObservations, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

/** Every observation the child writes carries its commit's generation as value: one value means one whole commit. */
async function generationsOnDisk(directory: string): Promise<number[]> {
  const store = await openDatasetStore({ directory });
  const observations = await store.readObservations({});
  await store.close();
  expect(observations).toHaveLength(4 * 10 * 2 * 12 * 2);
  return [...new Set(observations.map((observation) => observation.value!))];
}

function journalEntries(directory: string): string[] {
  const journal = join(directory, 'journal');
  return existsSync(journal) ? readdirSync(journal) : [];
}

/** 60 indicators: a commit of a whole zone-year is too large for the write-ahead log and goes straight to its files. */
const LARGE = { indicators: 60, years: 1 };

describe('a failed write leaves the last committed state', () => {
  it('when a write fails between two files of one commit', async () => {
    const directory = await tempDirectory();
    const seed = await openDatasetStore({ directory });
    await seed.commit({ catalog: makeCatalog(2, 1), upsert: makeObservations({ zones: 2, ...LARGE, value: 1 }) });
    await seed.close();

    // Write 1 stages the first shard; write 2 (the second shard) fails.
    const store = await openDatasetStore({ directory, engine: failingEngine(confEngine, 2) });
    await expect(store.commit({ upsert: makeObservations({ zones: 2, ...LARGE, value: 2 }) })).rejects.toThrow(
      /injected failure/,
    );
    expect(new Set((await store.readObservations({})).map((observation) => observation.value))).toEqual(new Set([1]));
    expect(journalEntries(directory)).toEqual([]);

    // The store goes on working after the failure.
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2016-01', 'month', { value: 3 })] });
    await store.close();
    const reopened = await openDatasetStore({ directory });
    const values = (await reopened.readObservations({})).map((observation) => observation.value);
    expect(values.filter((value) => value === 3)).toHaveLength(1);
    expect(values.filter((value) => value === 1)).toHaveLength(2 * 60 * 12 * 2 - 1);
    await reopened.close();
  });

  it('when the single file of a commit cannot be written', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, engine: failingEngine(confEngine, 2) });
    await store.commit({ upsert: makeObservations({ zones: 1, ...LARGE, value: 1 }) });
    await expect(store.commit({ upsert: makeObservations({ zones: 1, ...LARGE, value: 2 }) })).rejects.toThrow(
      /injected failure/,
    );
    expect(new Set((await store.readObservations({})).map((observation) => observation.value))).toEqual(new Set([1]));
    await store.close();
  });

  it('when compaction cannot write a logged commit into its shard: the log keeps it, and the next compaction writes it', async () => {
    const directory = await tempDirectory();
    const store = await openDatasetStore({ directory, engine: failingEngine(confEngine, 1) });
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1 })] });
    await expect(store.flush()).rejects.toThrow(/injected failure/);
    expect(listDatasetFiles(directory)).toEqual([]);
    expect(readFileSync(join(directory, 'wal.log'), 'utf8')).toMatch(/"value":1/);
    expect((await store.readObservations({}))[0]!.value).toBe(1);

    await store.close();
    expect(readFileSync(join(directory, 'wal.log'), 'utf8')).toBe('');
    const reopened = await openDatasetStore({ directory });
    expect((await reopened.readObservations({}))[0]!.value).toBe(1);
    await reopened.close();
  });
});

describe('a process killed in the middle of a commit', () => {
  it('while staging the files of its second commit leaves the first', { timeout: 60_000 }, async () => {
    const directory = await tempDirectory();
    // Each commit writes 8 shards (staged) and a marker: writes 10–18 belong to the second commit.
    const child = runChild(directory, 'die-at', '12');
    await child.exited;
    expect(child.lines).toContain('committed 1');
    expect(child.lines.at(-1)).toMatch(/^dying after .*journal/);
    expect(journalEntries(directory)).toHaveLength(1);

    expect(await generationsOnDisk(directory)).toEqual([1]);
    expect(journalEntries(directory)).toEqual([]);
  });

  it(
    'after staging every file of its second commit, before writing its marker, leaves the first',
    {
      timeout: 60_000,
    },
    async () => {
      const directory = await tempDirectory();
      // Write 17 is the last of the second commit's 8 staged shards to be durable (they are written
      // several at once, so any of them may be last); the marker comes after.
      const child = runChild(directory, 'die-at', '17');
      await child.exited;
      expect(child.lines).toContain('committed 1');
      expect(child.lines.at(-1)).toMatch(/^dying after .*journal[/\\][^/\\]+[/\\][0-7]\.json$/);
      const [transaction] = journalEntries(directory);
      expect(readdirSync(join(directory, 'journal', transaction!)).sort()).toEqual(
        Array.from({ length: 8 }, (_, index) => `${index}.json`).sort(),
      );

      expect(await generationsOnDisk(directory)).toEqual([1]);
      expect(journalEntries(directory)).toEqual([]);
    },
  );

  it('right after its commit marker finishes that commit on the next open', { timeout: 60_000 }, async () => {
    const directory = await tempDirectory();
    const child = runChild(directory, 'die-at', '18');
    await child.exited;
    expect(child.lines.at(-1)).toMatch(/commit\.json$/);
    expect(child.lines).not.toContain('committed 2');

    expect(await generationsOnDisk(directory)).toEqual([2]);
    expect(journalEntries(directory)).toEqual([]);
  });

  it(
    'halfway through putting its files in place finishes that commit on the next open',
    { timeout: 60_000 },
    async () => {
      const directory = await tempDirectory();
      const child = runChild(directory, 'die-at', '18');
      await child.exited;
      // Do by hand the first half of the renames the killed process never got to.
      const [transaction] = journalEntries(directory);
      const staged = join(directory, 'journal', transaction!);
      const { files } = JSON.parse(readFileSync(join(staged, 'commit.json'), 'utf8')) as { files: string[] };
      expect(files).toHaveLength(8);
      files.slice(0, 4).forEach((file, index) => moveFile(join(staged, `${index}.json`), join(directory, file)));
      expect(await generationsOnDisk(directory)).toEqual([2]);
    },
  );

  it(
    'at any moment leaves one whole commit, and the next process takes over its stale lock',
    { timeout: 120_000 },
    async () => {
      const directory = await tempDirectory();
      for (let run = 0; run < 3; run++) {
        const child = runChild(directory, 'loop');
        try {
          await child.waitFor(/^committed 2$/);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
        } finally {
          child.process.kill('SIGKILL');
          await child.exited;
        }
        const last = Math.max(
          ...child.lines.filter((line) => line.startsWith('committed ')).map((line) => Number(line.split(' ')[1])),
        );
        const generations = await generationsOnDisk(directory);
        expect(generations).toHaveLength(1);
        expect([last, last + 1]).toContain(generations[0]);
        expect(listDatasetFiles(directory)).toHaveLength(8);
      }
    },
  );
});
