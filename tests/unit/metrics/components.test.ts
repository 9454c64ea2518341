import { describe, expect, it } from 'vitest';
import { engineOf, indicator, input, rowOf, zone } from './build';

const catalog = { zones: [zone('z')], indicators: [indicator('total'), indicator('part', { parentId: 'total' })] };
const at = (value: number | null, yoy: number | null, id: 'total' | 'part', period = '2025-05') =>
  input('z', id, period, 'ytd', value, yoy);

describe('share_of_parent_pct, contribution_pp, contribution_rate_pct', () => {
  it('from levels a year apart: 拉动 = change over the parent’s prior level', () => {
    const engine = engineOf(catalog, [
      at(1000, null, 'total', '2024-05'),
      at(300, null, 'part', '2024-05'),
      at(1100, null, 'total'),
      at(360, null, 'part'),
    ]);
    const part = rowOf(engine, 'z', 'part', '2025-05', 'ytd');
    expect(part.shareOfParentPct).toBeCloseTo(360 / 11, 10);
    expect(part.contributionPp).toBeCloseTo(6, 10);
    expect(part.contributionRatePct).toBeCloseTo(60, 10);
    // = g · s₀: 20 % growth on a 30 % prior share.
    expect(part.contributionPp).toBeCloseTo(part.yoyPct! * 0.3, 10);
  });

  it('from levels and published rates, with implied prior values', () => {
    const engine = engineOf(catalog, [at(1148, 14.8, 'total'), at(373.53, 16.9, 'part')]);
    const part = rowOf(engine, 'z', 'part', '2025-05', 'ytd');
    expect(part.contributionPp).toBeCloseTo(5.4, 3);
    expect(part.contributionRatePct).toBeCloseTo((part.contributionPp! / 14.8) * 100, 10);
  });

  it('a falling component contributes negatively', () => {
    const engine = engineOf(catalog, [at(1050, 5, 'total'), at(190, -5, 'part')]);
    expect(rowOf(engine, 'z', 'part', '2025-05', 'ytd').contributionPp).toBeCloseTo(-1, 10);
  });

  it.each([
    { name: 'parent growth 0: contributions but no rate', total: [1000, 0], rate: null },
    { name: 'parent growth 0.04 reads 0.0: no rate', total: [1000.4, 0.04], rate: null },
  ])('$name', ({ total }) => {
    const engine = engineOf(catalog, [at(total[0]!, total[1]!, 'total'), at(220, 10, 'part')]);
    const part = rowOf(engine, 'z', 'part', '2025-05', 'ytd');
    expect(part.contributionPp).not.toBeNull();
    expect(part.contributionRatePct).toBeNull();
  });

  it.each([
    { name: 'no parent figure that period', inputs: [at(220, 10, 'part')] },
    { name: 'parent without a level', inputs: [at(null, 12, 'total'), at(220, 10, 'part')] },
    { name: 'component without a level', inputs: [at(1100, 10, 'total'), at(null, 10, 'part')] },
    { name: 'parent level zero', inputs: [at(0, null, 'total'), at(220, 10, 'part')] },
  ])('nothing to compute: $name', ({ inputs }) => {
    const part = rowOf(engineOf(catalog, inputs), 'z', 'part', '2025-05', 'ytd');
    expect(part).toMatchObject({ shareOfParentPct: null, contributionPp: null, contributionRatePct: null });
  });

  it('a top-level indicator has no share or contribution', () => {
    const total = rowOf(engineOf(catalog, [at(1100, 10, 'total')]), 'z', 'total', '2025-05', 'ytd');
    expect(total).toMatchObject({ shareOfParentPct: null, contributionPp: null, contributionRatePct: null });
  });

  it('reads the parent on the same basis only', () => {
    const engine = engineOf(catalog, [input('z', 'total', '2025-05', 'month', 200, 10), at(220, 10, 'part')]);
    expect(rowOf(engine, 'z', 'part', '2025-05', 'ytd').shareOfParentPct).toBeNull();
  });
});
