import { describe, expect, it } from 'vitest';
import { METRIC_COLUMNS } from '../../../shared/metrics/row';
import { writeComparisonWorkbook } from '../../../shared/workbook/write';
import { cellsOf, columnCells, formulaCells, frozenPane, readBack, rowsOf, sheet } from './read-back';
import { HOSTILE_TEXTS, sampleInput } from './sample-input';

const METRIC_HEADERS = [
  'zone_id', 'zone', 'indicator_id', 'indicator', 'period', 'basis', 'value', 'unit', 'yoy_pct', 'yoy_source',
  'prior_value', 'yoy_change_pp', 'mom_pct', 'share_of_parent_pct', 'contribution_pp',
  'contribution_rate_pct', 'benchmark_zone_id', 'benchmark_yoy_pct', 'gap_pp', 'streak_months', 'rank',
];

describe('the comparison workbook', () => {
  const bytes = writeComparisonWorkbook(sampleInput());
  const workbook = readBack(bytes);

  it('has the sheets of workbook.md §2 in order', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(workbook.SheetNames).toEqual(['Highlights', 'Comparison', 'Metrics', 'Zones', 'Indicators', 'Observations', 'About']);
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
    const expectedFormat: Record<string, string> = { value: '#,##0.0', prior_value: '#,##0.0', yoy_pct: '0.0', gap_pp: '0.0', benchmark_yoy_pct: '0.0', contribution_pp: '0.0', streak_months: '0', rank: '0' };
    for (const [name, format] of Object.entries(expectedFormat)) {
      const cells = columnCells(workbook, 'Metrics', col(name)).slice(1).filter((cell) => cell !== undefined);
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
    const texts = workbook.SheetNames.flatMap((name) => cellsOf(workbook, name).filter(({ cell }) => cell.t === 's').map(({ cell }) => cell.v));
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
    const aboutWidths = (sheet(workbook, 'About')['!cols'] ?? []).map((col) => col.wch ?? 0);
    expect(aboutWidths[1]).toBeLessThanOrEqual(62);
  });

  it('freezes the header rows (and the label columns of Comparison)', () => {
    expect(frozenPane(bytes, 2)).toEqual({ xSplit: 0, ySplit: 1, state: 'frozen' });
    expect(frozenPane(bytes, 1)).toEqual({ xSplit: 2, ySplit: 1, state: 'frozen' });
    expect(frozenPane(bytes, 6)).toBeNull();
  });

  it('lists one bulletin sentence per row in Highlights', () => {
    const rows = rowsOf(workbook, 'Highlights');
    expect(rows[0]).toEqual(['zone_id', 'Zone', 'Period', 'Basis', 'Highlight']);
    expect(rows.slice(1).map((row) => row[4])).toEqual([
      'Industrial added value above designated size grew 14.8% year on year in January–May 2025.',
      'Rare earth industry value added grew 16.9%, contributing 5.4 percentage points.',
      '=1+1',
    ]);
    expect(rows[1]!.slice(0, 4)).toEqual(['baotou', 'Baotou Rare Earth High-Tech Zone', '2025-05', 'year to date']);
  });

  it('compares the zones for one period: value, YoY % and gap per zone, indicators parents first', () => {
    const rows = rowsOf(workbook, 'Comparison');
    expect(rows[0]!.slice(0, 8)).toEqual([
      'indicator_id', 'Indicator', 'Unit', 'Period', 'Basis',
      'Baotou Rare Earth High-Tech Zone: value', 'Baotou Rare Earth High-Tech Zone: YoY %', 'Baotou Rare Earth High-Tech Zone: gap to benchmark (pp)',
    ]);
    expect(rows[0]![8]).toBe('Baotou City (benchmark): value');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['iav', 're-iav']);
    expect(rows[1]!.slice(5, 8)).toEqual([1148000, 14.8, expect.closeTo(2.5, 10)]);
    expect(rows[1]!.slice(8, 11)).toEqual([null, 12.3, null]);
    expect(rows[1]!.slice(11, 14)).toEqual([-250.5, -3.2, null]);
    expect(rows[2]!.slice(5, 8)).toEqual([373530, 16.9, null]);
  });

  it('keeps the canonical sheets importable: headers, ids, periods as text, figures as numbers', () => {
    expect(rowsOf(workbook, 'Zones')[0]).toEqual(['zone_id', 'name', 'name_zh', 'region', 'benchmark_zone_id', 'aliases']);
    expect(rowsOf(workbook, 'Indicators')[0]).toEqual(['indicator_id', 'name', 'name_zh', 'unit', 'kind', 'parent_indicator_id', 'required', 'plausible_yoy_min', 'plausible_yoy_max', 'aliases']);
    const observations = rowsOf(workbook, 'Observations');
    expect(observations[0]).toEqual(['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note']);
    expect(observations[2]![6]).toBe('-2');
    expect(observations.slice(1).map((row) => row.slice(0, 2).join('/'))).toEqual(['baotou/iav', 'baotou/magnets', 'baotou/re-iav', 'baotou-city/iav', 'evil/iav']);
    expect(observations[4]).toEqual(['baotou-city', 'iav', '2025-05', 'ytd', null, 12.3, null, null]);
    expect(observations[5]).toEqual(['evil', 'iav', '2025-05', 'ytd', -250.5, -3.2, '\tTabbed', '\rReturn']);
  });

  it('defines every Metrics column in About, and records the options used', () => {
    const rows = rowsOf(workbook, 'About');
    const byItem = new Map(rows.map((row) => [row[0], row[1]]));
    expect(byItem.get('Application')).toBe('Zone Stats');
    expect(byItem.get('Version')).toBe('0.1.0');
    expect(byItem.get('Exported at')).toBe('2025-06-25T08:30:00.000Z');
    expect(byItem.get('Period')).toBe('all periods (Comparison and Highlights: 2025-05)');
    expect(byItem.get('Zones')).toBe('all zones');
    expect(byItem.get('Streak threshold (YoY %)')).toBe('10');
    for (const { header } of METRIC_COLUMNS) {
      const definition = byItem.get(header);
      expect(typeof definition === 'string' && definition.length > 10, header).toBe(true);
    }
    expect(byItem.get('gap_pp')).toContain('percentage points');
  });

  it('writes the readers’ sheets in Chinese when asked', () => {
    const zh = readBack(writeComparisonWorkbook(sampleInput({ options: { period: '2025-05', basis: 'ytd', zoneIds: ['baotou'], threshold: 10, language: 'zh' } })));
    expect(rowsOf(zh, 'Highlights')[0]).toEqual(['zone_id', '开发区', '时期', '口径', '要点']);
    expect(rowsOf(zh, 'Highlights')[1]!.slice(1, 4)).toEqual(['包头稀土高新区', '2025-05', '累计']);
    expect(rowsOf(zh, 'Comparison')[0]![5]).toBe('包头稀土高新区: 数值');
    const about = new Map(rowsOf(zh, 'About').map((row) => [row[0], row[1]]));
    expect(about.get('时期')).toBe('2025-05');
    expect(about.get('开发区')).toBe('baotou');
    expect(about.get('gap_pp')).toContain('个百分点');
    expect(rowsOf(zh, 'Metrics')[0]).toEqual(METRIC_HEADERS);
  });

  it('writes a store without data as sheets with headers only', () => {
    const empty = readBack(
      writeComparisonWorkbook(sampleInput({ catalog: { zones: [], indicators: [] }, observations: [], metrics: [], highlights: [], comparison: { period: null, basis: 'ytd', zoneIds: [] } })),
    );
    expect(empty.SheetNames).toHaveLength(7);
    expect(rowsOf(empty, 'Metrics')).toEqual([METRIC_HEADERS]);
    expect(rowsOf(empty, 'Observations')).toHaveLength(1);
  });
});
