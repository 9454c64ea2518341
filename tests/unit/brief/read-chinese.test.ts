import { describe, expect, it } from 'vitest';
import { readBrief, type BriefReading } from '../../../shared/brief';

/** Written for these tests in the style of a zone statistics bureau's monthly release. */
const MONTHLY = [
  '2025年1-5月稀土高新区经济运行简况',
  '1-5月，稀土高新区规模以上工业增加值同比增长14.8%，增速高于全市(13%)1.8个百分点，比1-4月加快0.6个百分点，连续54个月保持两位数增长。',
  '其中，稀土产业增加值增长16.9%，拉动全区规上工业增长5.4个百分点，对全区规上工业增长的贡献率为36.5%。',
  '分产品看，稀土磁性材料产量1.53万吨，同比增长23.8%；稀土化合物产量2.31万吨，下降5.2%。',
  '全区经济运行总体平稳，向好态势持续巩固。',
].join('\n');

function figures(reading: BriefReading) {
  return reading.statements.map(({ zone, indicator, period, basis, value, unit, yoyPct, derived }) => ({
    zone,
    indicator,
    period,
    basis,
    value,
    unit,
    yoyPct,
    derived,
  }));
}

function claims(reading: BriefReading) {
  return reading.statements.flatMap((statement) =>
    statement.claims.map(({ kind, figure, against, comparedPeriod, threshold, groupSize }) => ({
      kind,
      figure,
      against,
      comparedPeriod,
      threshold,
      groupSize,
    })),
  );
}

