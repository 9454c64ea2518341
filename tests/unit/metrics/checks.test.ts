import { describe, expect, it } from 'vitest';
import { engineOf, indicator, input, zone } from './build';

const catalog = {
  zones: [zone('z')],
  indicators: [
    indicator('total'),
    indicator('a', { parentId: 'total' }),
    indicator('b', { parentId: 'total' }),
    indicator('other'),
  ],
};
const ytd = (id: string, value: number | null, yoy: number | null, period = '2025-05') =>
  input('z', id, period, 'ytd', value, yoy);

describe('checks shown as warnings', () => {
  it('components whose prior-year shares add above 100 %', () => {
    // Prior levels: total 1000, a 600, b 500 (overlapping components).
    const engine = engineOf(catalog, [ytd('total', 1100, 10), ytd('a', 660, 10), ytd('b', 550, 10)]);
    const warnings = engine.warnings();
    expect(warnings.map((warning) => warning.kind)).toContain('component-shares-exceed-parent');
    const shares = warnings.find((warning) => warning.kind === 'component-shares-exceed-parent')!;
    expect(shares).toMatchObject({
      zoneId: 'z',
      indicatorId: 'total',
      period: '2025-05',
      basis: 'ytd',
      componentIds: ['a', 'b'],
      expected: 100,
    });
    expect(shares.found).toBeCloseTo(110, 10);
    expect(shares.message).toContain('z · total · 2025-05 ytd');
  });

  it('components whose contributions add above the parent’s growth (+0.1 pp)', () => {
    // a contributes 6 pp and b 4.2 pp against a growth of 10.
    const engine = engineOf(catalog, [ytd('total', 1100, 10), ytd('a', 360, 20), ytd('b', 252, 20)]);
    const warning = engine.warnings().find((candidate) => candidate.kind === 'contributions-exceed-parent-growth');
    expect(warning).toMatchObject({ indicatorId: 'total', componentIds: ['a', 'b'], expected: 10 });
    expect(warning!.found).toBeCloseTo(10.2, 10);
  });

  it('stays quiet within the tolerance', () => {
    // Contributions 6 + 4.1 = 10.1 against 10: exactly the tolerance.
    const engine = engineOf(catalog, [ytd('total', 1100, 10), ytd('a', 360, 20), ytd('b', 246, 20)]);
    expect(engine.warnings()).toEqual([]);
  });

  it('a published growth more than 0.1 pp from the computed one', () => {
    const engine = engineOf(catalog, [
      ytd('other', 100, null, '2024-05'),
      ytd('other', 110, 10.2),
      ytd('other', 100, null, '2024-04'),
      ytd('other', 110, 10.1, '2025-04'),
    ]);
    const warnings = engine.warnings();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'published-differs-from-computed',
      zoneId: 'z',
      indicatorId: 'other',
      period: '2025-05',
      basis: 'ytd',
      found: 10.2,
    });
    expect(warnings[0]!.expected).toBeCloseTo(10, 10);
  });

  it('follows the selection; a component check belongs to its parent and its components', () => {
    const engine = engineOf(catalog, [ytd('total', 1100, 10), ytd('a', 660, 10), ytd('b', 550, 10)]);
    expect(engine.warnings({ indicatorIds: ['a'] })).not.toEqual([]);
    expect(engine.warnings({ indicatorIds: ['total'] })).not.toEqual([]);
    expect(engine.warnings({ indicatorIds: ['other'] })).toEqual([]);
    expect(engine.warnings({ basis: 'month' })).toEqual([]);
    expect(engine.warnings({ from: '2025-06' })).toEqual([]);
    expect(engine.warnings({ zoneIds: ['elsewhere'] })).toEqual([]);
  });

  it('for a large export, the published-vs-computed ones counted apart and the others read one pair at a time, as `warnings` gives them', () => {
    const engine = engineOf({ ...catalog, zones: [zone('z'), zone('y')] }, [
      ytd('total', 1100, 10),
      ytd('a', 660, 10),
      ytd('b', 550, 10),
      ytd('other', 100, null, '2024-05'),
      ytd('other', 110, 10.2),
      ytd('other', 100, null, '2024-04'),
      ytd('other', 110, 12, '2025-04'),
      input('y', 'other', '2024-05', 'month', 100),
      input('y', 'other', '2025-05', 'month', 120, 25),
    ]);
    const selections = [
      {},
      { from: '2025-05', to: '2025-05' },
      { from: '2025-04', to: '2025-04' },
      { basis: 'month' as const },
      { zoneIds: ['y'] },
      { indicatorIds: ['a'] },
      { indicatorIds: ['other'], from: '2025-05' },
    ];
    for (const selection of selections) {
      const all = engine.warnings(selection);
      const differing = all.filter((warning) => warning.kind === 'published-differs-from-computed');
      expect(engine.countPublishedDiffering(selection)).toBe(differing.length);
      expect([...engine.eachWarning(selection, { publishedDiffering: false })]).toEqual(
        all.filter((warning) => warning.kind !== 'published-differs-from-computed'),
      );
      expect([...engine.eachWarning(selection)]).toEqual(all);
    }
    expect(engine.countPublishedDiffering()).toBe(3);
  });
});
