import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatasetStore } from '../../../electron/store';
import type * as DurableFs from '../../../electron/store/durable-fs';
import type * as SyncTogether from '../../../electron/store/sync-together';
import { makeCatalog, makeObservations, useTempDirectories } from './fixtures';

/** Which of the journal's syncs fails next: a staged file's (once written) or, after the renames, the folders'. */
const failing = vi.hoisted(() => ({ files: false, folders: false }));
/** Each staged file once written and synced, and each batched folder sync, with what the journal held then. */
const calls = vi.hoisted(() => [] as { kind: 'file' | 'folders'; paths: string[]; journal: string[] }[]);
const injected = vi.hoisted(
  () => () => Promise.reject(Object.assign(new Error('injected I/O error'), { code: 'EIO' })),
);

vi.mock('../../../electron/store/durable-fs', async (importOriginal) => {
  const real = await importOriginal<typeof DurableFs>();
  const { readdirSync: list } = await import('node:fs');
  const { dirname: parent } = await import('node:path');
  return {
    ...real,
    writeNewFileDurably: async (path: string, content: string | Uint8Array) => {
      await real.writeNewFileDurably(path, content);
      calls.push({ kind: 'file', paths: [path], journal: list(parent(path)) });
      if (failing.files) await injected();
    },
  };
});
vi.mock('../../../electron/store/sync-together', async (importOriginal) => {
  const real = await importOriginal<typeof SyncTogether>();
  return {
    ...real,
    syncFoldersTogether: (folders: Iterable<string>) => {
      calls.push({ kind: 'folders', paths: [...folders], journal: [] });
      return failing.folders ? injected() : real.syncFoldersTogether(folders);
    },
  };
});

const tempDirectory = useTempDirectories();

/** Two zones × 60 indicators: too large for the write-ahead log, so it goes through the journal. */
const commitOf = (value: number) => ({ upsert: makeObservations({ zones: 2, indicators: 60, years: 1, value }) });

const valuesIn = async (store: Awaited<ReturnType<typeof openDatasetStore>>) =>
  new Set((await store.readObservations({})).map((observation) => observation.value));

function journalEntries(directory: string): string[] {
  const journal = join(directory, 'journal');
  return existsSync(journal) ? readdirSync(journal) : [];
}

async function seeded(): Promise<string> {
  const directory = await tempDirectory();
  const store = await openDatasetStore({ directory });
  await store.commit({ catalog: makeCatalog(2, 60), ...commitOf(1) });
  await store.close();
  return directory;
}

describe('the write order of a journaled commit', () => {
  it('writes and syncs every staged file before the marker, and syncs the folders after the renames', async () => {
    const directory = await seeded();
    const store = await openDatasetStore({ directory });
    calls.length = 0;
    await store.commit(commitOf(2));
    expect(calls.map((call) => call.kind)).toEqual(['file', 'file', 'folders']);
    const [first, second, folders] = calls;
    // Both staged files durable (in either order: they are written at once) before the marker exists.
    expect([first!, second!].map(({ paths }) => paths[0]!.split(/[/\\]/).pop()).sort()).toEqual(['0.json', '1.json']);
    expect(second!.journal.sort()).toEqual(['0.json', '1.json']);
    // Each zone's folder synced once after its shard was renamed in.
    expect(folders!.paths.sort()).toEqual([
      join(directory, 'observations', 'zone-zone-01'),
      join(directory, 'observations', 'zone-zone-02'),
    ]);
    expect(journalEntries(directory)).toEqual([]);
    await store.close();
  });
});

describe('a failed fsync of a journaled commit', () => {
  it('of its staged files: nothing was written, the journal is empty, and the store goes on', async () => {
    const directory = await seeded();
    const store = await openDatasetStore({ directory });
    failing.files = true;
    try {
      await expect(store.commit(commitOf(2))).rejects.toThrow(/^Nothing was written: .*injected I\/O error/);
    } finally {
      failing.files = false;
    }
    expect(await valuesIn(store)).toEqual(new Set([1]));
    expect(journalEntries(directory)).toEqual([]);

    await store.commit(commitOf(3));
    await store.close();
    const reopened = await openDatasetStore({ directory });
    expect(await valuesIn(reopened)).toEqual(new Set([3]));
    await reopened.close();
  });

  it('of the folders after the renames: kept in the journal, later writes refused, finished on the next open', async () => {
    const directory = await seeded();
    const store = await openDatasetStore({ directory });
    failing.folders = true;
    try {
      const kept = /^The change was not put in place: .*injected I\/O error.*It is kept in .*journal/;
      await expect(store.commit(commitOf(2))).rejects.toThrow(kept);
      expect(journalEntries(directory)).toHaveLength(1);
      await expect(store.commit(commitOf(3))).rejects.toThrow(kept);
      await store.close().catch(() => undefined);
    } finally {
      failing.folders = false;
    }
    const reopened = await openDatasetStore({ directory });
    expect(await valuesIn(reopened)).toEqual(new Set([2]));
    expect(journalEntries(directory)).toEqual([]);
    await reopened.close();
  });
});
