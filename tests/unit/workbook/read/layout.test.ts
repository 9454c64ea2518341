import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../shared/workbook/read';
import { grid, workbook } from './grids';

const observations = [
  ['zone', 'indicator', 'period', 'value'],
  ['bt', 'iav', '2025-05', 1],
];
const bureau = [
  ['2025年1-5月包头稀土高新区主要经济指标'],
  ['指标名称', '计量单位', '5月', '1-5月', '同比增长(%)'],
  ['规模以上工业增加值', '亿元', 20, 114.8, 14.8],
];

function layoutOf(...sheets: ReturnType<typeof grid>[]) {
  const result = detectLayout(workbook(...sheets));
  return result.ok
    ? [
        result.value.layout,
        result.value.data?.name,
        result.value.zones?.name ?? null,
        result.value.indicators?.name ?? null,
      ]
    : result.problem.message;
}

describe('detectLayout', () => {
  it('takes the canonical sheets by name, case-insensitively, in English or Chinese', () => {
    expect(layoutOf(grid('zones', []), grid('OBSERVATIONS', observations), grid('Indicators', []))).toEqual([
      'canonical',
      'OBSERVATIONS',
      'zones',
      'Indicators',
    ]);
    expect(layoutOf(grid('开发区', []), grid('指标', []), grid('数据', observations))).toEqual([
      'canonical',
      '数据',
      '开发区',
      '指标',
    ]);
  });

  it('finds a canonical table on any sheet (a CSV is one sheet)', () => {
    expect(layoutOf(grid('Sheet1', observations))).toEqual(['canonical', 'Sheet1', null, null]);
  });

  it('finds a bureau table', () => {
    expect(layoutOf(grid('说明', [['本表数据来源于统计局']]), grid('主要指标', bureau))).toEqual([
      'release-table',
      '主要指标',
      null,
      null,
    ]);
  });

  it('reads month columns with an indicator and growth column as bureau, even once zone and period are supplied', () => {
    const sheet = grid('S', [
      ['指标', '本月', '本月止累计', '比上年同期增长(%)'],
      ['x', 1, 2, 3],
    ]);
    const result = detectLayout(workbook(sheet), { context: { zone: { value: 'bt' }, period: '2025-05' } });
    expect(result.ok && result.value.layout).toBe('release-table');
  });

  it("follows the user's sheet and layout", () => {
    const result = detectLayout(workbook(grid('A', observations), grid('B', bureau)), { sheet: 'B' });
    expect(result.ok && [result.value.layout, result.value.data?.name]).toEqual(['release-table', 'B']);
    const missing = detectLayout(workbook(grid('A', observations)), { sheet: 'constructor' });
    expect(missing).toMatchObject({
      ok: false,
      problem: { message: 'the file has no such sheet', found: 'constructor', expected: 'A' },
    });
  });

  it("reads a bureau's sheet named 指标 as data when its header names no catalog column", () => {
    expect(layoutOf(grid('指标', bureau))).toEqual(['release-table', '指标', null, null]);
    const headerFirst = [
      ['指标名称', '计量单位', '5月', '1-5月'],
      ['规模以上工业增加值', '亿元', 20, 114.8],
    ];
    expect(layoutOf(grid('指标', headerFirst))).toEqual(['release-table', '指标', null, null]);
    expect(
      layoutOf(
        grid('指标', [
          ['indicator_id', 'name'],
          ['iav', 'IAV'],
        ]),
        grid('数据', observations),
      ),
    ).toEqual(['canonical', '数据', null, '指标']);
  });

  it('takes a workbook of Zones (or Indicators) only as a catalog import', () => {
    expect(layoutOf(grid('Zones', [['zone_id', 'name']]))).toEqual([null, undefined, 'Zones', null]);
  });

  it('says in one message why nothing reads as an import, sheet by sheet', () => {
    const result = detectLayout(
      workbook(
        grid('__proto__', [['__proto__', 'constructor']]),
        grid('Tab 1', [
          ['Shares', 'Cost'],
          [100, 96.125],
        ]),
      ),
    );
    expect(result).toMatchObject({ ok: false, problem: { message: 'no sheet reads as a table Zone Stats imports' } });
    const found = result.ok ? '' : result.problem.found!;
    expect(found).toContain('__proto__ (canonical: no header row names');
    expect(found).toContain('Tab 1 (canonical:');
    expect(found).toContain('release-table: no header row names month or year-to-date columns');
  });

  it('keeps the runner-up: a release table also read as canonical once zone and period are chosen', () => {
    const sheet = grid('S', [
      ['指标', '本月', '本月止累计', '比上年同期增长(%)'],
      ['x', 1, 2, 3],
    ]);
    const result = detectLayout(workbook(sheet), { context: { zone: { value: 'bt' }, period: '2025-05' } });
    expect(result.ok && result.value.detection!.confidence).toBe(0.8);
    expect(result.ok && result.value.runnerUp).toMatchObject({ layout: 'canonical', detection: { confidence: 0.3 } });
  });
});
