import { describe, expect, it } from 'vitest';
import { indicatorsByPeriodsReader } from '../../../../../shared/workbook/read/layouts/indicators-by-periods';
import { periodsByIndicatorsReader } from '../../../../../shared/workbook/read/layouts/periods-by-indicators';
import { zonesByPeriodsReader } from '../../../../../shared/workbook/read/layouts/zones-by-periods';
import { accountFor, built, figures, only } from './series-helpers';

const CONTEXT = { zone: { value: '包头稀土高新区' } };

describe('indicators × periods, shapes beyond the real files', () => {
  it('reads months newest last, values with their unit and growth as growth', () => {
    const sheet = built({
      月度: [
        ['数据库：月度数据'],
        ['指标', '2021年1月', '2021年2月', '2021年3月'],
        ['汽车产量当期值(万辆)', 10, 11, 12],
        ['汽车产量累计值(万辆)', 10, 21, 33],
        ['汽车产量同比增长(%)', 5.5, '', 6.1],
        ['数据来源：国家统计局'],
      ],
    }).sheets[0]!;
    expect(indicatorsByPeriodsReader.detect(sheet, CONTEXT).confidence).toBeGreaterThanOrEqual(0.8);
    const reading = indicatorsByPeriodsReader.read(sheet, CONTEXT);
    const found = figures(reading.records);
    expect(only(found, { period: '2021-03', basis: 'month', yoy: null })).toMatchObject({
      indicator: '汽车产量',
      value: 12,
      unit: '万辆',
      zone: '包头稀土高新区',
    });
    expect(only(found, { period: '2021-03', basis: 'ytd' })).toMatchObject({ value: 33, unit: '万辆' });
    expect(only(found, { period: '2021-03', basis: 'month', value: null }).yoy).toBe(6.1);
    expect(found.filter((figure) => figure.period === '2021-02' && figure.yoy !== null)).toEqual([]);
    expect(found).toHaveLength(8); // 3 + 3 + 2 figures
  });

  it('gives 1-2月 / 3月 headers the year of 时间：2021, and says so', () => {
    const sheet = built({ S: [['时间：2021'], ['指标', '1-2月', '3月'], ['工业增加值累计增长(%)', 35.1, 24.5]] })
      .sheets[0]!;
    const reading = indicatorsByPeriodsReader.read(sheet, {});
    const found = figures(reading.records);
    expect(only(found, { period: '2021-02' })).toMatchObject({ basis: 'ytd', yoy: 35.1 });
    expect(only(found, { period: '2021-03' })).toMatchObject({ basis: 'ytd', yoy: 24.5 });
    expect(reading.notes).toContainEqual({ what: 'period', value: 'year 2021 for headers without one', from: 'S!A1' });
  });

  it('reports, not guesses, months with no year anywhere', () => {
    const sheet = built({
      S: [
        ['指标', '1-2月', '3月'],
        ['工业增加值增速(%)', 35.1, 24.5],
      ],
    }).sheets[0]!;
    const reading = indicatorsByPeriodsReader.read(sheet, {});
    expect(reading.records).toEqual([]);
    expect(reading.problems.filter((problem) => problem.unmapped).map((problem) => problem.place)).toEqual([
      'S!B2',
      'S!C2',
    ]);
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 2, unmapped: 2, missed: [] });
  });

  it("stores a quarter's 累计 at its last month and reports a single quarter's 当季 figure", () => {
    const sheet = built({
      S: [
        ['指标', '2020年第一季度', '2020年第二季度'],
        ['地区生产总值累计值(亿元)', 100, 250],
        ['地区生产总值当季值(亿元)', 100, 150],
      ],
    }).sheets[0]!;
    const reading = indicatorsByPeriodsReader.read(sheet, CONTEXT);
    const found = figures(reading.records);
    expect(only(found, { period: '2020-03' })).toMatchObject({ basis: 'ytd', value: 100, unit: '亿元' });
    expect(only(found, { period: '2020-06' })).toMatchObject({ basis: 'ytd', value: 250 });
    expect(found).toHaveLength(2);
    expect(reading.problems.filter((problem) => problem.unmapped).map((problem) => problem.place)).toEqual([
      'S!B3',
      'S!C3',
    ]);
  });

  it('takes the zone from a 地区：title row over the chosen one, and the chosen basis for names that say none', () => {
    const sheet = built({
      S: [
        ['数据库：分省月度数据'],
        ['地区：内蒙古自治区'],
        ['指标', '2021年3月'],
        ['Industrial  output (100m CNY)', 1200.5],
      ],
    }).sheets[0]!;
    const reading = indicatorsByPeriodsReader.read(sheet, { ...CONTEXT, basis: 'ytd' });
    expect(figures(reading.records)).toEqual([
      {
        zone: '内蒙古自治区',
        indicator: 'Industrial output',
        period: '2021-03',
        basis: 'ytd',
        value: 1200.5,
        yoy: null,
        unit: '100m CNY',
      },
    ]);
    expect(reading.given.zone).toBe('内蒙古自治区');
  });

  it('reports the figures of a column the mapping leaves out, by letter or by header', () => {
    const sheet = built({
      S: [
        ['数据库：月度数据'],
        ['指标', '2021年3月', '2021年2月'],
        ['工业增加值同比增长(%)', 14.1, ''],
        ['发电量同比增长(%)', 21.6, 19.3],
      ],
    }).sheets[0]!;
    for (const choice of [
      { column: 'C', field: null },
      { header: '2021年2月', field: null },
    ]) {
      const reading = indicatorsByPeriodsReader.read(sheet, { choices: [choice] });
      expect(figures(reading.records).map((figure) => figure.period)).toEqual(['2021-03', '2021-03']);
      expect(reading.problems).toEqual([
        expect.objectContaining({
          unmapped: true,
          place: 'S!C4',
          message: expect.stringMatching(/mapping leaves this column out/),
        }),
      ]);
    }
  });

  it('refuses a row that names a unit under a title that says growth, rather than guess', () => {
    const sheet = built({
      S: [
        ['2020年全国规模以上工业增加值增速(%)'],
        ['指标', '1-2月', '3月'],
        ['规模以上工业增加值', -13.5, -1.1],
        ['发电量(亿千瓦时)', 8, 9],
      ],
    }).sheets[0]!;
    const reading = indicatorsByPeriodsReader.read(sheet, {});
    expect(figures(reading.records).map((figure) => figure.indicator)).toEqual([
      '规模以上工业增加值',
      '规模以上工业增加值',
    ]);
    expect(reading.problems).toEqual([
      expect.objectContaining({ unmapped: true, place: 'S!B4' }),
      expect.objectContaining({ unmapped: true, place: 'S!C4' }),
    ]);
  });

  it('reads years across as year to date at December', () => {
    const sheet = built({
      S: [
        ['指标', '2018年', '2019年'],
        ['地区生产总值(亿元)', 320.5, 340.25],
      ],
    }).sheets[0]!;
    const found = figures(indicatorsByPeriodsReader.read(sheet, CONTEXT).records);
    expect(only(found, { period: '2019-12' })).toMatchObject({ basis: 'ytd', value: 340.25, unit: '亿元' });
    expect(only(found, { period: '2018-12' }).value).toBe(320.5);
  });
});