describe('readBrief on Chinese briefs', () => {
  it('reads a monthly release: 1-5月, 增长/下降, 万吨, the city in brackets, a change, a streak, 拉动 and 贡献率', () => {
    const reading = readBrief(MONTHLY);
    const at = { period: '2025-05', basis: 'ytd', derived: false };
    expect(figures(reading)).toEqual([
      { zone: '稀土高新区', indicator: '规模以上工业增加值', ...at, value: null, unit: null, yoyPct: 14.8 },
      // 高于全市(13%): the city's own growth, stated.
      { zone: '全市', indicator: '规模以上工业增加值', ...at, value: null, unit: null, yoyPct: 13 },
      { zone: '稀土高新区', indicator: '稀土产业增加值', ...at, value: null, unit: null, yoyPct: 16.9 },
      // 1.53万吨 = 15,300 t; 2.31万吨 = 23,100 t.
      { zone: '稀土高新区', indicator: '稀土磁性材料产量', ...at, value: 15_300, unit: 't', yoyPct: 23.8 },
      { zone: '稀土高新区', indicator: '稀土化合物产量', ...at, value: 23_100, unit: 't', yoyPct: -5.2 },
    ]);
    expect(claims(reading)).toEqual([
      {
        kind: 'gap_pp',
        figure: 1.8,
        against: '全市',
        comparedPeriod: undefined,
        threshold: undefined,
        groupSize: undefined,
      },
      {
        kind: 'benchmark_yoy_pct',
        figure: 13,
        against: '全市',
        comparedPeriod: undefined,
        threshold: undefined,
        groupSize: undefined,
      },
      {
        kind: 'change_pp',
        figure: 0.6,
        against: '1-4月',
        comparedPeriod: '2025-04',
        threshold: undefined,
        groupSize: undefined,
      },
      {
        kind: 'streak_months',
        figure: 54,
        against: null,
        comparedPeriod: undefined,
        threshold: 10,
        groupSize: undefined,
      },
      {
        kind: 'contribution_pp',
        figure: 5.4,
        against: '全区规上工业',
        comparedPeriod: undefined,
        threshold: undefined,
        groupSize: undefined,
      },
      {
        kind: 'contribution_rate_pct',
        figure: 36.5,
        against: '全区规上工业',
        comparedPeriod: undefined,
        threshold: undefined,
        groupSize: undefined,
      },
    ]);
    expect(reading.unread).toEqual([]);
  });

  it('reads 一季度, 上半年, 1-2月, 低于全市, 增长2.3倍, 亿元, 回落, 持平, 影响…下降, 占…比重 and a rank', () => {
    const text = [
      '一季度，全区固定资产投资同比下降3.1%，低于全市0.8个百分点。',
      '上半年，全区社会消费品零售总额177.89亿元，增长2.3倍，增速列市五区第一。',
      '1-2月，全区规上工业增加值与上年同期持平，增速比上年同期回落2.1个百分点。',
      '2025年5月，稀土高新区新能源产业增加值下降8.2%，影响全区规上工业下降2.74个百分点，占全区规上工业的比重为18.7%。',
    ].join('');
    const reading = readBrief(text, { published: '2025-07-15' });
    expect(figures(reading)).toEqual([
      {
        zone: '全区',
        indicator: '固定资产投资',
        period: '2025-03',
        basis: 'ytd',
        value: null,
        unit: null,
        yoyPct: -3.1,
        derived: false,
      },
      // −3.1 − (−0.8) = −2.3: the city's growth as implied by the gap.
      {
        zone: '全市',
        indicator: '固定资产投资',
        period: '2025-03',
        basis: 'ytd',
        value: null,
        unit: null,
        yoyPct: -2.3,
        derived: true,
      },
      // 177.89亿元 = 1,778,900万元; 增长2.3倍 = +230 %.
      {
        zone: '全区',
        indicator: '社会消费品零售总额',
        period: '2025-06',
        basis: 'ytd',
        value: 1_778_900,
        unit: '万元',
        yoyPct: 230,
        derived: false,
      },
      {
        zone: '全区',
        indicator: '规上工业增加值',
        period: '2025-02',
        basis: 'ytd',
        value: null,
        unit: null,
        yoyPct: 0,
        derived: false,
      },
      {
        zone: '稀土高新区',
        indicator: '新能源产业增加值',
        period: '2025-05',
        basis: 'month',
        value: null,
        unit: null,
        yoyPct: -8.2,
        derived: false,
      },
    ]);
    expect(
      claims(reading).map(({ kind, figure, against, comparedPeriod, groupSize }) => ({
        kind,
        figure,
        against,
        comparedPeriod,
        groupSize,
      })),
    ).toEqual([
      { kind: 'gap_pp', figure: -0.8, against: '全市', comparedPeriod: undefined, groupSize: undefined },
      { kind: 'rank', figure: 1, against: '市五区', comparedPeriod: undefined, groupSize: 5 },
      { kind: 'change_pp', figure: -2.1, against: '上年同期', comparedPeriod: '2024-02', groupSize: undefined },
      {
        kind: 'contribution_pp',
        figure: -2.74,
        against: '全区规上工业',
        comparedPeriod: undefined,
        groupSize: undefined,
      },
      { kind: 'share_pct', figure: 18.7, against: '全区规上工业', comparedPeriod: undefined, groupSize: undefined },
    ]);
    expect(reading.statements[2]).toMatchObject({ yoyDecimals: -1 });
  });

  it('reads traditional characters as simplified, with spans in the text as given', () => {
    const text =
      '1至5月，稀土高新區規模以上工業增加值同比增長14.8%，高於全市平均水平2.5個百分點。前5個月，全區用電量3.2億千瓦時，減少1.5%。';
    const reading = readBrief(text, { published: '2025-06-20' });
    expect(figures(reading)).toEqual([
      {
        zone: '稀土高新区',
        indicator: '规模以上工业增加值',
        period: '2025-05',
        basis: 'ytd',
        value: null,
        unit: null,
        yoyPct: 14.8,
        derived: false,
      },
      {
        zone: '全市',
        indicator: '规模以上工业增加值',
        period: '2025-05',
        basis: 'ytd',
        value: null,
        unit: null,
        yoyPct: 12.3,
        derived: true,
      },
      // 3.2亿千瓦时 = 32,000万千瓦时.
      {
        zone: '全区',
        indicator: '用电量',
        period: '2025-05',
        basis: 'ytd',
        value: 32_000,
        unit: '万千瓦时',
        yoyPct: -1.5,
        derived: false,
      },
    ]);
    expect(text.slice(...reading.statements[0]!.claims[0]!.span)).toBe('高於全市平均水平2.5個百分點');
  });

  it('takes 今年 from the publication date, 今年以来 as the latest period named, and month figures as month', () => {
    const text =
      '今年5月份，全区工业用电量同比增长6.2%。今年以来，全区规上工业增加值增长9.5%，连续12个月保持9%以上增长。';
    const reading = readBrief(text, { published: '2025-06-18' });
    expect(figures(reading).map(({ period, basis, yoyPct }) => ({ period, basis, yoyPct }))).toEqual([
      { period: '2025-05', basis: 'month', yoyPct: 6.2 },
      { period: '2025-05', basis: 'ytd', yoyPct: 9.5 },
    ]);
    expect(claims(reading)[0]).toMatchObject({ kind: 'streak_months', figure: 12, threshold: 9 });
  });

  it('folds full-width digits and reads 1—5月 and 1至5月 alike, with spans still in the text as given', () => {
    const text =
      '２０２５年１—５月，全区规上工业增加值增长１４．８％，比全市高２．５个百分点。2025年1至5月，全市规上工业增加值增长12.3%。';
    const reading = readBrief(text);
    expect(
      figures(reading).map(({ zone, period, basis, yoyPct, derived }) => ({ zone, period, basis, yoyPct, derived })),
    ).toEqual([
      { zone: '全区', period: '2025-05', basis: 'ytd', yoyPct: 14.8, derived: false },
      { zone: '全市', period: '2025-05', basis: 'ytd', yoyPct: 12.3, derived: true },
      { zone: '全市', period: '2025-05', basis: 'ytd', yoyPct: 12.3, derived: false },
    ]);
    expect(text.slice(...reading.statements[0]!.claims[0]!.span)).toBe('比全市高２．５个百分点');
  });

  it('reads a growth named by its noun: 增速为, 降幅', () => {
    const text = '2025年1-5月，稀土产业增加值37.35亿元，增速为16.9%；新能源产业增加值降幅为5.2%。';
    expect(
      figures(readBrief(text)).map(({ indicator, value, unit, yoyPct }) => ({ indicator, value, unit, yoyPct })),
    ).toEqual([
      { indicator: '稀土产业增加值', value: 373_500, unit: '万元', yoyPct: 16.9 },
      { indicator: '新能源产业增加值', value: null, unit: null, yoyPct: -5.2 },
    ]);
  });

  it('never guesses a year: without one in the text or a publication date the sentence is unread', () => {
    const text = '1-5月，全区规上工业增加值增长9.5%。';
    expect(readBrief(text)).toEqual({ statements: [], unread: [{ span: [0, text.length], text, reason: 'no year' }] });
  });

  it('gives nothing for text with no figures, and lists a figure it cannot attach as unread', () => {
    expect(readBrief('全区经济运行总体平稳，向好态势持续巩固。\n有关数据以正式发布为准。')).toEqual({
      statements: [],
      unread: [],
    });
    const text = '2025年1-5月，新签约项目32个。';
    expect(readBrief(text).unread).toEqual([{ span: [0, text.length], text, reason: 'no figure read' }]);
  });
});
