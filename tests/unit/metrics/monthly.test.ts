import { describe, expect, it } from 'vitest';
import { monthlyFromYearToDate, yearToDateFromMonthly } from '../../../shared/metrics';
import { engineOf, indicator, input, rowOf, zone } from './build';

const catalogOf = (kind: 'flow' | 'stock' | 'rate') => ({ zones: [zone('z')], indicators: [indicator('v', { kind })] });

function momMark(engine: ReturnType<typeof engineOf>, period: string, basis: 'month' | 'ytd') {
  return engine.marks({ from: period, to: period, basis }).find((mark) => mark.field === 'momPct')?.mark ?? null;
}

describe('mom_pct', () => {
  it('from month values, on both bases of the period', () => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2025-04', 'month', 100),
      input('z', 'v', '2025-05', 'month', 120),
      input('z', 'v', '2025-05', 'ytd', 520),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'month').momPct).toBeCloseTo(20, 10);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').momPct).toBeCloseTo(20, 10);
    expect(momMark(engine, '2025-05', 'month')).toBeNull();
  });

  it('derived from year-to-date figures, and marked derived', () => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2025-03', 'ytd', 300),
      input('z', 'v', '2025-04', 'ytd', 400),
      input('z', 'v', '2025-05', 'ytd', 525),
    ]);
    // April alone 100, May alone 125.
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').momPct).toBeCloseTo(25, 10);
    expect(momMark(engine, '2025-05', 'ytd')).toBe('derived');
    // March alone would need the 1–2月 figure split: nothing to compare April with.
    expect(rowOf(engine, 'z', 'v', '2025-04', 'ytd').momPct).toBeNull();
  });

  it('gets no separate January and February from a 1–2月 figure', () => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2025-02', 'ytd', 200),
      input('z', 'v', '2025-03', 'ytd', 310),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-03', 'ytd').momPct).toBeNull();
  });

  it('takes a January figure alone as January', () => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2025-01', 'ytd', 100),
      input('z', 'v', '2025-02', 'ytd', 190),
      input('z', 'v', '2025-03', 'ytd', 300),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-02', 'ytd').momPct).toBeCloseTo(-10, 10);
    expect(rowOf(engine, 'z', 'v', '2025-03', 'ytd').momPct).toBeCloseTo((110 / 90 - 1) * 100, 10);
  });

  it('never differences across a year end', () => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2024-12', 'ytd', 1200),
      input('z', 'v', '2025-01', 'ytd', 100),
      input('z', 'v', '2025-02', 'ytd', 210),
    ]);
    // December alone is unknown (no November), so January has nothing to compare with.
    expect(rowOf(engine, 'z', 'v', '2025-01', 'ytd').momPct).toBeNull();
  });

  it('uses a stock’s year-to-date level as the month-end level', () => {
    const engine = engineOf(catalogOf('stock'), [
      input('z', 'v', '2025-04', 'ytd', 400),
      input('z', 'v', '2025-05', 'ytd', 410),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').momPct).toBeCloseTo(2.5, 10);
    expect(momMark(engine, '2025-05', 'ytd')).toBeNull();
  });

  it('is empty for a rate', () => {
    const engine = engineOf(catalogOf('rate'), [
      input('z', 'v', '2025-04', 'month', 80),
      input('z', 'v', '2025-05', 'month', 84),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'month').momPct).toBeNull();
  });

  it.each([
    { base: 0, now: 10, mark: 'new' },
    { base: -5, now: 10, mark: 'n/m' },
  ])('a month base of $base gives no change, marked $mark', ({ base, now, mark }) => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2025-04', 'month', base),
      input('z', 'v', '2025-05', 'month', now),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'month').momPct).toBeNull();
    expect(momMark(engine, '2025-05', 'month')).toBe(mark);
  });

  it('a missing month leaves the next month without a change', () => {
    const engine = engineOf(catalogOf('flow'), [
      input('z', 'v', '2025-03', 'month', 100),
      input('z', 'v', '2025-05', 'month', 120),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'month').momPct).toBeNull();
  });
});

describe('month ↔ year to date', () => {
  it.each([
    { monthly: [100, 90, 110], ytd: [100, 190, 300] },
    { monthly: [5, -2, 0, 7.5], ytd: [5, 3, 3, 10.5] },
  ])('$monthly ↔ $ytd', ({ monthly, ytd }) => {
    expect(yearToDateFromMonthly(monthly)).toEqual(ytd);
    expect(monthlyFromYearToDate(ytd)).toEqual(monthly);
  });
});
