import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { EngineFile, StoreEngine } from '../../../electron/store';

export * from './dataset-fixture';

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
  return {
    name: `counting ${inner.name}`,
    writes,
    openFile(directory, fileName): EngineFile {
      const file = inner.openFile(directory, fileName);
      return {
        path: file.path,
        read: () => file.read(),
        write(value) {
          file.write(value);
          writes.push(file.path);
        },
      };
    },
  };
}

/** A real engine that fails on its n-th write (1-based), as a full disk or a pulled cable would. */
export function failingEngine(inner: StoreEngine, failOnWrite: number): StoreEngine {
  let count = 0;
  return {
    name: `failing ${inner.name}`,
    openFile(directory, fileName): EngineFile {
      const file = inner.openFile(directory, fileName);
      return {
        path: file.path,
        read: () => file.read(),
        write(value) {
          if (++count === failOnWrite) throw new Error(`injected failure writing ${file.path}`);
          file.write(value);
        },
      };
    },
  };
}
