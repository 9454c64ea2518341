import { describe, expect, it } from 'vitest';
import { detectHeaderRow, INDICATORS_SPEC, OBSERVATIONS_SPEC, ZONES_SPEC } from '../../../../shared/workbook/read';
import { grid } from './grids';

describe('detectHeaderRow', () => {
  it.each([
    ['the first row', [['zone', 'indicator', 'period', 'value']], 0],
    ['any order, English or Chinese', [['数值', '时期', '指标', '开发区']], 0],
    ['yoy instead of value', [['Zone ID', 'Indicator', 'Period', 'YoY %']], 0],
    ['full-width brackets and spacing', [['开发区', '指标', '时 期', '同比增长（%）']], 0],
    [
      'below title and blank rows',
      [['2025年主要指标'], [], ['单位：万元'], [], ['zone', 'indicator', 'period', 'value']],
      4,
    ],
    ['the tenth row', [...Array.from({ length: 9 }, () => ['title']), ['zone', 'indicator', 'period', 'value']], 9],
  ])('finds %s', (_, rows, expected) => {
    expect(detectHeaderRow(OBSERVATIONS_SPEC, grid('S', rows))).toBe(expected);
  });

  it.each([
    ['past the tenth row', [...Array.from({ length: 10 }, () => ['title']), ['zone', 'indicator', 'period', 'value']]],
    ['without a figure column', [['zone', 'indicator', 'period', 'basis']]],
    ['without a period', [['zone', 'indicator', 'value']]],
    ['named __proto__ / constructor', [['__proto__', 'constructor', 'toString', 'hasOwnProperty']]],
    ['an empty sheet', []],
  ])('finds none %s', (_, rows) => {
    expect(detectHeaderRow(OBSERVATIONS_SPEC, grid('S', rows))).toBe(-1);
  });

  it('does not require what the user supplies', () => {
    const sheet = grid('S', [['indicator', 'value']]);
    expect(detectHeaderRow(OBSERVATIONS_SPEC, sheet)).toBe(-1);
    expect(detectHeaderRow(OBSERVATIONS_SPEC, sheet, { supplied: ['zone', 'period'] })).toBe(0);
  });

  it('reads headers a saved profile names', () => {
    const sheet = grid('S', [['园区代码', '项目', '月份', '本期数']]);
    expect(detectHeaderRow(OBSERVATIONS_SPEC, sheet)).toBe(-1);
    const choices = [
      { header: '园区代码', field: 'zone' },
      { header: '项目', field: 'indicator' },
      { header: '本期数', field: 'value' },
    ];
    expect(detectHeaderRow(OBSERVATIONS_SPEC, sheet, { choices })).toBe(0);
  });

  it('knows the Zones and Indicators headers', () => {
    expect(detectHeaderRow(ZONES_SPEC, grid('开发区', [['编码', '名称', '中文名称', '地区', '对标区域']]))).toBe(0);
    expect(
      detectHeaderRow(
        INDICATORS_SPEC,
        grid('指标', [['indicator_id', 'name_zh', 'unit', 'kind', 'parent_indicator_id']]),
      ),
    ).toBe(0);
  });
});
