import { describe, expect, it } from 'vitest';
import { indicatorsByPeriodsReader } from '../../../../../shared/workbook/read/layouts/indicators-by-periods';
import { periodsByIndicatorsReader } from '../../../../../shared/workbook/read/layouts/periods-by-indicators';
import { zonesByPeriodsReader } from '../../../../../shared/workbook/read/layouts/zones-by-periods';
import { accountFor, figures, only, readReal, sheetOf } from './series-helpers';

const 全国 = { value: '全国' };

describe('indicators × periods: the national database export (nbs-iav-growth-months.xls)', () => {
  const sheet = sheetOf(readReal('nbs-iav-growth-months.xls'), '月度数据');
  const reading = indicatorsByPeriodsReader.read(sheet, { zone: 全国 });
  const found = figures(reading.records);

  it('reads 工业增加值 as the README gives it: month YoY 3.9 and ytd YoY −4.9 for 2020-04, ytd YoY −13.5 for 2020-02', () => {
    expect(only(found, { indicator: '工业增加值', period: '2020-04', basis: 'month' })).toMatchObject({
      yoy: 3.9,
      value: null,
      zone: '全国',
    });
    expect(only(found, { indicator: '工业增加值', period: '2020-04', basis: 'ytd' })).toMatchObject({
      yoy: -4.9,
      value: null,
    });
    expect(only(found, { indicator: '工业增加值', period: '2020-02', basis: 'ytd' })).toMatchObject({
      yoy: -13.5,
      value: null,
    });
  });

  it('stores no value from a growth row, and nothing for the blank 2020年2月 of a 同比增长 row', () => {
    expect(found.filter((figure) => figure.value !== null)).toEqual([]);
    expect(
      found.filter(
        (figure) => figure.indicator === '工业增加值' && figure.period === '2020-02' && figure.basis === 'month',
      ),
    ).toEqual([]);
  });

  it('reads every month column, not only the first: 煤炭开采和洗选业 2018-06 month YoY 2.8 (V6) and ytd YoY 2.8 (V47)', () => {
    expect(only(found, { indicator: '煤炭开采和洗选业增加值', period: '2018-06', basis: 'month' }).yoy).toBe(2.8);
    expect(only(found, { indicator: '煤炭开采和洗选业增加值', period: '2018-06', basis: 'ytd' }).yoy).toBe(2.8);
  });

  it('accounts for every figure: each is in one record or one unmapped problem; the 23 under blank headers (W4:AH5) are reported', () => {
    const account = accountFor(sheet, reading);
    expect(account.twice).toEqual([]);
    expect(account.missed).toEqual([]);
    expect(account.recorded + account.unmapped).toBe(account.numeric);
    // Row 4 has 11 figures in W–AH (one blank), row 5 has 12: read off the file.
    expect(account.unmapped).toBe(23);
    expect(
      reading.problems
        .filter((problem) => problem.unmapped)
        .every((problem) => /^月度数据!([W-Z]|A[A-H])[45](:([W-Z]|A[A-H])5)?$/.test(problem.place!)),
    ).toBe(true);
  });

  it('reports the second table below the first on the 同比 sheet instead of dropping it', () => {
    const other = sheetOf(readReal('nbs-iav-growth-months.xls'), '同比');
    const otherReading = indicatorsByPeriodsReader.read(other, { zone: 全国 });
    const account = accountFor(other, otherReading);
    expect(account.missed).toEqual([]);
    expect(account.twice).toEqual([]);
    expect(otherReading.problems.some((problem) => problem.unmapped && problem.place === '同比!B46:B122')).toBe(true);
  });

  it('carries no zone when none was chosen: the pipeline asks', () => {
    const unzoned = figures(indicatorsByPeriodsReader.read(sheet, {}).records);
    expect(unzoned.every((figure) => figure.zone === null)).toBe(true);
  });
});

describe('indicators × periods: months across with the year in the title (retyped-C-months-as-columns.xlsx)', () => {
  const sheet = sheetOf(readReal('retyped-C-months-as-columns.xlsx'), '增速');
  const reading = indicatorsByPeriodsReader.read(sheet, {});
  const found = figures(reading.records);

  it('reads 规模以上工业增加值: 2020-02 ytd YoY −13.5 (1-2月), 2020-03 month YoY −1.1, 2020-04 month YoY 3.9', () => {
    expect(only(found, { indicator: '规模以上工业增加值', period: '2020-02', basis: 'ytd' }).yoy).toBe(-13.5);
    expect(only(found, { indicator: '规模以上工业增加值', period: '2020-03', basis: 'month' }).yoy).toBe(-1.1);
    expect(only(found, { indicator: '规模以上工业增加值', period: '2020-04', basis: 'month' }).yoy).toBe(3.9);
  });

  it('takes every figure as growth (the title says 增速(%)) and reads all 12', () => {
    expect(found).toHaveLength(12);
    expect(found.every((figure) => figure.value === null && figure.yoy !== null)).toBe(true);
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 12, recorded: 12, unmapped: 0 });
  });
});

