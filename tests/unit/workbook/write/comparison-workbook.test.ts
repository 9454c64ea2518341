import { describe, expect, it } from 'vitest';
import { METRIC_COLUMNS } from '../../../../shared/metrics/row';
import { writeComparisonWorkbook } from '../../../../shared/workbook/write';
import {
  COMPARISON_SHEETS,
  cellsOf,
  columnCells,
  formulaCells,
  frozenPane,
  readBack,
  rowsOf,
  sheet,
} from './read-back';
import { HOSTILE_TEXTS, sampleInput } from './sample-input';

const METRIC_HEADERS = [
  'zone_id',
  'zone',
  'indicator_id',
  'indicator',
  'period',
  'basis',
  'value',
  'unit',
  'yoy_pct',
  'yoy_source',
  'prior_value',
  'yoy_change_pp',
  'mom_pct',
  'share_of_parent_pct',
  'contribution_pp',
  'contribution_rate_pct',
  'benchmark_zone_id',
  'benchmark_yoy_pct',
  'gap_pp',
  'streak_months',
  'rank',
];

// The About sheet gives the local time of the export: fixed here so the expected text can be worked out.
process.env.TZ = 'Asia/Shanghai';

describe('the comparison workbook', async () => {
  const bytes = await writeComparisonWorkbook(sampleInput());
  const workbook = readBack(bytes);

  it('has the sheets of docs/workbook.md §2 in order', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(workbook.SheetNames).toEqual(COMPARISON_SHEETS);
  });

  it('writes exactly the Metrics columns, in order', () => {
    expect(rowsOf(workbook, 'Metrics')[0]).toEqual(METRIC_HEADERS);
  });

  it('writes figures as numbers with their formats, and an uncomputable metric as an empty cell', () => {
    const rows = rowsOf(workbook, 'Metrics');
    const header = rows[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const baotou = rows[1]!;
    expect(baotou[col('value')]).toBe(1148000);
    expect(baotou[col('gap_pp')]).toBeCloseTo(2.5, 10);
    expect(baotou[col('mom_pct')]).toBeNull();
    expect(baotou[col('share_of_parent_pct')]).toBeNull();
    // Levels keep the decimals the indicator's figures were given: iav has -250.5 (one), re-iav only whole 373530.
    const levelFormat: Record<string, string> = { iav: '#,##0.0', 're-iav': '#,##0' };
    for (const name of ['value', 'prior_value']) {
      rows.slice(1).forEach((row, index) => {
        const cell = columnCells(workbook, 'Metrics', col(name))[index + 1];
        if (cell)
          expect(cell.z, `${name} of ${row[col('indicator_id')]}`).toBe(
            levelFormat[row[col('indicator_id')] as string],
          );
      });
    }
    const expectedFormat: Record<string, string> = {
      yoy_pct: '0.0',
      gap_pp: '0.0',
      benchmark_yoy_pct: '0.0',
      contribution_pp: '0.0',
      streak_months: '0',
      rank: '0',
    };
    for (const [name, format] of Object.entries(expectedFormat)) {
      const cells = columnCells(workbook, 'Metrics', col(name))
        .slice(1)
        .filter((cell) => cell !== undefined);
      expect(cells.length, name).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell!.t, name).toBe('n');
        expect(cell!.z, name).toBe(format);
      }
    }
    const negative = rows[4]!;
    expect(negative[col('value')]).toBe(-250.5);
    expect(negative[col('yoy_pct')]).toBe(-3.2);
  });

  it('writes the period as text YYYY-MM and keeps full precision behind the display format', () => {
    const periods = columnCells(workbook, 'Metrics', 4).slice(1);
    for (const cell of periods) expect(cell).toMatchObject({ t: 's', v: '2025-05' });
    const contributionRate = sheet(workbook, 'Metrics')['P3'];
    expect(contributionRate).toMatchObject({ t: 'n', v: 36.486, w: '36.5' });
  });

  it('never turns user text into a formula', () => {
    expect(formulaCells(workbook)).toEqual([]);
    const texts = workbook.SheetNames.flatMap((name) =>
      cellsOf(workbook, name)
        .filter(({ cell }) => cell.t === 's')
        .map(({ cell }) => cell.v),
    );
    for (const hostile of HOSTILE_TEXTS) expect(texts, JSON.stringify(hostile)).toContain(hostile);
    for (const name of workbook.SheetNames) {
      for (const { cell } of cellsOf(workbook, name)) {
        if (typeof cell.v === 'string' && HOSTILE_TEXTS.includes(cell.v)) expect(cell.t).toBe('s');
      }
    }
  });

  it('puts an autofilter on Metrics and Observations only', () => {
    expect(sheet(workbook, 'Metrics')['!autofilter']).toEqual({ ref: 'A1:U5' });
    expect(sheet(workbook, 'Observations')['!autofilter']).toEqual({ ref: 'A1:H6' });
    expect(sheet(workbook, 'Zones')['!autofilter']).toBeUndefined();
  });

  it('fits column widths to the content', () => {
    const widths = (sheet(workbook, 'Zones')['!cols'] ?? []).map((col) => col.wch ?? 0);
    expect(widths).toHaveLength(6);
    expect(widths[1]).toBeGreaterThanOrEqual('=HYPERLINK("http://evil.example","click")'.length);
    expect(widths[0]).toBeLessThan(widths[1]!);
    // The definitions wrap in one wide column set to 90 characters (SheetJS reads a width back as wch ≈ width).
    const aboutWidths = (sheet(workbook, 'About')['!cols'] ?? []).map((col) => col.wch ?? 0);
    expect(aboutWidths[1]).toBeGreaterThan(85);
  });

  it('freezes the header rows (and, under its title, the indicator column of Comparison)', () => {
    expect(frozenPane(bytes, 2)).toEqual({ xSplit: 0, ySplit: 1, state: 'frozen' });
    expect(frozenPane(bytes, 1)).toEqual({ xSplit: 1, ySplit: 2, state: 'frozen' });
    expect(frozenPane(bytes, 6)).toBeNull();
  });

  it('lists one bulletin sentence per row in Highlights', () => {
    const rows = rowsOf(workbook, 'Highlights');
    expect(rows[0]).toEqual(['Zone', 'Period', 'Basis', 'Highlight']);
    expect(rows.slice(1).map((row) => row[3])).toEqual([
      'Industrial added value above designated size grew 14.8% year on year in January–May 2025.',
      'Rare earth industry value added grew 16.9%, contributing 5.4 percentage points.',
      '=1+1',
    ]);
    expect(rows[1]!.slice(0, 3)).toEqual(['Baotou Rare Earth High-Tech Zone', '2025-05', 'year to date']);
  });

  it('compares the zones for one period under a title: value, YoY % and, where a zone has a benchmark, the gap; no ids', () => {
    const rows = rowsOf(workbook, 'Comparison');
    expect(rows[0]![0]).toBe('Zones compared: 2025-05, year to date');
    // Baotou City is Baotou's benchmark and has none itself; "evil" has none: neither gets a gap column.
    expect(rows[1]).toEqual([
      'Indicator',
      'Unit',
      'Baotou Rare Earth High-Tech Zone: value',
      'Baotou Rare Earth High-Tech Zone: YoY %',
      'Baotou Rare Earth High-Tech Zone: gap to benchmark (pp)',
      'Baotou City (benchmark): value',
      'Baotou City (benchmark): YoY %',
      `${HOSTILE_TEXTS[0]}: value`,
      `${HOSTILE_TEXTS[0]}: YoY %`,
    ]);
    expect(rows.slice(2).map((row) => row[0])).toEqual(['Industrial added value', 'Rare earth industry value added']);
    // 14.8 − 12.3 = 2.5 pp above the city.
    expect(rows[2]).toEqual([
      'Industrial added value',
      '10k CNY',
      1148000,
      14.8,
      expect.closeTo(2.5, 10),
      null,
      12.3,
      -250.5,
      -3.2,
    ]);
    expect(rows[3]).toEqual(['Rare earth industry value added', '10k CNY', 373530, 16.9, null, null, null, null, null]);
  });

  it('shades the benchmark’s figures and gives each level its indicator’s decimals', () => {
    const comparison = sheet(workbook, 'Comparison');
    const fill = (address: string) =>
      (comparison[address] as { s?: { fgColor?: { rgb?: string } } } | undefined)?.s?.fgColor?.rgb;
    expect(fill('G3')).toBe('DDEBF7');
    expect(fill('E3')).toBeUndefined();
    expect(comparison['C3']).toMatchObject({ v: 1148000, z: '#,##0.0' });
    expect(comparison['C4']).toMatchObject({ v: 373530, z: '#,##0', w: '373,530' });
  });

  it('keeps the canonical sheets importable: headers, ids, periods as text, figures as numbers', () => {
    expect(rowsOf(workbook, 'Zones')[0]).toEqual([
      'zone_id',
      'name',
      'name_zh',
      'region',
      'benchmark_zone_id',
      'aliases',
    ]);
    expect(rowsOf(workbook, 'Indicators')[0]).toEqual([
      'indicator_id',
      'name',
      'name_zh',
      'unit',
      'kind',
      'parent_indicator_id',
      'required',
      'plausible_yoy_min',
      'plausible_yoy_max',
      'aliases',
    ]);
    const observations = rowsOf(workbook, 'Observations');
    expect(observations[0]).toEqual(['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note']);
    expect(observations[2]![6]).toBe('-2');
    expect(observations.slice(1).map((row) => row.slice(0, 2).join('/'))).toEqual([
      'baotou/iav',
      'baotou/magnets',
      'baotou/re-iav',
      'baotou-city/iav',
      'evil/iav',
    ]);
    expect(observations[4]).toEqual(['baotou-city', 'iav', '2025-05', 'ytd', null, 12.3, null, null]);
    expect(observations[5]).toEqual(['evil', 'iav', '2025-05', 'ytd', -250.5, -3.2, '\tTabbed', '\rReturn']);
  });

  it('defines every Metrics column in About, and records the options used', () => {
    const rows = rowsOf(workbook, 'About');
    const byItem = new Map(rows.map((row) => [row[0], row[1]]));
    expect(byItem.get('Application')).toBe('Zone Stats');
    expect(byItem.get('Version')).toBe('0.1.0');
    // 08:30 UTC is 16:30 in Shanghai.
    expect(byItem.get('Exported at')).toBe('2025-06-25 16:30:00 (UTC+08:00)');
    expect(byItem.get('Period')).toBe('all periods (Comparison and Highlights: 2025-05)');
    expect(byItem.get('Zones')).toBe('all zones');
    expect(byItem.get('Streak threshold (YoY %)')).toBe('10');
    for (const { header } of METRIC_COLUMNS) {
      const definition = byItem.get(header);
      expect(typeof definition === 'string' && definition.length > 10, header).toBe(true);
    }
    expect(byItem.get('gap_pp')).toContain('percentage points');
  });

  it('writes the readers’ sheets in Chinese when asked', async () => {
    const zh = readBack(
      await writeComparisonWorkbook(
        sampleInput({
          options: {
            period: '2025-05',
            basis: 'ytd',
            zoneIds: ['baotou'],
            threshold: 10,
            language: 'zh',
            observations: 'used',
          },
        }),
      ),
    );
    expect(zh.SheetNames).toEqual(['要点', '对比', '指标计算', '开发区', '指标', '数据', '说明']);
    expect(rowsOf(zh, '要点')[0]).toEqual(['开发区', '时期', '口径', '要点']);
    expect(rowsOf(zh, '要点')[1]!.slice(0, 3)).toEqual(['包头稀土高新区', '2025-05', '累计']);
    expect(rowsOf(zh, '对比')[0]![0]).toBe('开发区对比：2025-05（累计）');
    expect(rowsOf(zh, '对比')[1]![2]).toBe('包头稀土高新区: 数值');
    const about = new Map(rowsOf(zh, '说明').map((row) => [row[0], row[1]]));
    expect(about.get('时期')).toBe('2025-05');
    expect(about.get('开发区')).toBe('baotou');
    expect(about.get('gap_pp')).toContain('个百分点');
    expect(rowsOf(zh, '指标计算')[0]).toEqual(METRIC_HEADERS);
  });

  it('writes a store without data as sheets with headers only', async () => {
    const empty = readBack(
      await writeComparisonWorkbook(
        sampleInput({
          catalog: { zones: [], indicators: [] },
          observations: [],
          metrics: [],
          highlights: [],
          comparison: { period: null, basis: 'ytd', zoneIds: [] },
        }),
      ),
    );
    expect(empty.SheetNames).toHaveLength(7);
    expect(rowsOf(empty, 'Metrics')).toEqual([METRIC_HEADERS]);
    expect(rowsOf(empty, 'Observations')).toHaveLength(1);
  });
});
