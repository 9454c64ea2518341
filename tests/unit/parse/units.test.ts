import { describe, expect, it } from 'vitest';
import { convertUnit, unitScale } from '../../../shared/parse';

describe('convertUnit', () => {
  it.each([
    [1.5, '亿元', '万元', 15000],
    [15000, '万元', '亿元', 1.5],
    [123.4, '万元', '元', 1234000],
    [1234000, '元', '万元', 123.4],
    [2, '100m CNY', '10k CNY', 20000],
    [2, '100m CNY', '万元', 20000],
    [20000, '10k CNY', '亿元', 2],
    [3, 'CNY', '元', 3],
    [15300, '吨', '万吨', 1.53],
    [1.53, '万吨', '吨', 15300],
    [1.53, '10k t', 't', 15300],
    [15300, 't', '万吨', 1.53],
    [2500, 'kg', '吨', 2.5],
    [7, '%', '%', 7],
    [7, '家', '家', 7],
    [7, '', '万元', 7],
    [7, '万元', '', 7],
    [7, ' 万元 ', '万元', 7],
    [1234.5, '万千瓦', '千瓦', 12345000],
    [3, '亿千瓦时', '万千瓦时', 30000],
    [2.5, '万辆', '辆', 25000],
    [1.2, '亿立方米', '万立方米', 12000],
    [5, '百万元', '万元', 500],
    [2, '千万吨', '吨', 20000000],
  ])('%d %s is %d %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['万元', '吨', 'a unit incompatible with 吨'],
    ['吨', '亿元', 'a unit incompatible with 亿元'],
    ['万美元', '万元', 'an unknown unit'],
    ['个', '万元', 'an unknown unit'],
    ['万辆', '万台', 'an unknown unit'],
    ['万千瓦', '千瓦时', 'an unknown unit'],
    ['万元', '%', 'a unit that cannot be converted to %'],
  ])('refuses %s → %s', (from, to, message) => {
    expect(convertUnit(1, from, to)).toMatchObject({ ok: false, error: { found: from, message } });
  });

  it('knows the scales', () => {
    expect(unitScale('万元')).toEqual({ dimension: 'currency', factor: 1e4 });
    expect(unitScale('10K CNY')).toEqual({ dimension: 'currency', factor: 1e4 });
    expect(unitScale('万吨')).toEqual({ dimension: 'mass', factor: 1e4 });
    expect(unitScale('%')).toBeNull();
  });
});
