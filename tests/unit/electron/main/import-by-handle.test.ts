import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import {
  SHELL_CHANNELS,
  type ImportPreview,
  type ImportReport,
  type OpenedFile,
  type Result,
} from '../../../../shared/api';
import { createHandlers } from '../../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../../electron/store';
import { FileRegistry } from '../../../../electron/files/file-registry';
import { INDICATOR_ROWS, OBSERVATION_ROWS, ZONE_ROWS } from '../../../fixtures/import/seed-rows';
import { APP_FILE, appFrame, StubIpcMain } from './stub-ipc-main';

// Main's IPC binding is handed Electron's ipcMain; here that is a stub through which the test calls as the page does.
vi.mock('electron', () => ({ ipcMain: new StubIpcMain() }));
const { ipcMain } = (await import('electron')) as unknown as { ipcMain: StubIpcMain };
const { bindApi } = await import('../../../../electron/main/ipc');
const { bindShell } = await import('../../../../electron/main/shell-ipc');
const { appPage, isTrustedSender } = await import('../../../../electron/main/app-page');

const ZONES = ['bt', 'btc'];
const INDICATORS = ['iav', 're', 'mag'];
const BASES = ['month', 'ytd'];
const YEARS = 48;
/** 2 zones × 3 indicators × 2 bases × 48 years × 12 months. */
const ROWS = ZONES.length * INDICATORS.length * BASES.length * YEARS * 12;
/** Each note distinct (shared strings do not fold them) and near the 2,000-character limit: about 2 KB a row. */
const note = (row: number) => `row ${row} `.padEnd(1990, 'x');

/** A real .xlsx written by SheetJS, stored (not deflated) as SheetJS writes by default: 6,912 rows of 2 KB notes. */
function bigWorkbook(): Buffer {
  const rows: unknown[][] = [OBSERVATION_ROWS[0]!];
  for (const zone of ZONES)
    for (const indicator of INDICATORS)
      for (const basis of BASES)
        for (let month = 0; month < YEARS * 12; month++) {
          const period = `${1970 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
          rows.push([zone, indicator, period, basis, 1000 + rows.length, 5, 'Baotou bureau', note(rows.length)]);
        }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ZONE_ROWS), 'Zones');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(INDICATOR_ROWS), 'Indicators');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Observations');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

interface Crossing {
  channel: string;
  request: string;
  reply: string;
  binary: boolean;
}

/** Whether a value holds bytes anywhere (a typed array, an ArrayBuffer, a Buffer). */
function holdsBytes(value: unknown): boolean {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some(holdsBytes);
}

describe('an import of a 13 MB workbook crosses IPC as a handle (issue 17)', { timeout: 300_000 }, () => {
  let folder: string;
  let store: OpenedDatasetStore;
  let file: string;
  let fileBytes: Buffer;
  const crossings: Crossing[] = [];

  /** The page's side of the boundary: every request and reply recorded as the JSON it is. */
  async function call<T>(channel: string, arg: unknown): Promise<T> {
    const reply = await ipcMain.invoke(channel, appFrame, arg);
    crossings.push({
      channel,
      request: JSON.stringify(arg),
      reply: JSON.stringify(reply),
      binary: holdsBytes(arg) || holdsBytes(reply),
    });
    return reply as T;
  }

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'zone-stats-handle-'));
    file = path.join(folder, 'bureau-history.xlsx');
    fileBytes = bigWorkbook();
    await writeFile(file, fileBytes);
    store = await openDatasetStore({ directory: path.join(folder, 'data') });
    const preferences = openPreferencesStore({ directory: path.join(folder, 'data') });
    const files = new FileRegistry();
    const page = appPage(undefined, APP_FILE);
    const isTrusted = (frame: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(frame, page);
    bindApi(
      ipcMain,
      createHandlers({ store, preferences, clock: { now: () => new Date('2025-06-25T08:00:00Z') }, files }),
      { isTrusted, log: () => undefined },
    );
    bindShell(ipcMain, {
      showOpenDialog: async () => ({ canceled: false, filePaths: [file] }),
      showSaveDialog: async () => ({ canceled: true }),
      showItemInFolder: () => undefined,
      appVersion: () => '0.0.0',
      maxOpenBytes: () => preferences.get().importSizeLimitMb * 1024 * 1024,
      documentsDirectory: folder,
      dataDirectory: path.join(folder, 'data'),
      isTrusted,
      files,
      log: () => undefined,
    });
  });
  afterAll(async () => {
    await store?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('opens, previews and commits it with only the handle and small JSON crossing, never its bytes', async () => {
    const size = (await stat(file)).size;
    expect(size).toBeGreaterThan(13 * 1024 * 1024);

    const opened = await call<Result<OpenedFile | null>>(SHELL_CHANNELS.openFile, { title: 'Import' });
    if (!opened.ok || !opened.value) throw new Error('the open dialog gave no file');
    expect(opened.value).toEqual({
      handle: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'bureau-history.xlsx',
      sizeBytes: size,
      kind: 'xlsx',
    });

    const importFile = { handle: opened.value.handle, name: opened.value.name };
    const preview = await call<Result<ImportPreview>>('api:previewImport', { file: importFile });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({
      layout: 'canonical',
      rows: ROWS,
      valid: ROWS,
      errors: 0,
      diff: { added: ROWS },
    });

    const report = await call<Result<ImportReport>>('api:commitImport', { token: preview.value.token });
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value).toMatchObject({ committed: true, added: ROWS, errors: 0 });

    expect(crossings.map((crossing) => crossing.channel)).toEqual([
      SHELL_CHANNELS.openFile,
      'api:previewImport',
      'api:commitImport',
    ]);
    expect(crossings.some((crossing) => crossing.binary)).toBe(false);
    // The requests: a dialog title, the handle and the file's name, a token.
    for (const crossing of crossings) expect(crossing.request.length).toBeLessThan(200);
    // Everything that crossed, replies included (the preview's sample rows carry a few notes): well under a tenth of the file.
    const crossed = crossings.reduce((total, crossing) => total + crossing.request.length + crossing.reply.length, 0);
    expect(crossed).toBeLessThan(size / 10);
    // Nor any stretch of the file in any encoding: its first 48 bytes as base64, and a note from its last row.
    const base64Head = fileBytes.subarray(0, 48).toString('base64');
    for (const crossing of crossings) {
      expect(crossing.request + crossing.reply).not.toContain(base64Head);
      expect(crossing.request + crossing.reply).not.toContain(`row ${ROWS} `);
    }
  });
});
