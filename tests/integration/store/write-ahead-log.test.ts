import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../../electron/store';
import { shardFile } from '../../../electron/store/layout';
import type { Observation } from '../../../shared/model';
import { runChild } from './child/run-child';
import { makeCatalog, makeObservation, makeObservations, steppingClock, useTempDirectories, zoneId } from './fixtures';

const tempDirectory = useTempDirectories();

const walPath = (directory: string) => join(directory, 'wal.log');
const walLines = (directory: string) => readFileSync(walPath(directory), 'utf8').split('\n').filter(Boolean);
const shardPath = (directory: string) => join(directory, shardFile(zoneId(0), 2024));
const shardOnDisk = (directory: string) =>
  (JSON.parse(readFileSync(shardPath(directory), 'utf8')) as { observations: Observation[] }).observations;
const edited = makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 0 });

/** zone-01 × two indicators × 2024, written into its shard and closed: the log is empty. */
async function seed(directory: string): Promise<void> {
  const store = await openDatasetStore({ directory });
  await store.commit({
    catalog: makeCatalog(1, 2),
    upsert: makeObservations({ zones: 1, indicators: 2, years: 1, firstYear: 2024, value: 0 }),
  });
  await store.close();
}

/** A child makes `commits` logged commits and is killed the moment the last one resolves. */
async function logAndDie(directory: string, commits: number): Promise<void> {
  const child = runChild(directory, 'log-and-die', String(commits));
  await child.exited;
  expect(child.lines).toContain(`committed ${commits}`);
}

/** What the child's commits left: the edited value, and the months of ind-02 set to their generation. */
async function reopenAndRead(directory: string) {
  const store = await openDatasetStore({ directory });
  const [one] = await store.readObservations({
    zoneIds: [zoneId(0)],
    indicatorIds: ['ind-01'],
    from: '2024-01',
    to: '2024-01',
    basis: 'month',
  });
  const months = (await store.readObservations({ indicatorIds: ['ind-02'], basis: 'month' }))
    .filter((observation) => observation.value !== 0)
    .map((observation) => observation.period);
  const notices = store.notices();
  await store.close();
  return { value: one!.value, months, notices };
}

describe('the write-ahead log', () => {
  it(
    'makes a small commit durable without rewriting its shard: a process killed as it resolves keeps it',
    { timeout: 60_000 },
    async () => {
      const directory = await tempDirectory();
      await seed(directory);
      const shardBefore = readFileSync(shardPath(directory), 'utf8');

      await logAndDie(directory, 1);
      expect(readFileSync(shardPath(directory), 'utf8')).toBe(shardBefore);
      expect(walLines(directory)).toHaveLength(1);

      expect(await reopenAndRead(directory)).toEqual({ value: 1, months: ['2024-01'], notices: [] });
      // Reopened and closed: the shard now holds the commit and the log is empty.
      expect(
        shardOnDisk(directory).find(
          (observation) =>
            observation.indicatorId === 'ind-01' && observation.period === '2024-01' && observation.basis === 'month',
        )!.value,
      ).toBe(1);
      expect(readFileSync(walPath(directory), 'utf8')).toBe('');
    },
  );

  it('replays its records in order', { timeout: 60_000 }, async () => {
    const directory = await tempDirectory();
    await seed(directory);
    await logAndDie(directory, 5);
    expect(walLines(directory)).toHaveLength(5);
    expect(await reopenAndRead(directory)).toEqual({
      value: 5,
      months: ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'],
      notices: [],
    });
  });

  it('ignores a torn last record, as a crash in the middle of an append leaves it', { timeout: 60_000 }, async () => {
    const directory = await tempDirectory();
    await seed(directory);
    await logAndDie(directory, 3);
    const lines = walLines(directory);
    truncateSync(walPath(directory), readFileSync(walPath(directory)).byteLength - Math.floor(lines[2]!.length / 2));

    expect(await reopenAndRead(directory)).toEqual({ value: 2, months: ['2024-01', '2024-02'], notices: [] });
  });

  it(
    'keeps the whole records before a damaged one, and copies the damaged log aside with a notice',
    { timeout: 60_000 },
    async () => {
      const directory = await tempDirectory();
      await seed(directory);
      await logAndDie(directory, 3);
      const [first, second, third] = walLines(directory);
      writeFileSync(walPath(directory), `${first}\n${second!.replace('"value":2', '"value":7')}\n${third}\n`);

      const { value, months, notices } = await reopenAndRead(directory);
      expect({ value, months }).toEqual({ value: 1, months: ['2024-01'] });
      expect(notices).toEqual([expect.objectContaining({ kind: 'damaged-file', file: walPath(directory) })]);
      expect(readFileSync(notices[0]!.movedTo, 'utf8')).toContain('"value":7');
    },
  );

  it('is emptied once compaction has written its commits into their shards, after a moment of quiet', async () => {
    const directory = await tempDirectory();
    await seed(directory);
    const store = await openDatasetStore({ directory });
    await store.commit({ upsert: [{ ...edited, value: 41 }] });
    await store.commit({ upsert: [{ ...edited, value: 42 }] });
    expect(walLines(directory)).toHaveLength(2);
    expect(shardOnDisk(directory).some((observation) => observation.value === 42)).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(readFileSync(walPath(directory), 'utf8')).toBe('');
    expect(shardOnDisk(directory).filter((observation) => observation.value === 42)).toHaveLength(1);
    await store.close();
  });

  it('is compacted by close', async () => {
    const directory = await tempDirectory();
    await seed(directory);
    const store = await openDatasetStore({ directory });
    await store.commit({ upsert: [{ ...edited, value: 42 }], meta: { note: 'logged' } });
    await store.close();
    expect(readFileSync(walPath(directory), 'utf8')).toBe('');
    expect(shardOnDisk(directory).filter((observation) => observation.value === 42)).toHaveLength(1);
    expect(existsSync(join(directory, 'meta/note.json'))).toBe(true);
  });

  it('is compacted before a backup, so the backup holds the logged commits', async () => {
    const directory = await tempDirectory();
    await seed(directory);
    const store = await openDatasetStore({ directory, clock: steppingClock() });
    await store.commit({ upsert: [{ ...edited, value: 42 }] });
    const backup = await store.backup({ kind: 'other', words: 'after a logged commit' });
    expect(readFileSync(walPath(directory), 'utf8')).toBe('');
    const copy = readFileSync(join(directory, 'backups', backup.id, 'data', shardFile(zoneId(0), 2024)), 'utf8');
    expect(copy).toBe(readFileSync(shardPath(directory), 'utf8'));
    expect(copy).toContain('"value":42');
    await store.close();
  });

  it('is compacted before a large commit, so replaying it can never undo the large one', async () => {
    const directory = await tempDirectory();
    await seed(directory);
    const store = await openDatasetStore({ directory });
    await store.commit({ upsert: [{ ...edited, value: 42 }] });
    // Too large for the log: written straight into its shard, after the logged commit.
    await store.commit({ upsert: makeObservations({ zones: 1, indicators: 60, years: 1, firstYear: 2024, value: 7 }) });
    expect(readFileSync(walPath(directory), 'utf8')).toBe('');
    expect(
      shardOnDisk(directory).find(
        (observation) =>
          observation.indicatorId === 'ind-01' && observation.period === '2024-01' && observation.basis === 'month',
      )!.value,
    ).toBe(7);
    await store.close();
  });
});
