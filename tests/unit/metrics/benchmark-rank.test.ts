import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../../../shared/metrics';
import { engineOf, indicator, input, rowOf, zone } from './build';

describe('benchmark_yoy_pct and gap_pp', () => {
  const catalog = { zones: [zone('city'), zone('a', 'city'), zone('b')], indicators: [indicator('v')] };

  it('the gap is the zone’s growth minus its benchmark’s', () => {
    const engine = engineOf(catalog, [
      input('a', 'v', '2025-05', 'ytd', null, 14.8),
      input('city', 'v', '2025-05', 'ytd', null, 12.3),
    ]);
    const row = rowOf(engine, 'a', 'v', '2025-05', 'ytd');
    expect(row).toMatchObject({ benchmarkZoneId: 'city', benchmarkYoyPct: 12.3 });
    expect(row.gapPp).toBeCloseTo(2.5, 10);
  });

  it('a benchmark without a figure: its id, no gap', () => {
    const engine = engineOf(catalog, [
      input('a', 'v', '2025-05', 'ytd', null, 14.8),
      input('city', 'v', '2025-05', 'month', null, 12.3),
    ]);
    expect(rowOf(engine, 'a', 'v', '2025-05', 'ytd')).toMatchObject({
      benchmarkZoneId: 'city',
      benchmarkYoyPct: null,
      gapPp: null,
    });
  });

  it('no benchmark: all empty', () => {
    const engine = engineOf(catalog, [input('b', 'v', '2025-05', 'ytd', null, 14.8)]);
    expect(rowOf(engine, 'b', 'v', '2025-05', 'ytd')).toMatchObject({
      benchmarkZoneId: null,
      benchmarkYoyPct: null,
      gapPp: null,
    });
  });

  it('a computed benchmark growth counts', () => {
    const engine = engineOf(catalog, [
      input('a', 'v', '2025-05', 'ytd', null, 14.8),
      input('city', 'v', '2024-05', 'ytd', 100),
      input('city', 'v', '2025-05', 'ytd', 110),
    ]);
    expect(rowOf(engine, 'a', 'v', '2025-05', 'ytd').gapPp).toBeCloseTo(4.8, 10);
  });
});

describe('rank', () => {
  it.each([
    { growth: [14.8, 12.3, 20], ranks: [2, 3, 1] },
    { growth: [10, 10, 9, 11], ranks: [2, 2, 4, 1] },
    { growth: [10.04, 9.96, 10], ranks: [1, 1, 1] },
    { growth: [NaN, 5], ranks: [0, 1] },
    { growth: [-3, -1.5], ranks: [2, 1] },
  ])('$growth → $ranks (ties share the better rank, compared as published)', ({ growth, ranks }) => {
    expect(competitionRanks(growth)).toEqual(ranks);
  });

  it('ranks zones per indicator, period and basis; a zone without growth has none', () => {
    const catalog = { zones: [zone('a'), zone('b'), zone('c')], indicators: [indicator('v'), indicator('w')] };
    const engine = engineOf(catalog, [
      input('a', 'v', '2025-05', 'ytd', null, 10),
      input('b', 'v', '2025-05', 'ytd', null, 12),
      input('c', 'v', '2025-05', 'ytd', 500),
      input('c', 'v', '2025-05', 'month', null, 30),
      input('a', 'w', '2025-05', 'ytd', null, 1),
    ]);
    expect(rowOf(engine, 'a', 'v', '2025-05', 'ytd').rank).toBe(2);
    expect(rowOf(engine, 'b', 'v', '2025-05', 'ytd').rank).toBe(1);
    expect(rowOf(engine, 'c', 'v', '2025-05', 'ytd').rank).toBeNull();
    expect(rowOf(engine, 'c', 'v', '2025-05', 'month').rank).toBe(1);
    expect(rowOf(engine, 'a', 'w', '2025-05', 'ytd').rank).toBe(1);
  });

  it('leaves the benchmark out: a city average is not ranked among the zones it benchmarks (issue 16)', () => {
    // The city grows fastest, yet the zones are ranked among themselves: b first, a second; the city has no rank.
    const catalog = {
      zones: [{ ...zone('a'), benchmarkZoneId: 'city' }, { ...zone('b'), benchmarkZoneId: 'city' }, zone('city')],
      indicators: [indicator('v')],
    };
    const engine = engineOf(catalog, [
      input('a', 'v', '2025-05', 'ytd', null, 10),
      input('b', 'v', '2025-05', 'ytd', null, 12),
      input('city', 'v', '2025-05', 'ytd', null, 15),
    ]);
    expect(rowOf(engine, 'a', 'v', '2025-05', 'ytd').rank).toBe(2);
    expect(rowOf(engine, 'b', 'v', '2025-05', 'ytd').rank).toBe(1);
    expect(rowOf(engine, 'city', 'v', '2025-05', 'ytd').rank).toBeNull();
  });

  it('sorts rather than counts beyond a few dozen zones, with the same answer', () => {
    const growth = Array.from({ length: 200 }, (_, index) =>
      index % 7 === 0 ? NaN : Math.round((index * 37) % 101) / 10,
    );
    const ranks = competitionRanks(growth);
    growth.forEach((value, index) => {
      const expected = Number.isNaN(value) ? 0 : 1 + growth.filter((other) => other > value).length;
      expect(ranks[index]).toBe(expected);
    });
  });
});
