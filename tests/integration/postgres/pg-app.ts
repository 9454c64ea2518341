import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppApi } from '../../../shared/api';
import { createHandlers, type Clock, type FilePort } from '../../../shared/app';
import { openPreferencesStore } from '../../../electron/store';
import { openPgDatasetStore, type OpenedPgDatasetStore } from '../../../electron/store-pg';
import { FIXED_CLOCK } from '../app/temp-app';

export interface PgApp {
  store: OpenedPgDatasetStore;
  handlers: AppApi;
  dispose(): Promise<void>;
}

/**
 * The real use cases over the PostgreSQL store as `url`'s user, preferences in a temporary folder, as the app opens them;
 * with `files`, imports read the files registered there.
 */
export async function openPgApp(url: string, clock: Clock = FIXED_CLOCK, files?: FilePort): Promise<PgApp> {
  const directory = await mkdtemp(join(tmpdir(), 'zone-stats-pg-app-'));
  const store = await openPgDatasetStore({ url, clock });
  const handlers = createHandlers({
    store,
    preferences: openPreferencesStore({ directory }),
    clock,
    ...(files && { files }),
  });
  await store.listening();
  return {
    store,
    handlers,
    async dispose() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
