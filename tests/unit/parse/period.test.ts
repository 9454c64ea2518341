import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../shared/parse';

const month = (period: string) => ({ ok: true, value: { period } });
const ytd = (period: string) => ({ ok: true, value: { period, basis: 'ytd' } });

describe('parsePeriod: months', () => {
  it.each([
    '2025-05',
    '2025-5',
    '2025/05',
    '2025.05',
    '2025年5月',
    '2025年05月',
    '2025 年 5 月',
    '2025年5月份',
    '２０２５年５月',
    'May 2025',
    'may 2025',
    'May-2025',
    'May, 2025',
    '2025 May',
    'May. 2025',
    '202505',
    '2025M05',
    '2025-05-01',
    '5月2025',
  ])('reads %j as 2025-05', (label) => {
    expect(parsePeriod(label)).toEqual(month('2025-05'));
  });

  it.each([
    [new Date(Date.UTC(2025, 4, 1)), '2025-05'],
    [new Date(Date.UTC(2025, 4, 31, 23, 45)), '2025-05'],
    [45778, '2025-05'],
    [45808.99, '2025-05'],
    [202512, '2025-12'],
    [2025.05, '2025-05'],
    [2025.12, '2025-12'],
  ])('reads the cell %j as %s', (cell, period) => {
    expect(parsePeriod(cell)).toEqual(month(period));
  });

  it('keeps the basis of the row for a plain month', () => {
    expect(parsePeriod('2025-05', { basis: 'ytd' })).toEqual(ytd('2025-05'));
    expect(parsePeriod('2025-05', { basis: 'month' })).toEqual({
      ok: true,
      value: { period: '2025-05', basis: 'month' },
    });
  });

  it('takes the year from the caller when the label has none', () => {
    expect(parsePeriod('5月', { year: 2025 })).toEqual(month('2025-05'));
    expect(parsePeriod('1-5月', { year: 2025 })).toEqual(ytd('2025-05'));
    expect(parsePeriod('上半年', { year: 2024 })).toEqual(ytd('2024-06'));
    expect(parsePeriod('2023年5月', { year: 2025 })).toEqual(month('2023-05'));
  });
});

describe('parsePeriod: year to date', () => {
  it.each([
    ['2025年1-5月', '2025-05'],
    ['2025年1—5月', '2025-05'],
    ['2025年1～5月', '2025-05'],
    ['2025年1月-5月', '2025-05'],
    ['2025年1至5月', '2025-05'],
    ['2025年1-5月累计', '2025-05'],
    ['1-5月 2025', '2025-05'],
    ['1-5月2025年', '2025-05'],
    ['Jan-May 2025', '2025-05'],
    ['Jan–May 2025', '2025-05'],
    ['January - May 2025', '2025-05'],
    ['Jan to May 2025', '2025-05'],
    ['2025年1-2月', '2025-02'],
    ['2025年一季度', '2025-03'],
    ['2025年第一季度', '2025-03'],
    ['一季度 2025', '2025-03'],
    ['Q1 2025', '2025-03'],
    ['2025年上半年', '2025-06'],
    ['H1 2025', '2025-06'],
    ['2025年前三季度', '2025-09'],
    ['2025年全年', '2025-12'],
    ['全年2024', '2024-12'],
  ])('reads %j as ytd %s', (label, period) => {
    expect(parsePeriod(label)).toEqual(ytd(period));
    expect(parsePeriod(label, { basis: 'ytd' })).toEqual(ytd(period));
  });
});

describe('parsePeriod: refusals', () => {
  it.each(['2025年二季度', '二季度', '2025年第三季度', '三季度', '2025年四季度', 'Q2 2025', '2025年下半年'])(
    'refuses the single quarter %j',
    (label) => {
      const result = parsePeriod(label, { year: 2025 });
      expect(result).toMatchObject({
        ok: false,
        error: { found: label, message: 'a single quarter or half-year is not a period Zone Stats stores' },
      });
      if (!result.ok) expect(result.error.expected).toContain('上半年');
    },
  );

  it.each(['2025年1-5月', 'Jan-May 2025', '2025年上半年'])('refuses %j when the basis says month', (label) => {
    expect(parsePeriod(label, { basis: 'month' })).toMatchObject({
      ok: false,
      error: { found: label, message: 'the label is year to date but the basis says month' },
    });
  });

  it.each([
    ['abc', 'not a period'],
    ['', 'no period'],
    ['2025', 'not a period'],
    ['2025-13', 'a month must be 1 to 12'],
    ['2025年13月', 'a month must be 1 to 12'],
    ['2025年3-5月', 'a span that does not start in January is not year to date'],
    ['Mar-May 2025', 'a span that does not start in January is not year to date'],
    ['5月', 'a year is needed'],
    ['一季度', 'a year is needed'],
    ['Foo 2025', 'not a period'],
    ['1850-05', 'a year out of range'],
  ])('refuses %j: %s', (label, message) => {
    expect(parsePeriod(label)).toMatchObject({ ok: false, error: { found: label || '', message } });
  });

  it.each([
    [2025, 'a year alone is not a period'],
    [2025.1, 'ambiguous: a number cell shows 2025.10 as 2025.1'],
    [2025.123, 'not a period'],
    [12, 'not a period'],
    [new Date(Number.NaN), 'an invalid date'],
    [null, 'no period'],
    [true, 'not a period'],
  ])('refuses the cell %j: %s', (cell, message) => {
    expect(parsePeriod(cell)).toMatchObject({ ok: false, error: { message } });
  });
});
