import { utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatasetStore, StoreLockedError } from '../../../electron/store';
import { runChild } from './child/run-child';
import { useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

const lockFile = (directory: string) => join(directory, 'store.lock');
/** Far above any pid a Linux or macOS system hands out. */
const DEAD_PID = 2 ** 30;

describe('the dataset lock', () => {
  it('refuses a second store on the same folder until the first is closed', async () => {
    const directory = await tempDirectory();
    const first = await openDatasetStore({ directory });
    await expect(openDatasetStore({ directory })).rejects.toThrow(StoreLockedError);
    await first.close();
    const second = await openDatasetStore({ directory });
    await second.close();
  });

  it(
    'refuses while another live process holds it, and takes it over once that process is killed',
    { timeout: 60_000 },
    async () => {
      const directory = await tempDirectory();
      const child = runChild(directory, 'hold');
      try {
        await child.waitFor(/^ready$/);
        await expect(openDatasetStore({ directory })).rejects.toThrow(
          new RegExp(
            `in use by another Zone Stats process \\(pid ${child.process.pid} on .*delete ${directory}/store\\.lock`,
          ),
        );
      } finally {
        child.process.kill('SIGKILL');
        await child.exited;
      }
      const store = await openDatasetStore({ directory });
      await store.close();
    },
  );

  it('takes over a lock whose process is gone', async () => {
    const directory = await tempDirectory();
    writeFileSync(
      lockFile(directory),
      JSON.stringify({ pid: DEAD_PID, hostname: hostname(), since: '2026-01-01T00:00:00.000Z' }),
    );
    const store = await openDatasetStore({ directory });
    await store.close();
  });

  it('takes over an unreadable lock file unless it was written a moment ago', async () => {
    const directory = await tempDirectory();
    writeFileSync(lockFile(directory), '');
    await expect(openDatasetStore({ directory })).rejects.toThrow(StoreLockedError);
    utimesSync(lockFile(directory), new Date('2026-01-01'), new Date('2026-01-01'));
    const store = await openDatasetStore({ directory });
    await store.close();
  });

  it('respects a lock held from another machine, which it cannot check', async () => {
    const directory = await tempDirectory();
    writeFileSync(
      lockFile(directory),
      JSON.stringify({ pid: DEAD_PID, hostname: `not-${hostname()}`, since: '2026-01-01T00:00:00.000Z' }),
    );
    await expect(openDatasetStore({ directory })).rejects.toThrow(/in use by another Zone Stats process/);
  });
});
