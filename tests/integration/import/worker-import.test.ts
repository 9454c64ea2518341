import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/api';
import type { ImportFile, ImportOptions } from '../../../shared/api/import';
import { createHandlers } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';
import { createWorkerCodec, type WorkerCodec } from '../../../electron/main/worker-codec';
import { OBSERVATION_ROWS, SEED_FIGURES } from '../../fixtures/import/seed-rows';
import {
  CLOCK,
  fileOf,
  fixture,
  FIXTURES,
  hashFolder,
  registeredFile,
  testFiles,
  unwrap,
  workbookFile,
} from './import-app';

const WORKER_URL = new URL('../../../electron/main/workbook-worker.ts', import.meta.url);

/** The users' real tables: the copies in tests/fixtures/real, and the originals beside the checkout when there. */
function realSpreadsheets(): [string, string][] {
  const byName = new Map<string, string>();
  for (const folder of [join(FIXTURES, '../real'), join(FIXTURES, '../../../../shared/real-spreadsheets')]) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder))
      if (/\.(xlsx|xls|xlsb|ods|csv)$/i.test(name)) byName.set(name, join(folder, name));
  }
  return [...byName];
}

describe('importing through the workbook worker, as the app does', { timeout: 60_000 }, () => {
  let directory: string;
  let store: OpenedDatasetStore;
  let codec: WorkerCodec;
  let api: AppApi;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'zone-stats-worker-import-'));
    store = await openDatasetStore({ directory, clock: CLOCK });
    codec = createWorkerCodec({ workerUrl: WORKER_URL, execArgv: ['--import', 'tsx'] });
    api = createHandlers({
      store,
      preferences: openPreferencesStore({ directory }),
      clock: CLOCK,
      workbookCodec: codec,
      files: testFiles,
    });
  });
  afterEach(async () => {
    await codec.close();
    await store.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('previews and commits the canonical workbook end to end, with the same figures as in-process', async () => {
    const preview = unwrap(await api.previewImport({ file: await fixture('canonical.xlsx'), jobId: 'worker-job' }));
    expect(preview).toMatchObject({
      layout: 'canonical',
      sheet: 'Observations',
      rows: 5,
      valid: 5,
      errors: 0,
      diff: { added: 5 },
    });
    expect(unwrap(await api.getImportProgress({ jobId: 'worker-job' }))).toMatchObject({ stage: 'done' });
    const report = unwrap(await api.commitImport({ token: preview.token }));
    expect(report).toMatchObject({ committed: true, added: 5, errors: 0 });
    const stored = unwrap(await api.getObservations({}));
    expect(
      Object.fromEntries(
        stored.map((o) => [`${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}`, [o.value, o.yoyPct]]),
      ),
    ).toEqual(SEED_FIGURES);
  });

  /** Previews `file` through the worker and in-process (one store), expecting the same answer, problems and rows. */
  async function sameThroughWorker(file: ImportFile, options: ImportOptions) {
    const inProcess = createHandlers({
      store,
      preferences: openPreferencesStore({ directory }),
      clock: CLOCK,
      files: testFiles,
    });
    // The seed's zones and indicators, which the bureau tables name.
    unwrap(await inProcess.commitImport({ file: await fixture('canonical.xlsx') }));
    const viaWorker = await api.previewImport({ file, options });
    const here = await inProcess.previewImport({ file, options });
    if (!here.ok) {
      expect(viaWorker).toStrictEqual(here);
      return here;
    }
    const { token: workerToken, ...workerPreview } = unwrap(viaWorker);
    const { token: hereToken, ...herePreview } = here.value;
    expect(workerPreview).toStrictEqual(herePreview);
    const pages = async (handlers: AppApi, token: string) => ({
      problems: unwrap(await handlers.getImportProblems({ token, offset: 0, limit: 5_000 })),
      added: unwrap(await handlers.getImportItems({ token, kind: 'added', offset: 0, limit: 5_000 })),
    });
    expect(await pages(api, workerToken)).toStrictEqual(await pages(inProcess, hereToken));
    return here;
  }

  it.each([
    'canonical-zh.xlsx',
    'bureau.xlsx',
    'bureau-two-row.xlsx',
    'canonical.ods',
    'observations-gb18030.csv',
    '../real/retyped-F-zones-as-rows.xlsx',
  ])('plans %s in the worker to the same preview, problems and rows as in-process', async (name) => {
    const here = await sameThroughWorker(await fixture(name), { createZones: true });
    expect(here.ok && here.value.valid).toBeGreaterThan(0);
  });

  it.each(realSpreadsheets())(
    'plans the real file %s in the worker as in-process, whatever it holds',
    async (_, path) => {
      await sameThroughWorker(await registeredFile(path), { createZones: true });
    },
  );

  it("refuses a damaged file through the worker with the reader's message", async () => {
    const bytes = (await readFile(join(FIXTURES, 'canonical.xlsx'))).subarray(0, 400);
    const result = await api.previewImport({ file: await fileOf('cut.xlsx', bytes) });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringMatching(/^cut\.xlsx: the file is damaged/) },
    });
  });

  it('answers progress polls while the worker reads a long file, and a cancel during the read writes nothing', async () => {
    unwrap(await api.commitImport({ file: await fixture('canonical.xlsx') }));
    await store.flush();
    const before = await hashFolder(directory);
    const rows: unknown[][] = [OBSERVATION_ROWS[0]!];
    for (let i = 0; i < 30_000; i++)
      rows.push([
        'bt',
        'iav',
        `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        'ytd',
        i,
        5,
        '',
        '',
      ]);
    const commit = api.commitImport({ file: await workbookFile('long.xlsx', { Observations: rows }), jobId: 'long' });
    let readingPolls = 0;
    while (readingPolls < 3) {
      const progress = unwrap(await api.getImportProgress({ jobId: 'long' }));
      expect(progress.stage).toBe('reading');
      readingPolls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(unwrap(await api.cancelImport({ jobId: 'long' }))).toEqual({ cancelled: true });
    expect(await commit).toMatchObject({
      ok: false,
      error: { code: 'refused', message: 'the import was cancelled; nothing was written' },
    });
    await store.flush();
    expect(await hashFolder(directory)).toBe(before);
  });
});
