import { describe, expect, it } from 'vitest';
import { splitLabelUnit } from '../../../shared/parse';

describe('splitLabelUnit', () => {
  it.each([
    ['本月(亿元)', '本月', '亿元'],
    ['本月止累计（亿元）', '本月止累计', '亿元'],
    ['工业增加值同比增长(%)', '工业增加值同比增长', '%'],
    ['国内生产总值(亿元)', '国内生产总值', '亿元'],
    ['居民人均可支配收入(元/人)', '居民人均可支配收入', '元/人'],
    ['天然气产量(亿立方米)', '天然气产量', '亿立方米'],
    ['指标名称', '指标名称', null],
    ['汽车(含底盘)产量', '汽车(含底盘)产量', null],
  ])('%s → %s, %s', (text, label, unit) => {
    expect(splitLabelUnit(text)).toMatchObject({ label, unit });
  });

  it('reads an index base and what it compares with, wherever the brackets are', () => {
    expect(splitLabelUnit('居民消费价格指数(上年同月=100)')).toEqual({
      label: '居民消费价格指数',
      unit: null,
      indexBase: 100,
      indexOf: '上年同月',
    });
    expect(splitLabelUnit('工业生产者出厂价格指数(上年同期＝100)_当期')).toEqual({
      label: '工业生产者出厂价格指数_当期',
      unit: null,
      indexBase: 100,
      indexOf: '上年同期',
    });
  });
});
