import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppApi, ExportedFile, ExportSelection, ImportFile, Result } from '../../../shared/api';
import { FileRegistry } from '../../../electron/files/file-registry';
import { nodeRawDeflate } from '../../../electron/files/raw-deflate';
import { createHandlers, type Clock } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';

export const EXPORT_CLOCK: Clock = { now: () => new Date('2025-06-25T08:00:00.000Z') };

export interface ExportApp {
  directory: string;
  store: OpenedDatasetStore;
  handlers: AppApi;
  files: FileRegistry;
  /** A save target in the temporary folder, registered as the save dialog registers one. */
  target(name: string): string;
  /** A written export registered for reading, as the open dialog registers a file to import. */
  importable(file: ExportedFile): Promise<ImportFile>;
  /** The export written to a registered target in the temporary folder. */
  exportWorkbook(selection?: ExportSelection, name?: string): Promise<Result<ExportedFile>>;
  exportMetricsCsv(selection?: ExportSelection, name?: string): Promise<Result<ExportedFile>>;
  dispose(): Promise<void>;
}

/** The real use cases over a real store in a temporary folder, with the application named as the desktop app names it. */
export async function openExportApp(): Promise<ExportApp> {
  const directory = await mkdtemp(join(tmpdir(), 'zone-stats-export-'));
  const store = await openDatasetStore({ directory });
  const files = new FileRegistry();
  const handlers = createHandlers({
    files,
    deflate: nodeRawDeflate,
    store,
    preferences: openPreferencesStore({ directory }),
    clock: EXPORT_CLOCK,
    application: { name: 'Zone Stats', version: '9.8.7' },
  });
  const target = (name: string) => files.registerWrite(join(directory, name)).id;
  return {
    directory,
    store,
    handlers,
    files,
    target,
    async importable(file) {
      const registered = await files.registerRead(file.path);
      if (!registered.ok) throw new Error(registered.message);
      return { handle: registered.handle.id, name: registered.handle.name };
    },
    exportWorkbook: (selection = {}, name = 'export.xlsx') =>
      handlers.exportWorkbook({ ...selection, target: target(name) }),
    exportMetricsCsv: (selection = {}, name = 'metrics.csv') =>
      handlers.exportMetricsCsv({ ...selection, target: target(name) }),
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

/** What the export wrote, read back from its file. */
export function bytesOf(file: ExportedFile): Uint8Array {
  return new Uint8Array(readFileSync(file.path));
}
