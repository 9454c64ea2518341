import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import * as XLSX from 'xlsx';
import type { AppApi, ImportFile } from '../../../shared/api';
import { createHandlers, type Clock } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';
import { FileRegistry } from '../../../electron/files/file-registry';

/**
 * The files tests import, registered as main registers a dialog's or a drop's file: each test file's
 * workbooks are written to one temporary folder and handed to the handlers by handle.
 */
export const testFiles = new FileRegistry();
const FILES_FOLDER = mkdtempSync(join(tmpdir(), 'zone-stats-import-files-'));
process.on('exit', () => rmSync(FILES_FOLDER, { recursive: true, force: true }));
let written = 0;

export const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
export const CLOCK: Clock = { now: () => new Date('2025-06-25T08:00:00.000Z') };

export interface ImportApp {
  directory: string;
  store: OpenedDatasetStore;
  api: AppApi;
  /** A hash of every file of the store's folder: equal before and after means not a byte changed. */
  hash(): Promise<string>;
  dispose(): Promise<void>;
}

/** The real use cases over a real store in a temporary folder. */
export async function openImportApp(clock: Clock = CLOCK): Promise<ImportApp> {
  const directory = await mkdtemp(join(tmpdir(), 'zone-stats-import-'));
  const store = await openDatasetStore({ directory, clock });
  const api = createHandlers({ store, preferences: openPreferencesStore({ directory }), clock, files: testFiles });
  return {
    directory,
    store,
    api,
    async hash() {
      await store.flush();
      return hashFolder(directory);
    },
    async dispose() {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

export async function hashFolder(directory: string): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.push(path);
    }
  };
  await walk(directory);
  for (const file of files.sort())
    hash
      .update(relative(directory, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

/** Registers a file already on disk for reading, as the open dialog does. */
export async function registeredFile(path: string): Promise<ImportFile> {
  const registered = await testFiles.registerRead(path);
  if (!registered.ok) throw new Error(registered.message);
  return { handle: registered.handle.id, name: registered.handle.name };
}

/** Bytes written to a temporary file of that name, registered for reading. */
export async function fileOf(name: string, bytes: Uint8Array | ArrayBuffer | string): Promise<ImportFile> {
  const buffer =
    typeof bytes === 'string'
      ? Buffer.from(bytes, 'utf8')
      : Buffer.from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  const folder = join(FILES_FOLDER, String(++written));
  await mkdir(folder);
  const path = join(folder, name);
  await writeFile(path, buffer);
  return registeredFile(path);
}

export async function fixture(name: string): Promise<ImportFile> {
  return registeredFile(join(FIXTURES, name));
}

/** A workbook written by SheetJS, as a file to import; sheets as pairs when a name is `__proto__`. */
export async function workbookFile(
  name: string,
  sheets: Record<string, unknown[][]> | [string, unknown[][]][],
  bookType: XLSX.BookType = 'xlsx',
): Promise<ImportFile> {
  const workbook = XLSX.utils.book_new();
  for (const [sheetName, rows] of Array.isArray(sheets) ? sheets : Object.entries(sheets))
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), sheetName);
  return fileOf(name, XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer);
}

/** The store's observations as `key → [value, yoyPct]`. */
export async function figures(app: ImportApp): Promise<Record<string, [number | null, number | null]>> {
  const result = await app.api.getObservations({});
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(
    result.value.map((o) => [`${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}`, [o.value, o.yoyPct]]),
  );
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected success: ${result.error.message}`);
  return result.value;
}

/** Registers hooks: each test gets a fresh app holding the seed (canonical.xlsx), disposed after it. */
export function seededImportAppPerTest(): () => ImportApp {
  let app: ImportApp | undefined;
  beforeEach(async () => {
    app = await openImportApp();
    unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
  });
  afterEach(async () => {
    await app?.dispose();
    app = undefined;
  });
  return () => {
    if (!app) throw new Error('the seeded app exists only while a test runs');
    return app;
  };
}
