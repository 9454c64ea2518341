import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { StoreEngine } from '../../../electron/store';
import { wrapWrites } from './wrap-writes';

export * from './dataset-fixture';
export { wrapWrites } from './wrap-writes';

/** A fresh temporary folder per call, removed after the test. */
export function useTempDirectories(): () => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
  });
  return async () => {
    const directory = await mkdtemp(join(tmpdir(), 'zone-stats-store-'));
    made.push(directory);
    return directory;
  };
}

/** A real engine that also counts the writes it makes, by file path. */
export function countingEngine(inner: StoreEngine): StoreEngine & { writes: string[] } {
  const writes: string[] = [];
  return { ...wrapWrites(inner, `counting ${inner.name}`, { afterWrite: (path) => writes.push(path) }), writes };
}

/** A real engine that fails on its n-th write (1-based), as a full disk or a pulled cable would. */
export function failingEngine(inner: StoreEngine, failOnWrite: number): StoreEngine {
  let count = 0;
  return wrapWrites(inner, `failing ${inner.name}`, {
    beforeWrite(path) {
      if (++count === failOnWrite) throw new Error(`injected failure writing ${path}`);
    },
  });
}
