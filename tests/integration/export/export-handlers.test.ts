import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFileName } from '../../../shared/api';
import { METRIC_COLUMNS } from '../../../shared/metrics';
import { enterSeed } from '../metrics/seed-data';
import { COMPARISON_SHEETS, formulaCells, readBack, rowsOf, sheet } from '../../unit/workbook/write/read-back';
import { bytesOf, openExportApp, unwrap, type ExportApp } from './temp-export-app';

// The About sheet gives the local time of the export: fixed here so the expected text can be worked out.
process.env.TZ = 'Asia/Shanghai';

let app: ExportApp;

const HOSTILE_NOTE = '=HYPERLINK("http://evil.example","click")';

beforeAll(async () => {
  app = await openExportApp();
  await enterSeed(app.handlers);
  unwrap(
    await app.handlers.createZone({
      zone: { id: 'other', name: '+1 Zone', nameZh: '@其他', region: '-', benchmarkZoneId: null },
    }),
  );
  unwrap(
    await app.handlers.saveObservations({
      observations: [
        {
          zoneId: 'other',
          indicatorId: 'iav',
          period: '2025-05',
          basis: 'ytd',
          value: null,
          yoyPct: -3.2,
          source: '-2',
          note: HOSTILE_NOTE,
        },
        {
          zoneId: 'other',
          indicatorId: 'iav',
          period: '2025-05',
          basis: 'month',
          value: 1200,
          yoyPct: -1.5,
          source: '@SUM(A1)',
          note: '\tTabbed',
        },
      ],
    }),
  );
});

afterAll(() => app.dispose());

function column(rows: unknown[][], name: string): number {
  return (rows[0] as string[]).indexOf(name);
}

