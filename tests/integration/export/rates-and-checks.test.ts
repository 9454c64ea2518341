import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/model';
import { readBack, rowsOf, sheet } from '../../unit/workbook/write/read-back';
import { bytesOf, openExportApp, unwrap, type ExportApp } from './temp-export-app';

/** Issue 15 through the real handlers and store: a rate's growth in pp, and checks with their arithmetic in About. */

let app: ExportApp;

function indicator(
  id: string,
  name: string,
  nameZh: string,
  kind: Indicator['kind'],
  parentId: string | null = null,
  unit = '10k CNY',
): Indicator {
  return { id, name, nameZh, unit, kind, parentId, required: false, plausibleYoyMin: null, plausibleYoyMax: null };
}

const ytd = (indicatorId: string, period: string, value: number | null, yoyPct: number | null) => ({
  zoneId: 'z',
  indicatorId,
  period,
  basis: 'ytd' as const,
  value,
  yoyPct,
  source: '',
  note: '',
});

beforeAll(async () => {
  app = await openExportApp();
  unwrap(
    await app.handlers.createZone({
      zone: { id: 'z', name: 'Test Zone', nameZh: '测试区', region: '', benchmarkZoneId: null },
    }),
  );
  for (const item of [
    indicator('total', 'Total value added', '总增加值', 'flow'),
    indicator('a', 'Part A', '甲', 'flow', 'total'),
    indicator('b', 'Part B', '乙', 'flow', 'total'),
    indicator('util', 'Capacity utilisation', '产能利用率', 'rate', null, '%'),
    indicator('out', 'Output', '产量', 'flow', null, 't'),
  ]) {
    unwrap(await app.handlers.createIndicator({ indicator: item }));
  }
  unwrap(
    await app.handlers.saveObservations({
      observations: [
        // Implied priors: total 1000, a 600, b 300. Contributions a 10 × 0.6 = 6.0, b 15 × 0.3 = 4.5: Σ 10.5 > 10.
        ytd('total', '2025-06', 1100, 10),
        ytd('a', '2025-06', 660, 10),
        ytd('b', '2025-06', 345, 15),
        ytd('util', '2024-06', 76.9, null),
        ytd('util', '2025-06', 75.7, null),
        // Published 12 % against 10 % from the levels: normal at comparable prices, counted in About rather than listed.
        ytd('out', '2024-06', 100, null),
        ytd('out', '2025-06', 110, 12),
      ],
    }),
  );
});

afterAll(() => app.dispose());

describe('a rate grows in pp, everywhere it is shown', () => {
  it('Metrics and Comparison: −1.2 as a number formatted as pp; a % growth keeps 0.0', async () => {
    const workbook = readBack(
      bytesOf(unwrap(await app.exportWorkbook({ period: '2025-06', basis: 'ytd', language: 'en' }))),
    );
    const metrics = rowsOf(workbook, 'Metrics');
    const yoy = (metrics[0] as string[]).indexOf('yoy_pct');
    const utilRow = metrics.findIndex((row) => row[2] === 'util');
    const totalRow = metrics.findIndex((row) => row[2] === 'total');
    expect(metrics[utilRow]![yoy]).toBeCloseTo(75.7 - 76.9, 10);
    const metricsSheet = sheet(workbook, 'Metrics');
    const address = (row: number, column: number) => `${String.fromCharCode(65 + column)}${row + 1}`;
    expect(metricsSheet[address(utilRow, yoy)].z).toBe('0.0" pp"');
    expect(metricsSheet[address(utilRow, yoy)].w).toBe('-1.2 pp');
    expect(metricsSheet[address(totalRow, yoy)].z).toBe('0.0');

    const comparison = rowsOf(workbook, 'Comparison');
    const comparisonRow = comparison.findIndex((row) => row[0] === 'Capacity utilisation');
    // Indicator and unit, then the only zone's value and YoY: column D.
    expect(sheet(workbook, 'Comparison')[`D${comparisonRow + 1}`].w).toBe('-1.2 pp');
  });

  it('the brief says “fell 1.2 percentage points” / “下降1.2个百分点”, never −1.56 %', async () => {
    const en = unwrap(
      await app.handlers.getBulletin({
        zoneId: 'z',
        period: '2025-06',
        basis: 'ytd',
        language: 'en',
        headlineIndicatorId: 'total',
      }),
    );
    expect(en.lines).toContain('Capacity utilisation came to 75.7%, down 1.2 percentage points year on year.');
    const zh = unwrap(
      await app.handlers.getBulletin({
        zoneId: 'z',
        period: '2025-06',
        basis: 'ytd',
        language: 'zh',
        headlineIndicatorId: 'total',
      }),
    );
    expect(zh.lines).toContain('产能利用率为75.7%，同比下降1.2个百分点。');
    expect([...en.lines, ...zh.lines].join(' ')).not.toMatch(/1\.6%|1\.56/);
  });

  it('the CSV carries the change in pp as a plain number (−1.2), not a percentage change', async () => {
    const file = unwrap(await app.exportMetricsCsv({ period: '2025-06', basis: 'ytd' }));
    // No field here holds a comma or a quote: a plain split reads it.
    const rows = new TextDecoder()
      .decode(bytesOf(file))
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((line) => line.split(','));
    const yoy = rows[0]!.indexOf('yoy_pct');
    const util = rows.find((row) => row[2] === 'util')!;
    expect(Number(util[yoy])).toBeCloseTo(-1.2, 10);
  });
});

describe('consistency checks with their arithmetic in the workbook’s About', () => {
  it('lists each contribution and the sum against the growth, in English and Chinese', async () => {
    const en = rowsOf(
      readBack(bytesOf(unwrap(await app.exportWorkbook({ period: '2025-06', basis: 'ytd', language: 'en' })))),
      'About',
    );
    const heading = en.findIndex((row) => row[0] === 'Checks (figures that do not add up; shown, not corrected)');
    expect(heading).toBeGreaterThan(0);
    expect(en[heading + 1]).toEqual([
      null,
      '1 published growth figure(s) differ by more than 0.1 pp from those computed from the levels (expected at comparable prices; listed in the app)',
    ]);
    expect(en[heading + 2]).toEqual([
      'Test Zone · 2025-06 · year to date',
      'Total value added: contributions of the components Part A 6.00 + Part B 4.50 = 10.50 pp, more than its growth of 10.0%',
    ]);
    const zh = rowsOf(
      readBack(bytesOf(unwrap(await app.exportWorkbook({ period: '2025-06', basis: 'ytd', language: 'zh' })))),
      '说明',
    );
    expect(zh.map((row) => row[1])).toContain(
      '总增加值：各分项拉动 甲 6.00 + 乙 4.50 = 10.50 个百分点，超过其增速 10.0%',
    );
  });
});
