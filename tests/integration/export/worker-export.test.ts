import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/api';
import { createHandlers } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';
import { createWorkerCodec, type WorkerCodec } from '../../../electron/main/worker-codec';
import { enterSeed } from '../metrics/seed-data';
import { workbookContents } from '../../unit/electron/workbook-contents';
import { bytesOf, EXPORT_CLOCK, unwrap } from './temp-export-app';

const WORKER_URL = new URL('../../../electron/main/workbook-worker.ts', import.meta.url);
const APPLICATION = { name: 'Zone Stats', version: '9.8.7' };

describe('exporting through the workbook worker, as the app does', { timeout: 60_000 }, () => {
  let directory: string;
  let store: OpenedDatasetStore;
  let codec: WorkerCodec;
  let inWorker: AppApi;
  let inProcess: AppApi;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'zone-stats-worker-export-'));
    store = await openDatasetStore({ directory });
    codec = createWorkerCodec({ workerUrl: WORKER_URL, execArgv: ['--import', 'tsx'] });
    const preferences = openPreferencesStore({ directory });
    inWorker = createHandlers({ store, preferences, clock: EXPORT_CLOCK, application: APPLICATION, workbookCodec: codec });
    inProcess = createHandlers({ store, preferences, clock: EXPORT_CLOCK, application: APPLICATION });
  });
  afterEach(async () => {
    await codec.close();
    await store.close();
    await rm(directory, { recursive: true, force: true });
  });

  it('exports the seed dataset in the workbook.md sheet order, the same workbook as the in-process writer', async () => {
    await enterSeed(inWorker);
    const exported = unwrap(await inWorker.exportWorkbook({}));
    const bytes = bytesOf(exported);
    expect(exported.sizeBytes).toBe(bytes.length);
    expect(exported.metricRows).toBeGreaterThan(0);
    const contents = workbookContents(bytes);
    expect(contents.sheetNames).toEqual(['Highlights', 'Comparison', 'Metrics', 'Zones', 'Indicators', 'Observations', 'About']);
    expect(contents).toEqual(workbookContents(bytesOf(unwrap(await inProcess.exportWorkbook({})))));
  });
});