describe('periods × indicators: the 中经网 export (cei-time-down-quarterly.xls)', () => {
  const workbook = readReal('cei-time-down-quarterly.xls');
  const sheet = sheetOf(workbook, 'Sheet1');
  const reading = periodsByIndicatorsReader.read(sheet, {});
  const found = figures(reading.records);

  it('reads 第二产业增加值 2018-06: ytd value 167,698.8 亿元 and ytd YoY 6.1, zone 全国 from the 地区 row', () => {
    expect(only(found, { indicator: '第二产业增加值', period: '2018-06', basis: 'ytd', yoy: null })).toMatchObject({
      value: 167698.8,
      unit: '亿元',
      zone: '全国',
    });
    expect(only(found, { indicator: '第二产业增加值', period: '2018-06', basis: 'ytd', value: null }).yoy).toBe(6.1);
    expect(reading.headerRows).toBe(4);
  });

  it('reports the quarterly 当期 figures instead of storing them as months: C6:C27, 8 figures', () => {
    expect(found.filter((figure) => figure.indicator === '第二产业增加值' && figure.basis === 'month')).toEqual([]);
    const quarterly = reading.problems.find((problem) => problem.place === 'Sheet1!C6:C27');
    expect(quarterly).toMatchObject({ unmapped: true, message: expect.stringMatching(/^8 figures .*当季/) });
  });

  it('reads monthly series as months: 规模以上工业增加值 2020-04 month YoY 3.9, 原油产量 2020-04 month 1,587.47 万吨, PPI 2018-05 growth 4.1 (104.1 − 100)', () => {
    expect(only(found, { indicator: '规模以上工业增加值', period: '2020-04', basis: 'month' }).yoy).toBe(3.9);
    expect(only(found, { indicator: '原油产量', period: '2020-04' })).toMatchObject({
      basis: 'month',
      value: 1587.47,
      unit: '万吨',
    });
    expect(only(found, { indicator: '工业生产者出厂价格指数', period: '2018-05' })).toMatchObject({
      basis: 'month',
      yoy: 4.1,
      value: null,
    });
  });

  it('never takes month-on-month growth (环比) for year on year', () => {
    expect(found.some((figure) => figure.yoy === 0.52 || figure.yoy === 33.04)).toBe(false);
    expect(reading.problems.find((problem) => problem.place === 'Sheet1!P5:P28')).toMatchObject({
      unmapped: true,
      message: expect.stringMatching(/环比/),
    });
  });

  it('accounts for every figure of the sheet', () => {
    const account = accountFor(sheet, reading);
    expect(account.twice).toEqual([]);
    expect(account.missed).toEqual([]);
    expect(account.recorded + account.unmapped).toBe(account.numeric);
  });

  it('sees the metadata sheet (指标名称 / 地区名称 / … / 来源) as no data', () => {
    const metadata = sheetOf(workbook, 'Sheet2');
    for (const reader of [indicatorsByPeriodsReader, periodsByIndicatorsReader, zonesByPeriodsReader])
      expect(reader.detect(metadata, {}).confidence, reader.name).toBeLessThan(0.3);
  });
});

describe('zones × periods: 指标 in the title, zones down', () => {
  it("reads the cities' GDP by year: 北京 2019 → ytd 2019-12, 35,371.28 亿元; 石家庄 2015 5,440.6 stays a figure", () => {
    const sheet = sheetOf(readReal('nbs-cities-gdp-years.xls'), '主要城市年度数据');
    const reading = zonesByPeriodsReader.read(sheet, {});
    const found = figures(reading.records);
    expect(only(found, { zone: '北京', period: '2019-12' })).toMatchObject({
      indicator: '国内生产总值',
      basis: 'ytd',
      value: 35371.28,
      unit: '亿元',
      yoy: null,
    });
    expect(only(found, { zone: '石家庄', period: '2015-12' }).value).toBe(5440.6);
    expect(new Set(found.map((figure) => figure.period))).toEqual(
      new Set(['2019-12', '2018-12', '2017-12', '2016-12', '2015-12']),
    );
    expect(reading.headerRow).toBe(3);
    expect(new Set(found.map((figure) => figure.zone)).size).toBe(36); // rows 5–40
    expect(accountFor(sheet, reading)).toMatchObject({ twice: [], missed: [], unmapped: 0 });
  });

  it("reads the provinces' CPI (GB18030 CSV): 北京市 2020-02 month YoY 3.6, 2020-01 4.5 (index − 100); 31 zones; the blank 2020年3月 gives nothing", () => {
    const sheet = readReal('nbs-provinces-cpi-months-gb18030.csv').sheets[0]!;
    const reading = zonesByPeriodsReader.read(sheet, {});
    const found = figures(reading.records);
    expect(only(found, { zone: '北京市', period: '2020-02' })).toMatchObject({
      indicator: '居民消费价格指数',
      basis: 'month',
      yoy: 3.6,
      value: null,
    });
    expect(only(found, { zone: '北京市', period: '2020-01' }).yoy).toBe(4.5);
    expect(new Set(found.map((figure) => figure.zone)).size).toBe(31);
    expect(found.filter((figure) => figure.period === '2020-03')).toEqual([]);
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 62, recorded: 62, unmapped: 0 });
  });

  it('reads 本月 / 上月 with the month from the title (retyped-F): 内蒙古自治区 2020-02 month YoY 3.8, 2020-01 4.3', () => {
    const sheet = sheetOf(readReal('retyped-F-zones-as-rows.xlsx'), '分地区');
    const reading = zonesByPeriodsReader.read(sheet, {});
    const found = figures(reading.records);
    expect(only(found, { zone: '内蒙古自治区', period: '2020-02' })).toMatchObject({
      indicator: '居民消费价格指数',
      basis: 'month',
      yoy: 3.8,
      value: null,
    });
    expect(only(found, { zone: '内蒙古自治区', period: '2020-01' })).toMatchObject({ basis: 'month', yoy: 4.3 });
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 20, recorded: 20, unmapped: 0 });
  });
});
