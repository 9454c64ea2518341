import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, Observation } from '../../../shared/model';
import { periodFromIndex, periodIndex } from '../../../shared/model';
import { bytesOf, openExportApp, unwrap, type ExportApp } from './temp-export-app';

/** 3 zones × 4 indicators × 60 months × 2 bases = 1,440 observations: enough rows for several checkpoints. */
function dataset(): { catalog: Catalog; observations: Observation[] } {
  const catalog: Catalog = {
    zones: ['a', 'b', 'c'].map((id) => ({ id, name: `Zone ${id}`, nameZh: `园区${id}`, region: 'R', benchmarkZoneId: id === 'c' ? null : 'c' })),
    indicators: ['p', 'q', 'r', 's'].map((id) => ({ id, name: `Indicator ${id}`, nameZh: `指标${id}`, unit: '10k CNY', kind: 'flow', parentId: null, required: false, plausibleYoyMin: null, plausibleYoyMax: null })),
  };
  const observations: Observation[] = [];
  const first = periodIndex('2020-01');
  for (const zone of catalog.zones)
    for (const indicator of catalog.indicators)
      for (let t = 0; t < 60; t++)
        for (const basis of ['month', 'ytd'] as const)
          observations.push({ zoneId: zone.id, indicatorId: indicator.id, period: periodFromIndex(first + t), basis, value: 100 + t, yoyPct: null, source: '', note: '', updatedAt: '2025-01-01T00:00:00.000Z', history: [] });
  return { catalog, observations };
}

describe('an export job: progress, cancel, handles', () => {
  let app: ExportApp;
  beforeEach(async () => {
    app = await openExportApp();
    const { catalog, observations } = dataset();
    await app.store.commit({ catalog, upsert: observations });
  });
  afterEach(async () => app.dispose());

  it('reports rows written out of the total and ends done', async () => {
    const jobId = 'job-done';
    const seen: number[] = [];
    const polling = setInterval(() => {
      void app.handlers.getExportProgress({ jobId }).then((result) => {
        if (result.ok && result.value.stage === 'writing') seen.push(result.value.done / result.value.total);
      });
    }, 0);
    const file = unwrap(await app.handlers.exportWorkbook({ target: app.target('done.xlsx'), jobId }));
    clearInterval(polling);
    // Rows of all seven sheets: Observations alone has 1,440, Metrics 1,440 (every zone × indicator × period × basis).
    const progress = unwrap(await app.handlers.getExportProgress({ jobId }));
    expect(progress).toMatchObject({ stage: 'done', cancellable: false });
    expect(progress.total).toBeGreaterThan(2880);
    expect(progress.done).toBe(progress.total);
    expect(seen.every((ratio) => ratio >= 0 && ratio <= 1)).toBe(true);
    expect(bytesOf(file).length).toBe(file.sizeBytes);
  });

  it('stops on cancel and leaves neither the target nor a temporary file', async () => {
    const jobId = 'job-cancelled';
    const target = app.target('cancelled.xlsx');
    const running = app.handlers.exportWorkbook({ target, jobId });
    // Cancel as soon as the job is writing rows.
    for (;;) {
      const progress = await app.handlers.getExportProgress({ jobId });
      if (progress.ok && progress.value.stage === 'writing') break;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(unwrap(await app.handlers.cancelExport({ jobId }))).toEqual({ cancelled: true });
    const result = await running;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/cancelled; no file was written/);
    expect(unwrap(await app.handlers.getExportProgress({ jobId })).stage).toBe('cancelled');
    expect(readdirSync(app.directory).filter((name) => name.startsWith('cancelled'))).toEqual([]);
  });

  it('leaves an existing file untouched when the export over it is cancelled', async () => {
    const path = join(app.directory, 'kept.csv');
    writeFileSync(path, 'the earlier file');
    const jobId = 'job-kept';
    const running = app.handlers.exportMetricsCsv({ target: app.files.registerWrite(path).id, jobId });
    await app.handlers.cancelExport({ jobId });
    const result = await running;
    expect(result.ok).toBe(false);
    expect(readdirSync(app.directory).filter((name) => name.startsWith('kept'))).toEqual(['kept.csv']);
    expect(readFileSync(path, 'utf8')).toBe('the earlier file');
  });

  it('writes only to a registered save target', async () => {
    const unknown = await app.handlers.exportWorkbook({ target: 'not-a-handle' });
    expect(unknown.ok).toBe(false);
    const opened = await app.files.registerRead(join(app.directory, 'catalog.json')).catch(() => null);
    if (opened) expect((await app.handlers.exportWorkbook({ target: opened.id })).ok).toBe(false);
    expect(existsSync(join(app.directory, 'not-a-handle'))).toBe(false);
    // A path is not a handle: the schema refuses it before any file is touched.
    expect((await app.handlers.exportWorkbook({ target: '/etc/passwd' })).ok).toBe(false);
  });
});
