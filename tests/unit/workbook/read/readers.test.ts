import { describe, expect, it } from 'vitest';
import { chooseReader, fieldValue, LAYOUT_READERS, layoutReader } from '../../../../shared/workbook/read';
import { grid } from './grids';

const twoRow = grid(
  '表1',
  [
    ['2020年4月份全国规模以上工业生产主要数据'],
    ['指标', '4月', null, '1-4月'],
    [null, '绝对量', '同比增长(%)', '绝对量', '同比增长(%)'],
    ['规模以上工业增加值', null, 3.9, null, -4.9],
    ['分行业'],
    ['\u3000\u3000煤炭开采和洗选业', null, 3.7, null, 0.6],
    ['汽车制造业出口交货值(亿元)', 272.1, -6.2, 1006.5, -9.4],
    ['注：1.从2011年起，规模以上工业企业起点标准提高到年主营业务收入2000万元。'],
    ['\u3000\u30002.自2013年起，1-2月份工业数据一起调查，一起发布。', 2013],
  ],
  [
    { s: { r: 0, c: 0 }, e: { r: 0, c: 4 } },
    { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
    { s: { r: 1, c: 1 }, e: { r: 1, c: 2 } },
    { s: { r: 1, c: 3 }, e: { r: 1, c: 4 } },
  ],
);

describe('the readers, listed once', () => {
  it('lists each layout once, found by name', () => {
    const names = LAYOUT_READERS.map((reader) => reader.name);
    expect(new Set(names).size).toBe(names.length);
    expect(layoutReader('release-table')?.name).toBe('release-table');
  });

  it('chooses the most confident reader and keeps the runner-up', () => {
    const sheet = grid('S', [
      ['指标', '本月', '本月止累计', '比上年同期增长(%)'],
      ['x', 1, 2, 3],
    ]);
    const { choice } = chooseReader([sheet], { zone: { value: 'bt' }, period: '2025-05' });
    expect(choice?.chosen.reader.name).toBe('release-table');
    expect(choice?.runnerUp?.reader.name).toBe('canonical');
    expect(choice!.chosen.detection.confidence).toBeGreaterThan(choice!.runnerUp!.detection.confidence);
  });

  it('is not sure of a release table when several months of one basis stand across (indicators × periods)', () => {
    const across = grid('S', [
      ['指标', '1-2月', '3月', '4月'],
      ['规模以上工业增加值', -13.5, -1.1, 3.9],
    ]);
    const detection = layoutReader('release-table')!.detect(across, {});
    expect(detection.confidence).toBeLessThan(0.5);
    expect(detection.reason).toContain('3 periods across');
  });

  it('leaves a table whose rows are zones (地区 | 本月 | 上月) to another reader', () => {
    const zones = grid('S', [
      ['指标：居民消费价格指数(上年同月=100)'],
      ['地区', '本月', '上月'],
      ['内蒙古自治区', 103.8, 104.3],
    ]);
    const detection = layoutReader('release-table')!.detect(zones, {});
    expect(detection).toEqual({ confidence: 0.2, reason: 'row 2 has a 地区 column: rows are zones, not indicators' });
  });

  it('never takes a row of figures for a header (9612.5 is not the period 9612-05)', () => {
    const sheet = grid('Tab 1', [
      [null, 'Shares', 'Cost'],
      ['Microsoft Corp', 100, 96.125, 9612.5],
      ['Early 1998', 400, null, null],
    ]);
    expect(chooseReader([sheet], {}).choice).toBeNull();
  });
});

describe('the release-table reader', () => {
  const reader = layoutReader('release-table')!;

  it('reads two header rows, section rows, indents and units in names, and stops at the notes', () => {
    const reading = reader.read(twoRow, { zone: { value: 'cn' } });
    expect(reading).toMatchObject({
      headerRow: 1,
      headerRows: 2,
      labelColumns: [0],
      given: { zone: 'cn', period: '2020-04', basis: null },
    });
    expect(
      reading.records.map((record) => [
        record.row + 1,
        fieldValue(record, 'indicator'),
        fieldValue(record, 'basis'),
        fieldValue(record, 'value'),
        fieldValue(record, 'yoy_pct'),
        fieldValue(record, 'unit'),
      ]),
    ).toEqual([
      [4, '规模以上工业增加值', 'month', null, 3.9, null],
      [4, '规模以上工业增加值', 'ytd', null, -4.9, null],
      [6, '煤炭开采和洗选业', 'month', null, 3.7, null],
      [6, '煤炭开采和洗选业', 'ytd', null, 0.6, null],
      [7, '汽车制造业出口交货值', 'month', 272.1, -6.2, '亿元'],
      [7, '汽车制造业出口交货值', 'ytd', 1006.5, -9.4, '亿元'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.notes).toContainEqual({ what: 'header-rows', value: '2–3', from: '表1!A2' });
  });

  it('reads a unit in a header, and refuses a unit column that says otherwise over a figure', () => {
    const sheet = grid('S', [
      ['2020年1-4月'],
      ['指标名称', '计量单位', '本月(亿元)', '累计增长(%)'],
      ['甲', '%', null, 1.5],
      ['乙', '万元', 5, 2],
    ]);
    const reading = reader.read(sheet, { zone: { value: 'cn' } });
    // 甲 has growth only, under a header without a unit: its unit column is taken. 乙's row is refused whole.
    expect(
      reading.records.map((record) => [
        fieldValue(record, 'indicator'),
        fieldValue(record, 'basis'),
        fieldValue(record, 'unit'),
      ]),
    ).toEqual([['甲', 'ytd', '%']]);
    expect(reading.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        place: 'S!B4',
        found: '万元',
        message: 'the unit column and the header name different units',
      }),
    ]);
    const agreeing = reader.read(
      grid('S', [['2020年1-4月'], ['指标名称', '计量单位', '本月(亿元)'], ['丙', '亿元', 7]]),
      { zone: { value: 'cn' } },
    );
    expect(agreeing.records.map((record) => [fieldValue(record, 'value'), fieldValue(record, 'unit')])).toEqual([
      [7, '亿元'],
    ]);
  });

  it('does not take a title merged right above the header for a header row', () => {
    const sheet = grid(
      'S',
      [['2020年4月规模以上工业主要数据'], [null, '本月', '累计', '增长(%)'], ['工业增加值', 10, 40, 2.5]],
      [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }],
    );
    const reading = reader.read(sheet, { zone: { value: 'cn' } });
    expect(reading).toMatchObject({ headerRow: 1, headerRows: 1, given: { period: '2020-04' } });
    // The growth column follows the year-to-date value to its left, not the title's month.
    expect(reading.mapping.map((entry) => entry.field)).toEqual(['month_value', 'ytd_value', 'ytd_yoy']);
  });

  it('reads an index (上年同月=100), in a header or in a name, as growth: the figure minus 100, never a value', () => {
    const sheet = grid('S', [
      ['2020年2月'],
      ['指标', '本月(上年同月=100)', '累计(上年同期=100)'],
      ['居民消费价格', 103.6, '104.5'],
      ['工业生产者出厂价格指数(上年同月=100)', 99.6, 99.9],
    ]);
    const reading = reader.read(sheet, { zone: { value: 'cn' } });
    expect(reading.mapping.map((entry) => entry.field)).toEqual(['indicator', 'month_yoy', 'ytd_yoy']);
    expect(
      reading.records.map((record) => [
        fieldValue(record, 'indicator'),
        fieldValue(record, 'basis'),
        fieldValue(record, 'value'),
        fieldValue(record, 'yoy_pct'),
        record.given?.yoy_pct?.place,
      ]),
    ).toEqual([
      ['居民消费价格', 'month', null, 3.6, 'S!B3'],
      ['居民消费价格', 'ytd', null, 4.5, 'S!C3'],
      ['工业生产者出厂价格指数', 'month', null, -0.4, 'S!B4'],
      ['工业生产者出厂价格指数', 'ytd', null, -0.1, 'S!C4'],
    ]);
    const indexRow = reader.read(
      grid('S', [['2020年2月'], ['指标', '本月', '同比增长(%)'], ['价格指数(上年同月=100)', 103.6, 3.6]]),
      { zone: { value: 'cn' } },
    );
    expect(indexRow.records).toEqual([]);
    expect(indexRow.problems).toEqual([
      expect.objectContaining({ place: 'S!C3', message: 'an index row with a growth column too' }),
    ]);
  });

  it('reads a row named as growth (…增速, …同比增长) under value columns as the YoY of its base indicator', () => {
    const sheet = grid('S', [
      ['2020年4月'],
      ['指标', '本月', '1-4月'],
      ['规模以上工业增加值增速(%)', 3.9, -4.9],
      ['出口交货值同比增长', '-6.2', null],
      ['产能利用率(%)', 74.2, null],
    ]);
    const reading = reader.read(sheet, { zone: { value: 'cn' } });
    expect(
      reading.records.map((record) => [
        fieldValue(record, 'indicator'),
        fieldValue(record, 'basis'),
        fieldValue(record, 'value'),
        fieldValue(record, 'yoy_pct'),
      ]),
    ).toEqual([
      ['规模以上工业增加值', 'month', null, 3.9],
      ['规模以上工业增加值', 'ytd', null, -4.9],
      ['出口交货值', 'month', null, '-6.2'],
      // A rate is a level, not growth.
      ['产能利用率', 'month', 74.2, null],
    ]);
  });

  it("takes 比上年同期增减(%) as growth, not as last year's figures", () => {
    const sheet = grid('S', [
      ['2020年4月'],
      ['产品名称', '本月', '本月止累计', '比上年同期增减(%)'],
      ['内燃机', 1, 4, -2.5],
    ]);
    const reading = reader.read(sheet, { zone: { value: 'cn' } });
    expect(reading.mapping.map((entry) => entry.field)).toEqual(['indicator', 'month_value', 'ytd_value', 'ytd_yoy']);
    expect(
      reading.records.map((record) => [
        fieldValue(record, 'indicator'),
        fieldValue(record, 'basis'),
        fieldValue(record, 'yoy_pct'),
      ]),
    ).toEqual([
      ['内燃机', 'month', null],
      ['内燃机', 'ytd', -2.5],
    ]);
  });
});
