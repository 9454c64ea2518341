import { describe, expect, it } from 'vitest';
import { convertUnit, parseGrowthPhrase, parseQuantityPhrase, writtenDecimals } from '../../../shared/parse';

describe('parseGrowthPhrase', () => {
  it.each([
    ['增长14.8%', 14.8, 1],
    ['同比增长14.8%'.slice(2), 14.8, 1],
    ['下降5.2%', -5.2, 1],
    ['减少55.55%', -55.55, 2],
    ['回落0.4%', -0.4, 1],
    ['持平', 0, 1],
    // 2.3 times more is +230 %, published to a tenth of the multiple: 10 % (decimals −1).
    ['增长2.3倍', 230, -1],
    ['增长２．３倍', 230, -1],
    ['up 23.8%', 23.8, 1],
    ['rose 4.4 percent', 4.4, 1],
    ['grew by 16.9%', 16.9, 1],
    ['down 2.8%', -2.8, 1],
    ['fell 3 per cent', -3, 0],
    ['unchanged', 0, 1],
  ])('reads %j as %d at %d decimals', (text, value, decimals) => {
    expect(parseGrowthPhrase(text)).toEqual({ ok: true, value: { value, decimals } });
  });

  it.each(['14.8%', '增长', '下降2倍', 'up', 'up 2.5 percentage points', '拉动5.4个百分点', 'rose 4.4'])(
    'refuses %j',
    (text) => {
      expect(parseGrowthPhrase(text)).toMatchObject({ ok: false, error: { message: 'not a growth', found: text } });
    },
  );
});

describe('parseQuantityPhrase', () => {
  it.each([
    ['1.53万吨', 1.53, 2, '万吨'],
    ['177.89亿元', 177.89, 2, '亿元'],
    ['15,300 tonnes', 15300, 0, 'tonnes'],
    ['2,100 t', 2100, 0, 't'],
    ['3.2亿千瓦时', 3.2, 1, '亿千瓦时'],
  ])('reads %j', (text, value, decimals, unit) => {
    expect(parseQuantityPhrase(text)).toEqual({ ok: true, value: { value, decimals, unit } });
  });

  it.each(['万吨', '1,23 t', '14.8'])('refuses %j', (text) => {
    expect(parseQuantityPhrase(text).ok).toBe(false);
  });
});

describe('units a brief writes', () => {
  it.each([
    [1.53, '万吨', 't', 15300],
    [15300, 'tonnes', '万吨', 1.53],
    [2, '10,000 tonnes', 't', 20000],
    [177.89, '亿元', '10k CNY', 1778900],
    [1.2, 'billion yuan', '万元', 120000],
    [3.2, '亿千瓦时', '万千瓦时', 32000],
    [5, '万千瓦时', 'kWh', 50000],
  ])('%d %s is %d %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toEqual({ ok: true, value: expected });
  });

  it('does not mix energy with mass', () => {
    expect(convertUnit(1, '万千瓦时', '吨').ok).toBe(false);
  });

  it('counts written decimals, not those of the float', () => {
    expect([writtenDecimals('14.80'), writtenDecimals('15,300'), writtenDecimals('0.125')]).toEqual([2, 0, 3]);
  });
});
