import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog, Observation } from '../../../shared/model';
import { periodFromIndex, periodIndex } from '../../../shared/model';
import { readBack, rowsOf } from '../../unit/workbook/write/read-back';
import { bytesOf, openExportApp, unwrap, type ExportApp } from './temp-export-app';

/** 3 zones × 4 indicators × 60 months × 2 bases = 1,440 observations: enough rows for several checkpoints. */
function dataset(): { catalog: Catalog; observations: Observation[] } {
  const catalog: Catalog = {
    zones: ['a', 'b', 'c'].map((id) => ({
      id,
      name: `Zone ${id}`,
      nameZh: `园区${id}`,
      region: 'R',
      benchmarkZoneId: id === 'c' ? null : 'c',
    })),
    indicators: ['p', 'q', 'r', 's'].map((id) => ({
      id,
      name: `Indicator ${id}`,
      nameZh: `指标${id}`,
      unit: '10k CNY',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    })),
  };
  const observations: Observation[] = [];
  const first = periodIndex('2020-01');
  for (const zone of catalog.zones)
    for (const indicator of catalog.indicators)
      for (let t = 0; t < 60; t++)
        for (const basis of ['month', 'ytd'] as const)
          observations.push({
            zoneId: zone.id,
            indicatorId: indicator.id,
            period: periodFromIndex(first + t),
            basis,
            value: 100 + t,
            yoyPct: null,
            source: '',
            note: '',
            updatedAt: '2025-01-01T00:00:00.000Z',
            history: [],
          });
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
    // Cancel as soon as the job is writing rows: polled between the job's own steps (it yields with
    // setImmediate), so the poll lands early in the writing, not after its last checkpoint.
    for (;;) {
      const progress = await app.handlers.getExportProgress({ jobId });
      if (progress.ok && progress.value.stage === 'writing') break;
      await new Promise((resolve) => setImmediate(resolve));
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
    writeFileSync(join(app.directory, 'opened.xlsx'), 'opened for import');
    const opened = await app.files.registerRead(join(app.directory, 'opened.xlsx'));
    if (!opened.ok) throw new Error(opened.message);
    expect((await app.handlers.exportWorkbook({ target: opened.handle.id })).ok).toBe(false);
    expect(readFileSync(join(app.directory, 'opened.xlsx'), 'utf8')).toBe('opened for import');
    expect(existsSync(join(app.directory, 'not-a-handle'))).toBe(false);
    // A path is not a handle: the schema refuses it before any file is touched.
    expect((await app.handlers.exportWorkbook({ target: '/etc/passwd' })).ok).toBe(false);
  });
});

describe('the Observations sheet of a one-period export', () => {
  let app: ExportApp;
  beforeEach(async () => {
    app = await openExportApp();
    const { catalog, observations } = dataset();
    await app.store.commit({ catalog, upsert: observations });
  });
  afterEach(async () => app.dispose());

  it('holds only what the period’s metrics use unless every observation is asked for, and About says which', async () => {
    // Values 100 + t grow (100 + t) / (88 + t) − 1: 8.2 % in December 2024 (t = 59), under the 10 % threshold,
    // so no streak: the period and the 24 months before it, 2022-12 to 2024-12, for 3 × 4 × 2 = 24 series.
    const used = unwrap(await app.exportWorkbook({ period: '2024-12' }, 'used.xlsx'));
    expect(used.observationRows).toBe(25 * 24);
    const sheetRows = rowsOf(readBack(bytesOf(used)), 'Observations').slice(1);
    expect(sheetRows).toHaveLength(600);
    expect(new Set(sheetRows.map((row) => row[2])).size).toBe(25);
    expect(sheetRows.every((row) => String(row[2]) >= '2022-12' && String(row[2]) <= '2024-12')).toBe(true);
    const usedAbout = new Map(rowsOf(readBack(bytesOf(used)), 'About').map((row) => [row[0], row[1]]));
    expect(usedAbout.get('Observations sheet')).toMatch(/^the observations this period’s metrics are computed from/);

    const all = unwrap(await app.exportWorkbook({ period: '2024-12', observations: 'all' }, 'all.xlsx'));
    expect(all.observationRows).toBe(1440);
    const allAbout = new Map(rowsOf(readBack(bytesOf(all)), 'About').map((row) => [row[0], row[1]]));
    expect(allAbout.get('Observations sheet')).toBe('every observation of the exported zones');
  });

  it('keeps a streak’s months and the year before each', async () => {
    // In December 2022 (t = 35) growth is 135 / 123 − 1 = 9.8 %; at t = 32 (2022-09) 132 / 120 − 1 = 10.0 %, the last month at 10 %.
    // So September 2022 closes a streak that runs back to January 2021 (t = 12, the first month with a YoY): 21 months.
    const file = unwrap(await app.exportWorkbook({ period: '2022-09', basis: 'month' }, 'streak.xlsx'));
    const workbook = readBack(bytesOf(file));
    const metric = rowsOf(workbook, 'Metrics')
      .slice(1)
      .find((row) => row[0] === 'a' && row[2] === 'p')!;
    expect(metric[19]).toBe(21);
    // 21 streak months + the month before + a year before that reaches back to 2020-01: every earlier month is kept.
    const periods = new Set(
      rowsOf(workbook, 'Observations')
        .slice(1)
        .map((row) => String(row[2])),
    );
    expect([...periods].sort()[0]).toBe('2020-01');
  });

  it('imports back into an empty store giving the same metrics for the period as the full store', async () => {
    const file = unwrap(await app.exportWorkbook({ period: '2024-12' }, 'used.xlsx'));
    const copy = await openExportApp();
    try {
      unwrap(await copy.handlers.commitImport({ file: await copy.importable(file) }));
      const again = unwrap(await copy.exportWorkbook({ period: '2024-12' }, 'again.xlsx'));
      expect(rowsOf(readBack(bytesOf(again)), 'Metrics')).toEqual(rowsOf(readBack(bytesOf(file)), 'Metrics'));
    } finally {
      await copy.dispose();
    }
  });
});
