import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppApi } from '../../../shared/api';
import { createHandlers, type Clock } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';
import { testFiles } from '../import/import-app';

export interface TempApp {
  directory: string;
  store: OpenedDatasetStore;
  handlers: AppApi;
  /** Closes the store and opens it again from disk, as a restart would. */
  reopen(): Promise<void>;
  dispose(): Promise<void>;
}

export const FIXED_CLOCK: Clock = { now: () => new Date('2025-06-25T08:00:00.000Z') };

/** The real use cases over a real store in a temporary folder. */
export async function openTempApp(clock: Clock = FIXED_CLOCK): Promise<TempApp> {
  const directory = await mkdtemp(join(tmpdir(), 'zone-stats-app-'));
  const app: TempApp = {
    directory,
    store: await openDatasetStore({ directory }),
    handlers: undefined as unknown as AppApi,
    async reopen() {
      await app.store.close();
      app.store = await openDatasetStore({ directory });
      app.handlers = createHandlers({
        store: app.store,
        preferences: openPreferencesStore({ directory }),
        clock,
        files: testFiles,
      });
    },
    async dispose() {
      await app.store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
  app.handlers = createHandlers({
    store: app.store,
    preferences: openPreferencesStore({ directory }),
    clock,
    files: testFiles,
  });
  return app;
}
