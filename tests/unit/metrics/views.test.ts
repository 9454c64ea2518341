import { describe, expect, it } from 'vitest';
import {
  cagrBetween,
  cagrPct,
  indexToBase,
  rollingTwelveMonthSum,
  twoYearAverageGrowthPct,
} from '../../../shared/metrics';

const lookup = (values: Record<string, number>) => (period: string) => values[period];

describe('view metrics', () => {
  it.each([
    { start: 100, end: 121, years: 2, cagr: 10 },
    { start: 100, end: 100, years: 5, cagr: 0 },
    { start: 100, end: 81, years: 2, cagr: -10 },
    { start: 0, end: 10, years: 1, cagr: null },
    { start: -5, end: 10, years: 1, cagr: null },
    { start: 100, end: 110, years: 0, cagr: null },
  ])('CAGR from $start to $end over $years years: $cagr', ({ start, end, years, cagr }) => {
    const result = cagrPct(start, end, years);
    if (cagr === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(cagr, 10);
  });

  it('CAGR between two periods takes the span in months', () => {
    expect(cagrBetween(lookup({ '2023-05': 100, '2025-05': 121 }), '2023-05', '2025-05')).toBeCloseTo(10, 10);
    expect(cagrBetween(lookup({ '2023-05': 100 }), '2023-05', '2025-05')).toBeNull();
  });

  it.each([
    { growth: 21, before: 0, average: 10 },
    { growth: 44, before: 0, average: 20 },
    { growth: 10, before: 10, average: 10 },
    { growth: -100, before: 10, average: -100 },
    { growth: -150, before: 10, average: null },
  ])('two-year average of $growth and $before: $average', ({ growth, before, average }) => {
    const result = twoYearAverageGrowthPct(growth, before);
    if (average === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(average, 10);
  });

  it('rolling 12-month sum from year-to-date figures', () => {
    const ytd = lookup({ '2024-05': 500, '2024-12': 1200, '2025-05': 560 });
    expect(rollingTwelveMonthSum(ytd, '2025-05')).toBe(1260);
    expect(rollingTwelveMonthSum(ytd, '2024-12')).toBe(1200);
    expect(rollingTwelveMonthSum(ytd, '2024-05')).toBeNull();
  });

  it('index with a chosen base = 100', () => {
    const values = lookup({ '2024-01': 80, '2024-02': 100, '2024-03': 125 });
    expect(indexToBase(values, ['2024-01', '2024-02', '2024-03', '2024-04'], '2024-02')).toEqual([
      { period: '2024-01', index: 80 },
      { period: '2024-02', index: 100 },
      { period: '2024-03', index: 125 },
      { period: '2024-04', index: null },
    ]);
    expect(indexToBase(values, ['2024-01'], '2023-12')).toEqual([{ period: '2024-01', index: null }]);
  });
});
