import { describe, expect, it } from 'vitest';
import { monthLabel, periodLabel, periodTextLabel, shortPeriodLabel } from '../../../renderer/i18n/format';

describe('periods in the UI', () => {
  it('read in Chinese as 2025年5月 and 2025年1-5月, never 2025-05', () => {
    expect(shortPeriodLabel('2025-05', 'month', 'zh')).toBe('2025年5月');
    expect(shortPeriodLabel('2025-05', 'ytd', 'zh')).toBe('2025年1-5月');
    expect(periodLabel('2025-05', 'ytd', 'zh')).toBe('2025年1-5月');
    // January year to date is January itself.
    expect(shortPeriodLabel('2025-01', 'ytd', 'zh')).toBe('2025年1月');
    expect(monthLabel('2025-12', 'ytd', 'zh')).toBe('1-12月');
  });

  it('read in English with the month named', () => {
    expect(shortPeriodLabel('2025-05', 'month', 'en')).toBe('May 2025');
    expect(shortPeriodLabel('2025-05', 'ytd', 'en')).toBe('Jan–May 2025');
    expect(periodLabel('2025-05', 'ytd', 'en')).toBe('January–May 2025');
    expect(monthLabel('2025-05', 'month', 'en')).toBe('May');
  });

  it('turn a stored period text into a label and leave other text alone', () => {
    expect(periodTextLabel('2024-11', 'month', 'zh')).toBe('2024年11月');
    expect(periodTextLabel('2024-13', 'month', 'zh')).toBe('2024-13');
    expect(periodTextLabel('Q1', 'month', 'en')).toBe('Q1');
  });
});
