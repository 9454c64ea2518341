import { describe, expect, it } from 'vitest';
import { checkClaims, readBrief, type CheckedStatement } from '../../../shared/brief';
import type { MetricInput } from '../../../shared/metrics';
import { input } from '../metrics/build';
import { history, SECTOR_LEVELS, SEED_BRIEF, SEED_CATALOG, seedResolve } from './seed-brief';

const resolve = seedResolve();
const reading = readBrief(SEED_BRIEF);

function claimsOf(checked: CheckedStatement[]) {
  return checked.flatMap((statement) =>
    statement.claims.map(({ kind, check, computed, missing, arithmetic }) => ({
      kind,
      check,
      computed,
      missing,
      arithmetic,
    })),
  );
}

function committed(checked: CheckedStatement[]): MetricInput[] {
  return checked.flatMap((statement) => (statement.proposal ? [statement.proposal] : []));
}

describe('checkClaims on the seed brief (spec §5)', () => {
  it('read into an empty store: each claim says what it lacks, and the proposals carry every figure', () => {
    const checked = checkClaims(reading.statements, SEED_CATALOG, [], resolve);
    expect(checked.map((statement) => statement.proposal)).toEqual([
      input('btrehtz', 'iav', '2025-05', 'ytd', null, 14.8),
      input('btrehtz', 're', '2025-05', 'ytd', null, 16.9),
      input('btrehtz', 'ne', '2025-05', 'ytd', null, 38),
      input('btrehtz', 'iav', '2025-05', 'ytd', null, 14.8),
      input('baotou', 'iav', '2025-05', 'ytd', null, 12.3),
      input('btrehtz', 're', '2025-05', 'ytd', null, 16.9),
      input('btrehtz', 'ne', '2025-05', 'ytd', null, 38),
      input('btrehtz', 'mag', '2025-05', 'ytd', 15_300, 23.8),
      input('btrehtz', 'comp', '2025-05', 'ytd', 23_100, 14.6),
      input('btrehtz', 'metal', '2025-05', 'ytd', 2_100, 16),
    ]);
    // The gap already agrees with the proposals in place: 14.8 − 12.3 = 2.5, the city's growth being derived from it.
    expect(claimsOf(checked).map((claim) => claim.check)).toEqual([
      'agrees',
      'cannot check',
      'cannot check',
      'cannot check',
    ]);
  });

  it('after the proposals are committed: the gap agrees, the streak lacks the earlier months, the contributions the levels', () => {
    const store = committed(checkClaims(reading.statements, SEED_CATALOG, [], resolve));
    const [gap, streak, rareEarth, newEnergy] = claimsOf(checkClaims(reading.statements, SEED_CATALOG, store, resolve));
    expect(gap).toMatchObject({
      kind: 'gap_pp',
      check: 'agrees',
      arithmetic: { expression: '14.8 − 12.3', rounded: 2.5, published: 2.5 },
    });
    expect(gap!.computed).toBeCloseTo(2.5, 10);
    // One month of double-digit growth is known; the 54th month back from May 2025 is Dec 2020.
    expect(streak).toMatchObject({
      kind: 'streak_months',
      check: 'cannot check',
      computed: 1,
      missing: [
        { kind: 'months', zoneId: 'btrehtz', indicatorId: 'iav', period: '2020-12', until: '2025-04', basis: 'ytd' },
      ],
    });
    const levelsAt = { zoneId: 'btrehtz', period: '2025-05', basis: 'ytd' };
    expect(rareEarth).toMatchObject({
      kind: 'contribution_pp',
      check: 'cannot check',
      missing: [
        { kind: 'prior level', indicatorId: 're', ...levelsAt },
        { kind: 'prior level', indicatorId: 'iav', ...levelsAt },
      ],
    });
    expect(newEnergy).toMatchObject({
      kind: 'contribution_pp',
      check: 'cannot check',
      missing: [
        { kind: 'prior level', indicatorId: 'ne' },
        { kind: 'prior level', indicatorId: 'iav' },
      ],
    });
  });

  it('read again into a store holding the sector levels and the earlier months: every claim agrees', () => {
    const checked = checkClaims(reading.statements, SEED_CATALOG, [...SECTOR_LEVELS, ...history()], resolve);
    const claims = claimsOf(checked);
    expect(claims.map((claim) => [claim.kind, claim.check])).toEqual([
      ['gap_pp', 'agrees'],
      ['streak_months', 'agrees'],
      ['contribution_pp', 'agrees'],
      ['contribution_pp', 'agrees'],
    ]);
    expect(claims[1]!.computed).toBe(54);
    expect(claims[2]!.computed).toBeCloseTo(5.39955, 6);
    expect(claims[3]!.computed).toBeCloseTo(7.0984, 6);
    expect(claims[2]!.arithmetic).toMatchObject({
      expression: '16.9 × 31,950 / 100,000',
      rounded: 5.4,
      published: 5.4,
    });
  });

  it('says a claim disagrees with both figures and the arithmetic', () => {
    // New energy at 20,680 a year earlier: 38 × 20,680 / 100,000 = 7.8584 → 7.9, not the 7.1 published.
    const levels = SECTOR_LEVELS.map((entry) =>
      entry.indicatorId === 'ne' ? { ...entry, value: entry.period === '2024-05' ? 20_680 : 20_680 * 1.38 } : entry,
    );
    const newEnergy = claimsOf(checkClaims(reading.statements, SEED_CATALOG, levels, resolve))[3]!;
    expect(newEnergy).toMatchObject({
      check: 'disagrees',
      arithmetic: { expression: '38.0 × 20,680 / 100,000', rounded: 7.9, published: 7.1 },
    });
  });

  it('a month below the threshold inside the claimed 54 makes the streak disagree, naming that month', () => {
    const streak = claimsOf(
      checkClaims(reading.statements, SEED_CATALOG, [...SECTOR_LEVELS, ...history('2023-06')], resolve),
    )[1]!;
    // Jul 2023 to May 2025 is 23 months.
    expect(streak).toMatchObject({
      check: 'disagrees',
      computed: 23,
      arithmetic: { expression: '2023-06: 9.9 < 10.0', published: 54 },
    });
  });

  it('a stored city growth that does not fit the gap makes it disagree: the derived 12.3 does not replace it', () => {
    const gap = claimsOf(
      checkClaims(reading.statements, SEED_CATALOG, [input('baotou', 'iav', '2025-05', 'ytd', null, 12.2)], resolve),
    )[0]!;
    expect(gap).toMatchObject({
      check: 'disagrees',
      arithmetic: { expression: '14.8 − 12.2', rounded: 2.6, published: 2.5 },
    });
  });

  it('a phrase no resolver knows leaves its claims unchecked, naming the phrase', () => {
    const checked = checkClaims(reading.statements, SEED_CATALOG, [], () => null);
    expect(checked[3]).toMatchObject({ zoneId: null, indicatorId: null, proposal: null });
    expect(checked[3]!.claims[0]).toMatchObject({
      check: 'cannot check',
      missing: [
        { kind: 'zone', phrase: 'Baotou Rare Earth High-Tech Industrial Development Zone' },
        { kind: 'indicator', phrase: 'Industrial added value above designated size' },
      ],
    });
  });
});
