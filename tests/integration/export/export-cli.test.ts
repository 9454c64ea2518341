import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore } from '../../../electron/store';
import { enterSeed } from '../metrics/seed-data';
import { COMPARISON_SHEETS, formulaCells, readBack, rowsOf } from '../../unit/workbook/write/read-back';
import { EXPORT_CLOCK } from './temp-export-app';
import { cliInProcess } from '../cli/cli-in-process';

let directory: string;
let outputs: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'zone-stats-export-cli-'));
  outputs = await mkdtemp(join(tmpdir(), 'zone-stats-export-out-'));
  const store = await openDatasetStore({ directory });
  await enterSeed(createHandlers({ store, preferences: openPreferencesStore({ directory }), clock: EXPORT_CLOCK }));
  await store.close();
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
  await rm(outputs, { recursive: true, force: true });
});

function cli(...argv: string[]) {
  return cliInProcess(argv, { data: directory, env: { ZONE_STATS_DATA: directory } });
}

function workbookAt(path: string) {
  return readBack(new Uint8Array(readFileSync(path)));
}

describe('zone-stats export over a real store', () => {
  it('without --period exports every period and compares the latest', async () => {
    const file = join(outputs, 'all.xlsx');
    const { code, out, err } = await cli('export', file);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toEqual([
      expect.stringMatching(/^Wrote .*all\.xlsx: 66 metric rows, 66 observations; Comparison: 2025-05 \(ytd\)$/),
    ]);
    const workbook = workbookAt(file);
    expect(workbook.SheetNames).toEqual(COMPARISON_SHEETS);
    expect(formulaCells(workbook)).toEqual([]);
    const periods = new Set(
      rowsOf(workbook, 'Metrics')
        .slice(1)
        .map((row) => row[4]),
    );
    expect(periods.size).toBeGreaterThan(50);
    expect(rowsOf(workbook, 'Comparison')[0]![0]).toBe('Zones compared: 2025-05, year to date');
  });

  it('honours --data, --period, --basis, --zones, --lang and --threshold', async () => {
    const file = join(outputs, 'may.xlsx');
    const data = await mkdtemp(join(tmpdir(), 'zone-stats-empty-'));
    const emptyStore = await cli('export', file, '--data', data, '--period', '2025-05');
    expect(emptyStore.code).toBe(0);
    expect(rowsOf(workbookAt(file), 'Metrics')).toHaveLength(1);
    await rm(data, { recursive: true, force: true });

    const { code, err } = await cli(
      'export',
      file,
      '--data',
      directory,
      '--period',
      '2025-05',
      '--basis',
      'ytd',
      '--zones',
      'baotou-hitech',
      '--lang',
      'zh',
      '--threshold',
      '12',
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    const workbook = workbookAt(file);
    const metrics = rowsOf(workbook, '指标计算').slice(1);
    expect(new Set(metrics.map((row) => `${row[0]} ${row[4]} ${row[5]}`))).toEqual(
      new Set(['baotou-hitech 2025-05 ytd']),
    );
    expect(metrics.find((row) => row[2] === 'iav')![19]).toBe(24);
    expect(String(rowsOf(workbook, '要点')[1]![3])).toMatch(
      /^2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%/,
    );
    const about = new Map(rowsOf(workbook, '说明').map((row) => [row[0], row[1]]));
    expect(about.get('开发区')).toBe('baotou-hitech');
    expect(about.get('语言')).toBe('简体中文');
    expect(about.get('应用')).toBe('Zone Stats');
    expect(about.get('版本')).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('writes the Metrics CSV when the output ends in .csv', async () => {
    const file = join(outputs, 'metrics.csv');
    const { code } = await cli('export', file, '--period', '2025-05');
    expect(code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFFzone_id,zone,indicator_id,')).toBe(true);
    expect(text).toContain('baotou-hitech,Baotou Rare Earth High-Tech Zone,iav,');
  });

  it('refuses bad options with exit code 2, writing nothing', async () => {
    const file = join(outputs, 'refused.xlsx');
    const bad = await cli(
      'export',
      file,
      '--period',
      '2025-13',
      '--basis',
      'year',
      '--lang',
      'fr',
      '--threshold',
      'ten',
    );
    expect(bad.code).toBe(2);
    expect(bad.err.slice(0, 4)).toEqual([
      'zone-stats export: --period "2025-13": expected YYYY-MM, such as 2025-05',
      'zone-stats export: --basis "year": expected ytd or month',
      'zone-stats export: --lang "fr": expected en or zh',
      'zone-stats export: --threshold "ten": expected a number such as 10',
    ]);
    const unknown = await cli('export', file, '--zones', 'baotou-hitech,atlantis');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toEqual(['zone-stats export: zoneIds: no zone with id "atlantis"']);
    const missing = await cli('export');
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toBe('zone-stats export: the output file OUT.xlsx is required');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(outputs).filter((name) => name.includes('.partial-'))).toEqual([]);
  });
});
