import { describe, expect, it } from 'vitest';
import { parsePeriodHeader, settleHeaderPeriod } from '../../../shared/parse';

describe('parsePeriodHeader', () => {
  it.each([
    ['2020年4月', { kind: 'month', year: 2020, month: 4 }],
    ['4月', { kind: 'month', year: null, month: 4 }],
    ['2018-06', { kind: 'month', year: 2018, month: 6 }],
    ['1-2月', { kind: 'ytd', year: null, month: 2 }],
    ['2020年1-4月', { kind: 'ytd', year: 2020, month: 4 }],
    ['2020年第一季度', { kind: 'quarter', year: 2020, quarter: 1 }],
    ['2020年一季度', { kind: 'quarter', year: 2020, quarter: 1 }],
    ['2019年第四季度', { kind: 'quarter', year: 2019, quarter: 4 }],
    ['2020Q2', { kind: 'quarter', year: 2020, quarter: 2 }],
    ['2019年', { kind: 'year', year: 2019 }],
  ])('%s', (text, header) => {
    expect(parsePeriodHeader(text)).toEqual(header);
  });

  it('takes no figure for a period: 5440.6 and 35371.28 are not 5440-06 or a date', () => {
    expect(parsePeriodHeader(5440.6)).toBeNull();
    expect(parsePeriodHeader('5440.6')).toBeNull();
    expect(parsePeriodHeader(35371.28)).toBeNull();
    expect(parsePeriodHeader('指标')).toBeNull();
    expect(parsePeriodHeader('本月')).toBeNull();
  });

  it('reads numbers only where the column is a time column, and only with a year of 1949–2100', () => {
    expect(parsePeriodHeader(202005, { numbers: true })).toEqual({ kind: 'month', year: 2020, month: 5 });
    expect(parsePeriodHeader(2019, { numbers: true })).toEqual({ kind: 'year', year: 2019 });
    expect(parsePeriodHeader(5440.6, { numbers: true })).toBeNull();
    expect(parsePeriodHeader('1900年5月')).toBeNull();
    expect(parsePeriodHeader('2101年')).toBeNull();
    expect(parsePeriodHeader('1949年')).toEqual({ kind: 'year', year: 1949 });
  });
});

describe('settleHeaderPeriod', () => {
  it("gives a month header the series' basis: 2020年4月 under 累计增长 is year to date at April", () => {
    const april = { kind: 'month', year: 2020, month: 4 } as const;
    expect(settleHeaderPeriod(april, 'ytd', null)).toEqual({ ok: true, period: '2020-04', basis: 'ytd' });
    expect(settleHeaderPeriod(april, 'month', null)).toEqual({ ok: true, period: '2020-04', basis: 'month' });
    expect(settleHeaderPeriod(april, null, null)).toEqual({ ok: true, period: '2020-04', basis: 'month' });
  });

  it('takes the year from the title when the header has none, and refuses when neither has one', () => {
    expect(settleHeaderPeriod({ kind: 'ytd', year: null, month: 2 }, null, 2020)).toEqual({
      ok: true,
      period: '2020-02',
      basis: 'ytd',
    });
    expect(settleHeaderPeriod({ kind: 'month', year: null, month: 3 }, null, null).ok).toBe(false);
  });

  it('stores a quarter only as year to date at its last month; a single quarter (当季) is refused', () => {
    expect(settleHeaderPeriod({ kind: 'quarter', year: 2020, quarter: 2 }, 'ytd', null)).toEqual({
      ok: true,
      period: '2020-06',
      basis: 'ytd',
    });
    expect(settleHeaderPeriod({ kind: 'quarter', year: 2020, quarter: 1 }, null, null)).toEqual({
      ok: true,
      period: '2020-03',
      basis: 'ytd',
    });
    expect(settleHeaderPeriod({ kind: 'quarter', year: 2020, quarter: 2 }, 'month', null)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/当季/),
    });
    expect(settleHeaderPeriod({ kind: 'quarter', year: 2020, quarter: 3 }, null, null).ok).toBe(false);
  });

  it('reads a year as year to date at December, and refuses a year-to-date header under a month series', () => {
    expect(settleHeaderPeriod({ kind: 'year', year: 2019 }, null, null)).toEqual({
      ok: true,
      period: '2019-12',
      basis: 'ytd',
    });
    expect(settleHeaderPeriod({ kind: 'ytd', year: 2020, month: 2 }, 'month', null).ok).toBe(false);
  });
});
