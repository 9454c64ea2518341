import { describe, expect, it } from 'vitest';
import { SINGLE, engineOf, input, rowOf } from './build';

const ytdGrowth = (entries: [string, number][], threshold?: number) =>
  engineOf(
    SINGLE,
    entries.map(([period, yoy]) => input('z', 'v', period, 'ytd', null, yoy)),
    threshold,
  );

interface StreakCase {
  name: string;
  entries: [string, number][];
  streak: number;
}

const CASES: StreakCase[] = [
  {
    name: 'consecutive months at or above 10',
    entries: [
      ['2025-03', 11],
      ['2025-04', 10],
      ['2025-05', 12],
    ],
    streak: 3,
  },
  {
    name: 'ends at a month below',
    entries: [
      ['2025-03', 11],
      ['2025-04', 9.9],
      ['2025-05', 12],
    ],
    streak: 1,
  },
  {
    name: 'is 0 when the month itself is below',
    entries: [
      ['2025-04', 11],
      ['2025-05', 9],
    ],
    streak: 0,
  },
  {
    name: 'compares at the published decimal: 9.95 reads 10.0',
    entries: [
      ['2025-04', 9.95],
      ['2025-05', 10.2],
    ],
    streak: 2,
  },
  {
    name: '9.949 reads 9.9',
    entries: [
      ['2025-04', 9.949],
      ['2025-05', 10.2],
    ],
    streak: 1,
  },
  {
    name: 'a missing month (not January) ends it',
    entries: [
      ['2025-03', 11],
      ['2025-05', 12],
    ],
    streak: 1,
  },
  {
    name: 'the 1–2月 figure covers January',
    entries: [
      ['2024-12', 12],
      ['2025-02', 11],
      ['2025-03', 12],
    ],
    streak: 4,
  },
  {
    name: 'a low 1–2月 figure breaks January too',
    entries: [
      ['2024-12', 12],
      ['2025-02', 8],
      ['2025-03', 12],
    ],
    streak: 1,
  },
  {
    name: 'data opening on 1–2月 still count January',
    entries: [
      ['2025-02', 11],
      ['2025-03', 12],
    ],
    streak: 3,
  },
  {
    name: 'January without a 1–2月 figure ends it',
    entries: [
      ['2024-12', 12],
      ['2025-03', 12],
    ],
    streak: 1,
  },
];

describe('streak_months', () => {
  it.each(CASES)('$name', ({ entries, streak }) => {
    const last = entries[entries.length - 1]![0];
    expect(rowOf(ytdGrowth(entries), 'z', 'v', last, 'ytd').streakMonths).toBe(streak);
  });

  it('takes its threshold as a setting', () => {
    const entries: [string, number][] = [
      ['2025-03', 8.5],
      ['2025-04', 9],
      ['2025-05', 12],
    ];
    expect(rowOf(ytdGrowth(entries, 8), 'z', 'v', '2025-05', 'ytd').streakMonths).toBe(3);
    expect(rowOf(ytdGrowth(entries, 12.1), 'z', 'v', '2025-05', 'ytd').streakMonths).toBe(0);
  });

  it('is empty where there is no growth figure', () => {
    const engine = engineOf(SINGLE, [input('z', 'v', '2025-05', 'ytd', 100)]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').streakMonths).toBeNull();
  });

  it('counts a computed growth', () => {
    const engine = engineOf(SINGLE, [
      input('z', 'v', '2024-04', 'month', 100),
      input('z', 'v', '2024-05', 'month', 100),
      input('z', 'v', '2025-04', 'month', 111),
      input('z', 'v', '2025-05', 'month', 110),
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'month').streakMonths).toBe(2);
  });

  it('on the month basis, covers January with the 1–2月 release, never with February’s own monthly growth', () => {
    // Dec 12 (month), Feb 13 (month): February alone says nothing about January, so the run restarts at February.
    const own = engineOf(SINGLE, [
      input('z', 'v', '2024-12', 'month', null, 12),
      input('z', 'v', '2025-02', 'month', null, 13),
    ]);
    expect(rowOf(own, 'z', 'v', '2025-02', 'month').streakMonths).toBe(1);
    // With 1–2月 at 11 beside it: Dec, Jan (11 from 1–2月), Feb = 3.
    const both = engineOf(SINGLE, [
      input('z', 'v', '2024-12', 'month', null, 12),
      input('z', 'v', '2025-02', 'month', null, 13),
      input('z', 'v', '2025-02', 'ytd', null, 11),
    ]);
    expect(rowOf(both, 'z', 'v', '2025-02', 'month').streakMonths).toBe(3);
    // 1–2月 at 9.4 leaves January below 10 even though February alone grew 13 %: Feb = 1.
    const low = engineOf(SINGLE, [
      input('z', 'v', '2024-12', 'month', null, 12),
      input('z', 'v', '2025-02', 'month', null, 13),
      input('z', 'v', '2025-02', 'ytd', null, 9.4),
    ]);
    expect(rowOf(low, 'z', 'v', '2025-02', 'month').streakMonths).toBe(1);
    const release = engineOf(SINGLE, [
      input('z', 'v', '2024-12', 'month', null, 12),
      input('z', 'v', '2025-02', 'ytd', null, 13),
      input('z', 'v', '2025-03', 'month', null, 11),
    ]);
    // February is missing on the month basis: the streak stops there even though January is covered.
    expect(rowOf(release, 'z', 'v', '2025-03', 'month').streakMonths).toBe(1);
  });

  it('a January with a level but no growth is covered by 1–2月 like an absent one', () => {
    // 2025-01 has a level (no prior a year earlier, no published rate): no growth of its own.
    const engine = ytdGrowth([
      ['2024-11', 11],
      ['2024-12', 12],
      ['2025-02', 11],
      ['2025-03', 12],
    ]);
    const withLevel = engineOf(SINGLE, [
      ...[
        ['2024-11', 11],
        ['2024-12', 12],
        ['2025-02', 11],
        ['2025-03', 12],
      ].map(([period, yoy]) => input('z', 'v', period as string, 'ytd', null, yoy as number)),
      input('z', 'v', '2025-01', 'ytd', 480, null),
    ]);
    // Nov, Dec, Jan (covered by 1–2月 11), Feb, Mar = 5, with or without the January level.
    expect(rowOf(engine, 'z', 'v', '2025-03', 'ytd').streakMonths).toBe(5);
    expect(rowOf(withLevel, 'z', 'v', '2025-03', 'ytd').streakMonths).toBe(5);
    // The January row itself has no growth, so no streak of its own.
    expect(rowOf(withLevel, 'z', 'v', '2025-01', 'ytd').streakMonths).toBeNull();
  });

  it('a January with its own growth uses it, not 1–2月', () => {
    const engine = engineOf(SINGLE, [
      input('z', 'v', '2024-12', 'month', null, 12),
      input('z', 'v', '2025-01', 'month', null, 8),
      input('z', 'v', '2025-02', 'ytd', null, 11),
      input('z', 'v', '2025-02', 'month', null, 14),
    ]);
    // January 8 % breaks it even though 1–2月 reads 11 %.
    expect(rowOf(engine, 'z', 'v', '2025-02', 'month').streakMonths).toBe(1);
  });

  it('setThreshold recounts every streak', () => {
    const engine = ytdGrowth([
      ['2025-03', 8.5],
      ['2025-04', 9],
      ['2025-05', 12],
    ]);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').streakMonths).toBe(1);
    engine.setThreshold(8);
    expect(engine.threshold).toBe(8);
    expect(rowOf(engine, 'z', 'v', '2025-05', 'ytd').streakMonths).toBe(3);
  });
});