describe('periods × indicators, shapes beyond the real file', () => {
  it('reads a time column newest last with text, number (202103) and date periods, never a figure as a period', () => {
    const sheet = built({
      S: [
        ['时间', '工业增加值同比增长(%)', '发电量当期值(亿千瓦时)'],
        ['2021-01', 12.5, 5440.6],
        [202102, 35.1, 5100],
        [new Date(Date.UTC(2021, 2, 1)), 14.1, 6370.5],
        [],
        ['注：1-2月合并发布。'],
      ],
    }).sheets[0]!;
    expect(periodsByIndicatorsReader.detect(sheet, CONTEXT).confidence).toBeGreaterThanOrEqual(0.8);
    const reading = periodsByIndicatorsReader.read(sheet, CONTEXT);
    const found = figures(reading.records);
    expect(new Set(found.map((figure) => figure.period))).toEqual(new Set(['2021-01', '2021-02', '2021-03']));
    expect(only(found, { indicator: '发电量', period: '2021-01' })).toMatchObject({
      basis: 'month',
      value: 5440.6,
      unit: '亿千瓦时',
    });
    expect(only(found, { indicator: '工业增加值', period: '2021-03' })).toMatchObject({
      basis: 'month',
      yoy: 14.1,
      value: null,
    });
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 6, recorded: 6, unmapped: 0, missed: [] });
  });

  it('stores a yearly series (频度 年) at December only, and reports a daily one', () => {
    const sheet = built({
      S: [
        ['指标', 'GDP_累计', '煤炭价格_当期'],
        ['地区', '全国', '全国'],
        ['频度', '年', '日'],
        ['单位', '亿元', '元/吨'],
        ['2019-06', 450933, 600],
        ['2019-12', 990865.1, 610],
      ],
    }).sheets[0]!;
    const reading = periodsByIndicatorsReader.read(sheet, {});
    expect(figures(reading.records)).toEqual([
      expect.objectContaining({
        indicator: 'GDP',
        period: '2019-12',
        basis: 'ytd',
        value: 990865.1,
        unit: '亿元',
        zone: '全国',
      }),
    ]);
    expect(reading.problems.map((problem) => [problem.place, problem.unmapped])).toEqual([
      ['S!B5', true],
      ['S!C5:C6', true],
    ]);
  });

  it('reports figures on a row with no period', () => {
    const sheet = built({
      S: [
        ['时间', '工业增加值同比增长(%)'],
        ['2021-01', 12.5],
        [null, 35.1],
        ['2021-03', 14.1],
      ],
    }).sheets[0]!;
    const reading = periodsByIndicatorsReader.read(sheet, {});
    expect(figures(reading.records).map((figure) => figure.period)).toEqual(['2021-01', '2021-03']);
    expect(reading.problems).toEqual([
      expect.objectContaining({ unmapped: true, place: 'S!B3', message: expect.stringMatching(/no period/) }),
    ]);
  });

  it("takes each series' zone from the 地区 row of a 中经网 block and its unit from 单位", () => {
    const sheet = built({
      S: [
        ['指标', '规模以上工业增加值_累计同比实际增速', '规模以上工业增加值_累计同比实际增速', '原油产量_累计'],
        ['地区', '北京', '天津', '天津'],
        ['频度', '月', '月', '月'],
        ['单位', '%', '%', '万吨'],
        ['2021-02', 31.7, 40.1, 50.5],
        ['2021-03', 26.6, 30.2, 80.25],
      ],
    }).sheets[0]!;
    const reading = periodsByIndicatorsReader.read(sheet, {});
    const found = figures(reading.records);
    expect(only(found, { zone: '北京', period: '2021-03' })).toMatchObject({
      indicator: '规模以上工业增加值',
      basis: 'ytd',
      yoy: 26.6,
    });
    expect(only(found, { zone: '天津', period: '2021-03', value: null }).yoy).toBe(30.2);
    expect(only(found, { zone: '天津', period: '2021-03', yoy: null })).toMatchObject({
      indicator: '原油产量',
      basis: 'ytd',
      value: 80.25,
      unit: '万吨',
    });
    expect(reading.headerRows).toBe(4);
    expect(reading.given.zone).toBeNull();
  });
});

