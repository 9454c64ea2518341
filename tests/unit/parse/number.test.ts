import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../shared/parse';

describe('parseNumber', () => {
  it.each([
    ['14.8', 14.8],
    ['14.8%', 14.8],
    ['14.8 %', 14.8],
    ['15,300', 15300],
    ['1,234,567.25', 1234567.25],
    ['１４.８', 14.8],
    ['＋１４．８％', 14.8],
    ['１５，３００', 15300],
    [' 2 100 ', 2100],
    ['2\u00a0100', 2100],
    ['-3.2', -3.2],
    ['−3.2', -3.2],
    ['+0.5', 0.5],
    ['.5', 0.5],
    ['增长2.3倍', 230],
    ['增长 2.3 倍', 230],
    ['增长14.8%', 14.8],
    ['增长14.8', 14.8],
    ['下降5.0%', -5],
    ['下降 5', -5],
    ['减少0.4%', -0.4],
    ['持平', 0],
    [' 持平 ', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '-', '—', '——', '–', '…', '……', '...', '..', '/', '－', null, undefined])(
    'reads %j as not published (null, not an error)',
    (text) => {
      expect(parseNumber(text)).toEqual({ ok: true, value: null });
    },
  );

  it.each([
    [0, 0],
    [15300, 15300],
    [-5, -5],
    [0.148, 0.148],
  ])('passes the number %d through', (input, value) => {
    expect(parseNumber(input)).toEqual({ ok: true, value });
  });

  it.each(['abc', '14.8.1', '1,23', '12,3456', '2 1', '下降2倍', '增长', '=1+2', '14.8%%', '1e5', 'NaN', '15 300 1'])(
    'refuses %j with what it found and what it expects',
    (text) => {
      const result = parseNumber(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.found).toBe(text);
      expect(result.error.message).toBe('not a number');
      expect(result.error.expected).toContain('14.8%');
    },
  );

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [true], [new Date(Date.UTC(2025, 4, 1))]])(
    'refuses the cell value %j',
    (input) => {
      const result = parseNumber(input);
      expect(result.ok).toBe(false);
    },
  );

  it('names a date as a date', () => {
    const result = parseNumber(new Date(Date.UTC(2025, 4, 1)));
    expect(result).toMatchObject({
      ok: false,
      error: { found: '2025-05-01', message: 'a date where a number is expected' },
    });
  });
});