describe('exportWorkbook through the handlers on a real store', () => {
  it('exports every period and zone, comparing the latest year-to-date period', async () => {
    const file = unwrap(await app.exportWorkbook({}));
    expect(file).toMatchObject({
      fileName: 'export.xlsx',
      path: join(app.directory, 'export.xlsx'),
      comparisonPeriod: '2025-05',
      comparisonBasis: 'ytd',
    });
    expect(exportFileName({ latest: file.comparisonPeriod }, 'workbook')).toBe('zone-stats-all-to-2025-05.xlsx');
    // Nothing is left beside the file: the temporary one was renamed into place.
    expect(readdirSync(app.directory).filter((name) => name.startsWith('export'))).toEqual(['export.xlsx']);
    const bytes = bytesOf(file);
    expect(file.sizeBytes).toBe(bytes.length);
    const workbook = readBack(bytes);
    expect(workbook.SheetNames).toEqual(COMPARISON_SHEETS);
    expect(formulaCells(workbook)).toEqual([]);

    const metrics = rowsOf(workbook, 'Metrics');
    expect(metrics[0]).toEqual(METRIC_COLUMNS.map((c) => c.header));
    expect(metrics.length - 1).toBe(file.metricRows);
    const periods = new Set(metrics.slice(1).map((row) => row[column(metrics, 'period')]));
    expect(periods.has('2020-02')).toBe(true);
    const may = metrics.find((row) => row[0] === 'baotou-hitech' && row[2] === 'iav' && row[4] === '2025-05')!;
    expect(may[column(metrics, 'gap_pp')]).toBeCloseTo(2.5, 10);
    expect(may[column(metrics, 'streak_months')]).toBe(54);
    expect(may[column(metrics, 'benchmark_zone_id')]).toBe('baotou-city');

    const observations = rowsOf(workbook, 'Observations');
    expect(observations.length - 1).toBe(file.observationRows);
    expect(observations).toContainEqual(['other', 'iav', '2025-05', 'ytd', null, -3.2, '-2', HOSTILE_NOTE]);
  });

  it('writes the brief into Highlights and the figures into Comparison', async () => {
    const workbook = readBack(bytesOf(unwrap(await app.exportWorkbook({ language: 'en' }))));
    const brief = unwrap(
      await app.handlers.getBulletin({ zoneId: 'baotou-hitech', period: '2025-05', basis: 'ytd', language: 'en' }),
    );
    const highlights = rowsOf(workbook, 'Highlights')
      .filter((row) => row[0] === 'Baotou Rare Earth High-Tech Zone')
      .map((row) => row[3]);
    expect(highlights).toEqual(brief.lines);
    expect(highlights[0]).toContain('14.8%');
    expect(highlights[0]).toContain('54th');

    const comparison = rowsOf(workbook, 'Comparison');
    const header = comparison[1] as string[];
    const zoneValue = header.indexOf('Baotou Rare Earth High-Tech Zone: value');
    const iav = comparison.find((row) => row[0] === 'Industrial added value above designated size')!;
    expect(iav.slice(zoneValue, zoneValue + 3)).toEqual([1_148_000, 14.8, expect.closeTo(2.5, 10)]);
    expect(header).toContain('Baotou City (benchmark): YoY %');
    expect(
      comparison.find((row) => row[0] === 'Rare earth magnetic materials output')!.slice(zoneValue, zoneValue + 2),
    ).toEqual([15_300, 23.8]);
    // 15,300 t was entered whole: shown without a decimal.
    const magnetRow = comparison.findIndex((row) => row[0] === 'Rare earth magnetic materials output');
    expect(sheet(workbook, 'Comparison')[`${String.fromCharCode(65 + zoneValue)}${magnetRow + 1}`]).toMatchObject({
      z: '#,##0',
      w: '15,300',
    });
  });

  it('limits Metrics to the period and zones asked for, keeping the benchmarks so the export imports back', async () => {
    const file = unwrap(
      await app.exportWorkbook({
        period: '2025-05',
        basis: 'ytd',
        zoneIds: ['baotou-hitech'],
        language: 'zh',
        threshold: 12,
      }),
    );
    expect(exportFileName({ period: '2025-05', basis: 'ytd', latest: file.comparisonPeriod }, 'workbook')).toBe(
      'zone-stats-2025-05-ytd.xlsx',
    );
    const workbook = readBack(bytesOf(file));
    const metrics = rowsOf(workbook, '指标计算').slice(1);
    expect(new Set(metrics.map((row) => `${row[0]} ${row[4]} ${row[5]}`))).toEqual(
      new Set(['baotou-hitech 2025-05 ytd']),
    );
    const iav = metrics.find((row) => row[2] === 'iav')!;
    // At 12 % the run starts in June 2023 (12.0): 7 + 12 + 5 months to May 2025.
    expect(iav[19]).toBe(24);
    expect(
      rowsOf(workbook, '开发区')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['baotou-city', 'baotou-hitech']);
    const observationZones = new Set(
      rowsOf(workbook, '数据')
        .slice(1)
        .map((row) => row[0]),
    );
    expect(observationZones).toEqual(new Set(['baotou-city', 'baotou-hitech']));
    const highlights = rowsOf(workbook, '要点');
    expect(highlights[0]![0]).toBe('开发区');
    expect(String(highlights[1]![3])).toContain('规模以上工业增加值同比增长14.8%');
    const about = new Map(rowsOf(workbook, '说明').map((row) => [row[0], row[1]]));
    expect(about.get('版本')).toBe('9.8.7');
    // 08:00 UTC (the test clock) is 16:00 in Shanghai, the time zone set for this file.
    expect(about.get('导出时间')).toBe('2025-06-25 16:00:00 (UTC+08:00)');
    expect(about.get('连续增长门槛(同比%)')).toBe('12');

    // The app's shared engine is not left counting streaks at the export's threshold.
    const after = unwrap(
      await app.handlers.getMetrics({
        zoneIds: ['baotou-hitech'],
        indicatorIds: ['iav'],
        from: '2025-05',
        to: '2025-05',
        basis: 'ytd',
      }),
    );
    expect(after.rows[0]!.streakMonths).toBe(54);
  });

  it('compares the month basis when only it has figures for the period asked for', async () => {
    const file = unwrap(await app.exportWorkbook({ zoneIds: ['other'], basis: 'month' }));
    expect(file).toMatchObject({ comparisonPeriod: '2025-05', comparisonBasis: 'month', metricRows: 1 });
  });

  it('refuses unknown zones with their names, writing nothing', async () => {
    const result = await app.exportWorkbook({ zoneIds: ['baotou-hitech', 'nowhere'] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.problems).toEqual([expect.objectContaining({ place: 'zoneIds', found: 'nowhere' })]);
    }
  });
});

describe('exportMetricsCsv through the handlers', () => {
  it('gives the Metrics table as UTF-8 CSV with formula-like text escaped and numbers left numeric', async () => {
    const file = unwrap(await app.exportMetricsCsv({ period: '2025-05' }));
    expect(exportFileName({ period: '2025-05', latest: file.comparisonPeriod }, 'metrics-csv')).toBe(
      'zone-stats-metrics-2025-05.csv',
    );
    const bytes = bytesOf(file);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`\uFEFF${METRIC_COLUMNS.map((c) => c.header).join(',')}`);
    expect(lines).toHaveLength(file.metricRows + 2);
    const other = lines.filter((line) => line.startsWith('other,'));
    expect(other).toHaveLength(2);
    expect(other[0]).toMatch(/^other,"'\+1 Zone",iav,Industrial added value above designated size,2025-05,/);
    expect(other.join('\n')).toContain(',-3.2,');
    expect(other.join('\n')).toContain(',-1.5,');
  });
});