describe('zones × periods and zones × measures, shapes beyond the real files', () => {
  it('reads 本月 / 本年累计 / 同比增长(%) for the month 时间：2021年3月 names, and reports 上年同月', () => {
    const sheet = built({
      S: [
        ['指标：规模以上工业增加值(亿元)'],
        ['时间：2021年3月'],
        ['地区', '本月', '本年累计', '同比增长(%)', '上年同月'],
        ['北京市', 10, 30, 5.5, 9],
        ['天津市', 8, 22.5, -1.2, 8.1],
      ],
    }).sheets[0]!;
    expect(zonesByPeriodsReader.detect(sheet, {}).confidence).toBeGreaterThanOrEqual(0.8);
    const reading = zonesByPeriodsReader.read(sheet, {});
    const found = figures(reading.records);
    expect(only(found, { zone: '北京市', basis: 'month', yoy: null })).toMatchObject({
      indicator: '规模以上工业增加值',
      period: '2021-03',
      value: 10,
      unit: '亿元',
    });
    expect(only(found, { zone: '北京市', basis: 'ytd' })).toMatchObject({ period: '2021-03', value: 30 });
    expect(only(found, { zone: '天津市', basis: 'month', value: null })).toMatchObject({
      period: '2021-03',
      yoy: -1.2,
    });
    expect(reading.problems.filter((problem) => problem.unmapped)).toEqual([
      expect.objectContaining({ place: 'S!E4:E5', message: expect.stringMatching(/^2 figures under "上年同月"/) }),
    ]);
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 8, recorded: 6, unmapped: 2, missed: [], twice: [] });
  });

  it('does not claim a zones × indicators table (地区 | 地区生产总值(亿元) | 增长(%))', () => {
    const sheet = built({
      S: [
        ['2021年3月主要指标'],
        ['地区', '地区生产总值(亿元)', '规模以上工业增加值(亿元)', '增长(%)'],
        ['包头', 2951.8, 1200, 5.5],
      ],
    }).sheets[0]!;
    expect(zonesByPeriodsReader.detect(sheet, {}).confidence).toBeLessThanOrEqual(0.3);
  });

  it("reads a growth column as growth under an index title, and a header's unit over the title's", () => {
    const index = built({
      S: [['2020年2月分地区居民消费价格指数(上年同月=100)'], ['地区', '本月', '同比增长(%)'], ['北京市', 103.6, 3.6]],
    }).sheets[0]!;
    const found = figures(zonesByPeriodsReader.read(index, {}).records);
    expect(found.map((figure) => figure.yoy)).toEqual([3.6, 3.6]); // 103.6 − 100, and 3.6 as written: never 3.6 − 100
    const units = built({
      S: [['指标：规模以上工业增加值(亿元)'], ['时间：2021年3月'], ['地区', '本月(万元)'], ['包头', 125000]],
    }).sheets[0]!;
    expect(figures(zonesByPeriodsReader.read(units, {}).records)).toEqual([
      expect.objectContaining({ value: 125000, unit: '万元', period: '2021-03', basis: 'month' }),
    ]);
  });

  it('reads number years across (地区 | 2018 | 2019), and never a row of figures as a header', () => {
    const years = built({ S: [['指标：地区生产总值(亿元)'], ['地区', 2018, 2019], ['包头', 2951.8, 2714.5]] })
      .sheets[0]!;
    expect(
      figures(zonesByPeriodsReader.read(years, {}).records).map((figure) => [figure.period, figure.value]),
    ).toEqual([
      ['2018-12', 2951.8],
      ['2019-12', 2714.5],
    ]);
    const figuresOnly = built({
      S: [
        ['企业数(家)', 2015, 2031],
        ['北京', 35371.28, 33105.97],
      ],
    }).sheets[0]!;
    expect(indicatorsByPeriodsReader.detect(figuresOnly, {}).confidence).toBe(0);
    expect(zonesByPeriodsReader.detect(figuresOnly, {}).confidence).toBe(0);
  });

  it('reads years across newest last', () => {
    const sheet = built({ S: [['指标：地区生产总值(亿元)'], ['地区', '2018年', '2019年'], ['包头', 2951.8, 2714.5]] })
      .sheets[0]!;
    const found = figures(zonesByPeriodsReader.read(sheet, {}).records);
    expect(only(found, { period: '2019-12' })).toMatchObject({
      zone: '包头',
      basis: 'ytd',
      value: 2714.5,
      unit: '亿元',
    });
    expect(only(found, { period: '2018-12' }).value).toBe(2951.8);
  });

  it('refuses to guess the indicator when the title does not name one', () => {
    const sheet = built({
      S: [
        ['地区', '2018年', '2019年'],
        ['包头', 2951.8, 2714.5],
      ],
    }).sheets[0]!;
    expect(zonesByPeriodsReader.detect(sheet, {}).confidence).toBeLessThan(0.8);
    const reading = zonesByPeriodsReader.read(sheet, {});
    expect(reading.records).toEqual([]);
    expect(
      reading.problems.some(
        (problem) => problem.severity === 'error' && !problem.unmapped && /indicator/.test(problem.message),
      ),
    ).toBe(true);
    expect(accountFor(sheet, reading)).toMatchObject({ numeric: 2, unmapped: 2, missed: [] });
  });
});
