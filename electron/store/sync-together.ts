import { open } from 'node:fs/promises';
import { isFolderSyncRefusal } from './durable-fs';

/**
 * A few fsyncs in flight at once: the file system then makes them durable in a few journal
 * commits instead of one commit per file (200 shards on ext4: ≈0.1 s instead of ≈0.5 s).
 */
const IN_FLIGHT = 8;

/**
 * `task` for each item, a few at once, in order of start. Settles once no task runs any more (none
 * starts after a failure), so the caller may then clean up.
 */
export async function fewAtOnce<T>(items: readonly T[], task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      try {
        await task(items[next++]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
}

export function syncFile(path: string): Promise<void> {
  return syncPath(path, 'r+');
}

async function syncPath(path: string, flags: 'r+' | 'r'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the content of every file in `paths` durable; resolves once all are, rejects if any fails. */
export function syncFilesTogether(paths: readonly string[]): Promise<void> {
  return fewAtOnce(paths, syncFile);
}

/** Makes the entries of every folder durable, as fsyncDirectory does one; resolves once all are. */
export function syncFoldersTogether(folders: Iterable<string>): Promise<void> {
  return fewAtOnce([...folders], async (folder) => {
    try {
      await syncPath(folder, 'r');
    } catch (error) {
      if (!isFolderSyncRefusal(error)) throw error;
    }
  });
}
