import { describe, expect, it } from 'vitest';
import { growthFromIndex, parseSeriesName } from '../../../shared/parse';

describe('parseSeriesName', () => {
  it.each([
    // national database names
    ['工业增加值同比增长(%)', '工业增加值', 'yoy', 'month', null],
    ['工业增加值累计增长(%)', '工业增加值', 'yoy', 'ytd', null],
    ['煤炭开采和洗选业增加值同比增长(%)', '煤炭开采和洗选业增加值', 'yoy', 'month', null],
    ['汽车产量当期值(万辆)', '汽车产量', 'value', 'month', '万辆'],
    ['发电量累计值(亿千瓦时)', '发电量', 'value', 'ytd', '亿千瓦时'],
    ['出口交货值增速', '出口交货值', 'yoy', null, null],
    ['内燃机比上年同期增减(%)', '内燃机', 'yoy', null, null],
    ['工业增加值增长', '工业增加值', 'yoy', null, null],
    ['国内生产总值(亿元)', '国内生产总值', 'value', null, '亿元'],
    ['利润总额(%)', '利润总额', 'yoy', null, null],
    // 中经网 names
    ['GDP_累计', 'GDP', 'value', 'ytd', null],
    ['第二产业增加值_当期', '第二产业增加值', 'value', 'month', null],
    ['第二产业增加值_累计同比实际增速', '第二产业增加值', 'yoy', 'ytd', null],
    ['第二产业增加值_当期同比实际增速', '第二产业增加值', 'yoy', 'month', null],
    ['固定资产投资完成额(不含农户)_第二产业_累计', '固定资产投资完成额(不含农户)_第二产业', 'value', 'ytd', null],
  ])('%s → %s, %s, %s, %s', (text, indicator, measure, basis, unit) => {
    expect(parseSeriesName(text)).toMatchObject({ indicator, measure, basis, unit, indexBase: null, refused: null });
  });

  it('never calls a growth series a value, whatever its bracket says', () => {
    for (const name of [
      '工业增加值同比增长(%)',
      '工业增加值累计增长(%)',
      'X_累计同比实际增速',
      'X增速',
      'X增减(%)',
      'X增长',
      'X(%)',
    ]) {
      expect(parseSeriesName(name).measure, name).toBe('yoy');
    }
  });

  it('reads an index on a base of 100 as growth of its indicator, basis from 上年同月 or the suffix', () => {
    expect(parseSeriesName('居民消费价格指数(上年同月=100)')).toMatchObject({
      indicator: '居民消费价格指数',
      measure: 'yoy',
      basis: 'month',
      indexBase: 100,
      refused: null,
    });
    expect(parseSeriesName('工业生产者出厂价格指数(上年同期＝100)_当期')).toMatchObject({
      indicator: '工业生产者出厂价格指数',
      measure: 'yoy',
      basis: 'month',
      indexBase: 100,
    });
    expect(parseSeriesName('第二产业增加值实际增长指数(上年同期＝100)_当期')).toMatchObject({
      indicator: '第二产业增加值',
      measure: 'yoy',
      basis: 'month',
      indexBase: 100,
    });
  });

  it('refuses what is not a year-on-year rate or value: 环比, an index with no base, a fixed base, a base other than 100', () => {
    expect(parseSeriesName('规模以上工业增加值_当期环比实际增速').refused).toMatch(/环比/);
    expect(parseSeriesName('工业增加值实际增长指数').refused).toMatch(/base/);
    expect(parseSeriesName('工业生产者出厂价格指数(2010年=100)').refused).toMatch(/2010年=100/);
    expect(parseSeriesName('居民消费价格指数(上月=100)').refused).toMatch(/上月=100/);
    expect(parseSeriesName('商品零售价格指数(上年同月=1000)').refused).toMatch(/1000/);
  });

  it("says whether its words named the measure (a plain name takes the title's)", () => {
    expect(parseSeriesName('规模以上工业增加值').explicit).toBe(false);
    expect(parseSeriesName('规模以上工业增加值增速(%)').explicit).toBe(true);
  });
});

describe('growthFromIndex', () => {
  it('is the index minus its base, to the decimals the index was written with', () => {
    expect(growthFromIndex(104.1, 100)).toBe(4.1);
    expect(growthFromIndex(105.1, 100)).toBe(5.1);
    expect(growthFromIndex(96.2, 100)).toBe(-3.8);
    expect(growthFromIndex(103, 100)).toBe(3);
    expect(growthFromIndex(100.25, 100)).toBe(0.25);
  });
});
