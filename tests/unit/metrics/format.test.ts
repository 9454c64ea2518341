import { describe, expect, it } from 'vitest';
import {
  formatGrowth,
  formatLevel,
  formatNumber,
  formatOrdinal,
  formatPercent,
  formatPeriod,
  formatQuantity,
  growthUnit,
  roundTo,
  withPointsUnit,
} from '../../../shared/metrics';

describe('display formatting', () => {
  it.each([
    [1234567.891, 1, '1,234,567.9'],
    [15300, 0, '15,300'],
    [-2.25, 1, '-2.3'],
    [9.95, 1, '10.0'],
    [0.05, 1, '0.1'],
    [-0.04, 1, '0.0'],
    [999.96, 1, '1,000.0'],
  ])('formatNumber(%s, %s) = %s', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  it('percent and percentage points, one decimal', () => {
    expect(formatPercent(14.8)).toBe('14.8%');
    expect(formatPercent(38)).toBe('38.0%');
  });

  it.each([
    [15300, '15,300'],
    [12358.6, '12,359'],
    [36.54, '36.5'],
    [2.1, '2.1'],
    [0.456, '0.46'],
    [100, '100'],
  ])('formatLevel(%s) = %s', (value, text) => {
    expect(formatLevel(value)).toBe(text);
  });

  it.each([
    [15300, 't', 'en', '15,300 t'],
    [15300, '吨', 'en', '15,300 t'],
    [15300, 't', 'zh', '1.53万吨'],
    [2100, 't', 'zh', '2100吨'],
    [23100, '吨', 'zh', '2.31万吨'],
    [1148000, '10k CNY', 'zh', '114.8亿元'],
    [5000, '万元', 'zh', '5000万元'],
    [1148000, '10k CNY', 'en', 'CNY 11.48 billion'],
    [373.5, '10k CNY', 'en', 'CNY 3.74 million'],
    [850, 'CNY', 'en', 'CNY 850'],
    [153, '10k t', 'en', '1.53 million t'],
    [2100, '家', 'en', '2,100 家'],
    [120000, '家', 'zh', '12万家'],
    [85, '%', 'en', '85%'],
    [3200, 'MWh', 'zh', '3200MWh'],
  ] as const)('formatQuantity(%s, %s, %s) = %s', (value, unit, language, text) => {
    expect(formatQuantity(value, unit, language)).toBe(text);
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [54, '54th'],
    [101, '101st'],
    [111, '111th'],
  ])('ordinal %s = %s', (count, text) => {
    expect(formatOrdinal(count, 'en')).toBe(text);
  });

  it('periods: year to date and single months, in both languages', () => {
    expect(formatPeriod('2025-05', 'ytd', 'en')).toBe('January–May 2025');
    expect(formatPeriod('2025-05', 'ytd', 'zh')).toBe('1-5月');
    expect(formatPeriod('2025-05', 'ytd', 'zh', { withYear: true })).toBe('2025年1-5月');
    expect(formatPeriod('2025-01', 'ytd', 'en')).toBe('January 2025');
    expect(formatPeriod('2025-05', 'month', 'en')).toBe('May 2025');
    expect(formatPeriod('2025-05', 'month', 'zh')).toBe('5月');
  });

  it('roundTo rounds half away from zero on the decimal figure', () => {
    expect(roundTo(14.85, 1)).toBe(14.9);
    expect(roundTo(-14.85, 1)).toBe(-14.9);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(Object.is(roundTo(-0.01, 1), 0)).toBe(true);
    // A large level at six decimals stays itself: 1,148,000 × 10⁶ = 1.148·10¹², no nudge reaches 10⁻⁶.
    expect(roundTo(1_148_000, 6)).toBe(1_148_000);
    expect(formatNumber(1_148_000, 6, { trimZeros: true })).toBe('1,148,000');
    expect(roundTo(123_456_789.5, 0)).toBe(123_456_790);
  });
});

describe('one rule for how a growth reads', () => {
  it('a flow or stock in %, a rate in pp', () => {
    expect(formatGrowth(14.8, 'flow', 'en')).toBe('14.8%');
    expect(formatGrowth(-3.24, 'stock', 'zh')).toBe('-3.2%');
    expect(formatGrowth(75.7 - 76.9, 'rate', 'en')).toBe('-1.2 pp');
    expect(formatGrowth(75.7 - 76.9, 'rate', 'zh')).toBe('-1.2个百分点');
    expect(withPointsUnit('+2.5', 'rate', 'en')).toBe('+2.5 pp');
    expect(withPointsUnit('14.8', 'flow', 'en')).toBe('14.8');
    expect([growthUnit('flow', 'en'), growthUnit('rate', 'en'), growthUnit('rate', 'zh')]).toEqual([
      '%',
      'pp',
      '个百分点',
    ]);
  });
});
