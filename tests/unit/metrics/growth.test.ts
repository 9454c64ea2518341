import { describe, expect, it } from 'vitest';
import { SINGLE, engineOf, input, rowOf } from './build';

describe('yoy_pct, yoy_source and prior_value', () => {
  it.each([
    { name: 'published only', now: [110, 12.5], before: null, yoy: 12.5, source: 'reported', prior: 110 / 1.125 },
    {
      name: 'published wins over levels',
      now: [110, 12.5],
      before: [100, null],
      yoy: 12.5,
      source: 'reported',
      prior: 100,
    },
    { name: 'computed from levels', now: [110, null], before: [100, null], yoy: 10, source: 'computed', prior: 100 },
    { name: 'a fall computed', now: [90, null], before: [100, null], yoy: -10, source: 'computed', prior: 100 },
    { name: 'no level a year before', now: [110, null], before: null, yoy: null, source: null, prior: null },
    { name: 'growth only', now: [null, 7], before: null, yoy: 7, source: 'reported', prior: null },
    {
      name: 'prior entered without a current level',
      now: [null, 7],
      before: [100, null],
      yoy: 7,
      source: 'reported',
      prior: 100,
    },
    {
      name: 'a fall of 100 % implies no prior',
      now: [0, -100],
      before: null,
      yoy: -100,
      source: 'reported',
      prior: null,
    },
  ])('$name', ({ now, before, yoy, source, prior }) => {
    const inputs = [input('z', 'v', '2025-05', 'ytd', now[0]!, now[1])];
    if (before) inputs.push(input('z', 'v', '2024-05', 'ytd', before[0]!, before[1]));
    const row = rowOf(engineOf(SINGLE, inputs), 'z', 'v', '2025-05', 'ytd');
    expect(row.yoySource).toBe(source);
    if (yoy === null) expect(row.yoyPct).toBeNull();
    else expect(row.yoyPct).toBeCloseTo(yoy, 12);
    if (prior === null) expect(row.priorValue).toBeNull();
    else expect(row.priorValue).toBeCloseTo(prior, 9);
  });

  it.each([
    { base: 0, now: 50, mark: 'new' },
    { base: 0, now: 0, mark: 'n/m' },
    { base: -20, now: 50, mark: 'n/m' },
  ])('a base of $base gives no growth but a mark "$mark"', ({ base, now, mark }) => {
    const engine = engineOf(SINGLE, [
      input('z', 'v', '2024-05', 'month', base),
      input('z', 'v', '2025-05', 'month', now),
    ]);
    const row = rowOf(engine, 'z', 'v', '2025-05', 'month');
    expect(row).toMatchObject({ yoyPct: null, yoySource: null, priorValue: base, streakMonths: null, rank: null });
    expect(engine.marks({ from: '2025-05', to: '2025-05' })).toContainEqual({
      zoneId: 'z',
      indicatorId: 'v',
      period: '2025-05',
      basis: 'month',
      field: 'yoyPct',
      mark,
    });
  });
});

describe('yoy_change_pp', () => {
  const growth = (entries: [string, number][], basis: 'ytd' | 'month' = 'ytd') =>
    engineOf(
      SINGLE,
      entries.map(([period, yoy]) => input('z', 'v', period, basis, null, yoy)),
    );

  it.each([
    {
      name: '1–5月 against 1–4月',
      entries: [
        ['2025-04', 14.5],
        ['2025-05', 14.8],
      ],
      at: '2025-05',
      change: 0.3,
      from: '2025-04',
    },
    {
      name: '1–2月 against last year’s 1–12月',
      entries: [
        ['2024-12', 14.1],
        ['2025-02', 13.8],
      ],
      at: '2025-02',
      change: -0.3,
      from: '2024-12',
    },
    {
      name: 'skips a missing month',
      entries: [
        ['2025-02', 10],
        ['2025-05', 12],
      ],
      at: '2025-05',
      change: 2,
      from: '2025-02',
    },
    {
      name: 'looks back 12 months at most',
      entries: [
        ['2024-05', 10],
        ['2025-05', 12],
      ],
      at: '2025-05',
      change: 2,
      from: '2024-05',
    },
    {
      name: 'nothing within 12 months',
      entries: [
        ['2024-04', 10],
        ['2025-05', 12],
      ],
      at: '2025-05',
      change: null,
      from: null,
    },
    { name: 'the first figure', entries: [['2025-05', 12]], at: '2025-05', change: null, from: null },
  ] as const)('$name', ({ entries, at, change, from }) => {
    const engine = growth(entries.map(([period, yoy]) => [period, yoy]));
    const row = rowOf(engine, 'z', 'v', at, 'ytd');
    if (change === null) expect(row.yoyChangePp).toBeNull();
    else expect(row.yoyChangePp).toBeCloseTo(change, 10);
    expect(engine.previousGrowthPeriod({ zoneId: 'z', indicatorId: 'v', period: at, basis: 'ytd' })).toBe(from);
  });

  it('compares on the row’s own basis only', () => {
    const engine = engineOf(SINGLE, [
      input('z', 'v', '2025-04', 'month', null, 20),
      input('z', 'v', '2025-05', 'ytd', null, 14.8),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').yoyChangePp).toBeNull();
  });

  it('uses a computed growth like a published one', () => {
    const engine = engineOf(SINGLE, [
      input('z', 'v', '2024-04', 'month', 100),
      input('z', 'v', '2025-04', 'month', 110),
      input('z', 'v', '2025-05', 'month', null, 12),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'month').yoyChangePp).toBeCloseTo(2, 10);
  });
});
