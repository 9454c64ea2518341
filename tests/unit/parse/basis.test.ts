import { describe, expect, it } from 'vitest';
import { parseBasis } from '../../../shared/parse';

describe('parseBasis', () => {
  it.each([
    ['month', 'month'],
    ['Month', 'month'],
    ['当月', 'month'],
    ['本月', 'month'],
    ['ytd', 'ytd'],
    ['YTD', 'ytd'],
    ['year to date', 'ytd'],
    ['year-to-date', 'ytd'],
    ['累计', 'ytd'],
    ['本月止累计', 'ytd'],
    ['', null],
    [' ', null],
    [null, null],
  ])('reads %j as %j', (cell, basis) => {
    expect(parseBasis(cell)).toEqual({ ok: true, value: basis });
  });

  it.each(['quarter', '季度', 5])('refuses %j', (cell) => {
    expect(parseBasis(cell)).toMatchObject({
      ok: false,
      error: { message: 'not a basis', expected: 'month (当月) or ytd (累计)' },
    });
  });
});
