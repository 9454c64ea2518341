import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppApi, ExportedFile, Result } from '../../../shared/api';
import { createHandlers, type Clock } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';

export const EXPORT_CLOCK: Clock = { now: () => new Date('2025-06-25T08:00:00.000Z') };

export interface ExportApp {
  directory: string;
  store: OpenedDatasetStore;
  handlers: AppApi;
  dispose(): Promise<void>;
}

/** The real use cases over a real store in a temporary folder, with the application named as the desktop app names it. */
export async function openExportApp(): Promise<ExportApp> {
  const directory = await mkdtemp(join(tmpdir(), 'zone-stats-export-'));
  const store = await openDatasetStore({ directory });
  const handlers = createHandlers({
    store,
    preferences: openPreferencesStore({ directory }),
    clock: EXPORT_CLOCK,
    application: { name: 'Zone Stats', version: '9.8.7' },
  });
  return {
    directory,
    store,
    handlers,
    async dispose() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function bytesOf(file: ExportedFile): Uint8Array {
  return new Uint8Array(Buffer.from(file.base64, 'base64'));
}
