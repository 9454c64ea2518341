import { describe, expect, it } from 'vitest';
import { classifyBureauHeader, fieldValue, readBureauTable, sheetTitle } from '../../../../shared/workbook/read';
import { grid } from './grids';

describe('classifyBureauHeader', () => {
  it.each([
    ['指标名称', 'indicator', null],
    ['计量单位', 'unit', null],
    ['5月', 'month_value', { year: null, month: 5, ytd: false }],
    ['2025年5月', 'month_value', { year: 2025, month: 5, ytd: false }],
    ['1-5月', 'ytd_value', { year: null, month: 5, ytd: true }],
    ['1—5月', 'ytd_value', { year: null, month: 5, ytd: true }],
    ['本月', 'month_value', null],
    ['本月止累计', 'ytd_value', null],
    ['累计', 'ytd_value', null],
    ['5月绝对值', 'month_value', { year: null, month: 5, ytd: false }],
    ['1-5月同比增长(%)', 'ytd_yoy', { year: null, month: 5, ytd: true }],
    ['本月比上年同月增长(%)', 'month_yoy', null],
    ['累计比上年同期增长(%)', 'ytd_yoy', null],
    ['同比增长(%)', 'generic-yoy', null],
    ['比上年同期增长(%)', 'generic-yoy', null],
    ['绝对值', 'generic-value', null],
    ['上年同期', 'prior', null],
  ])('%s → %s', (header, field, parts) => {
    expect(classifyBureauHeader(header)).toEqual({ field, parts });
  });

  it.each(['备注', '', 'constructor', '__proto__'])('%j names nothing', (header) => {
    expect(classifyBureauHeader(header)).toBeNull();
  });
});

describe('readBureauTable', () => {
  const sheet = grid('主要指标', [
    ['2025年1-5月包头稀土高新区主要经济指标'],
    ['指标名称', '计量单位', '5月', '1-5月', '同比增长(%)', '上年同期'],
    ['规模以上工业增加值', '亿元', '', 114.8, 14.8, 100],
    ['  其中：稀土产业增加值', '万元', '', 373530, 16.9, 1],
    ['一、投资'],
    ['', '', 3, '', ''],
  ]);

  it('reads one record per indicator row and basis with a figure, the period from headers and title', () => {
    const table = readBureauTable(sheet, { zone: { value: 'bt' } });
    expect(table.period).toBe('2025-05');
    expect(table.title.texts).toEqual(['2025年1-5月包头稀土高新区主要经济指标']);
    expect(
      table.records.map((record) => [
        record.row,
        fieldValue(record, 'indicator'),
        fieldValue(record, 'basis'),
        fieldValue(record, 'value'),
        fieldValue(record, 'yoy_pct'),
        fieldValue(record, 'unit'),
        fieldValue(record, 'zone'),
      ]),
    ).toEqual([
      [2, '规模以上工业增加值', 'ytd', 114.8, 14.8, '亿元', 'bt'],
      [3, '稀土产业增加值', 'ytd', 373530, 16.9, '万元', 'bt'],
    ]);
    expect(table.problems).toEqual([
      {
        severity: 'warning',
        code: 'column-prior-year',
        place: '主要指标!F2',
        found: '上年同期',
        message: expect.stringContaining('last year'),
      },
      {
        severity: 'error',
        code: 'row-without-indicator',
        place: '主要指标!A6',
        found: '(blank)',
        message: 'a row with figures but no indicator',
        expected: expect.any(String),
      },
    ]);
  });

  it("finds a title's period", () => {
    expect(sheetTitle(grid('S', [['包头稀土高新区 2025年 1-5 月 主要指标'], ['h']]), 1)).toMatchObject({
      year: 2025,
      parts: { month: 5, ytd: true },
      place: 'S!A1',
    });
    expect(sheetTitle(grid('S', [['2024年上半年'], ['h']]), 1)).toMatchObject({
      year: 2024,
      parts: { month: 6, ytd: true },
    });
    expect(sheetTitle(grid('S', [['no period here'], ['h']]), 1)).toMatchObject({ year: null, parts: null });
  });

  it('refuses columns that name different months', () => {
    const table = readBureauTable(
      grid('S', [
        ['指标', '4月', '1-5月'],
        ['x', 1, 2],
      ]),
      { zone: { value: 'bt' }, period: '2025-05' },
    );
    expect(table.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        place: 'S!C1',
        found: 'month 5',
        expected: 'month 4, as the other columns say',
        message: 'the columns name different periods',
      }),
    );
  });
});
