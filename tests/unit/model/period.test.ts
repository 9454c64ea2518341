import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isPeriod,
  makePeriod,
  monthsBetween,
  PeriodSchema,
  periodIndex,
  periodIndexOf,
  periodRange,
} from '../../../shared/model';

describe('periods', () => {
  it.each([
    ['2025-05', true],
    ['2025-12', true],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-5', false],
    ['25-05', false],
    ['2025/05', false],
    ['2O25-05', false],
    ['2025-1a', false],
    ['0000-01', true],
  ])('%s is a period: %s', (text, expected) => {
    expect(isPeriod(text)).toBe(expected);
    expect(PeriodSchema.safeParse(text).success).toBe(expected);
    // Read from character codes, as periodIndex reads a period, or -1.
    expect(periodIndexOf(text)).toBe(expected ? periodIndex(text) : -1);
  });

  it('adds months across year ends in both directions', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2025-05', -12)).toBe('2024-05');
    expect(addMonths('2025-05', 29)).toBe('2027-10');
  });

  it('counts months between periods and lists a range', () => {
    expect(monthsBetween('2020-12', '2025-05')).toBe(53);
    expect(periodRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(periodRange('2025-02', '2024-11')).toEqual([]);
    expect(makePeriod(2025, 3)).toBe('2025-03');
  });
});
