import { describe, expect, it } from 'vitest';
import { engineOf, indicator, input, rowOf, zone } from './build';

/** Issue 15: metrics as a statistics bureau computes them (docs/metrics.md §2). Figures worked by hand. */

const catalog = {
  zones: [zone('z')],
  indicators: [indicator('total'), indicator('a', { parentId: 'total' }), indicator('b', { parentId: 'total' })],
};
const ytd = (id: string, period: string, value: number | null, yoy: number | null = null) =>
  input('z', id, period, 'ytd', value, yoy);

describe('拉动 at comparable prices: g · s₀', () => {
  it('follows the published growth when prior-year levels are entered that disagree with it', () => {
    // Prior levels total 1000, a 300 (s₀ = 0.3). Levels now 1150 and 360 (+15 %, +20 % nominal),
    // published at comparable prices 14.8 % and 16.9 %.
    const engine = engineOf(catalog, [
      ytd('total', '2024-05', 1000),
      ytd('a', '2024-05', 300),
      ytd('total', '2025-05', 1150, 14.8),
      ytd('a', '2025-05', 360, 16.9),
    ]);
    const a = rowOf(engine, 'z', 'a', '2025-05', 'ytd');
    // 16.9 × 0.3 = 5.07 pp, not (360 − 300) / 1000 = 6.0 pp.
    expect(a.contributionPp).toBeCloseTo(5.07, 10);
    // 5.07 / 14.8 = 34.2567… %.
    expect(a.contributionRatePct).toBeCloseTo(34.2567567567, 8);
  });

  it('equals the level formula when the growth is computed from the levels', () => {
    const engine = engineOf(catalog, [
      ytd('total', '2024-05', 1000),
      ytd('a', '2024-05', 300),
      ytd('total', '2025-05', 1150),
      ytd('a', '2025-05', 360),
    ]);
    // (360 − 300) / 1000 = 6.0 pp = 20 % × 0.3; rate 6 / 15 = 40 %.
    expect(rowOf(engine, 'z', 'a', '2025-05', 'ytd').contributionPp).toBeCloseTo(6, 10);
    expect(rowOf(engine, 'z', 'a', '2025-05', 'ytd').contributionRatePct).toBeCloseTo(40, 10);
  });

  it('needs both prior values, not a parent observation at t', () => {
    // The parent has only its level a year earlier: s₀ = 250 / 1000, a grew 12 % (published).
    const engine = engineOf(catalog, [ytd('total', '2024-05', 1000), ytd('a', '2025-05', 280, 12)]);
    const a = rowOf(engine, 'z', 'a', '2025-05', 'ytd');
    // prior of a implied: 280 / 1.12 = 250 → 12 × 0.25 = 3.0 pp; no parent growth, so no rate.
    expect(a.priorValue).toBeCloseTo(250, 10);
    expect(a.contributionPp).toBeCloseTo(3, 10);
    expect(a.contributionRatePct).toBeNull();
    expect(a.shareOfParentPct).toBeNull();
  });

  it('the seed stays exact with levels implied by the published rates', () => {
    // Total 1,148,000 at 14.8 % → prior 1,000,000; rare earth 373,530 at 16.9 % → prior 319,529.5…
    const engine = engineOf(catalog, [ytd('total', '2025-05', 1_148_000, 14.8), ytd('a', '2025-05', 373_530, 16.9)]);
    const a = rowOf(engine, 'z', 'a', '2025-05', 'ytd');
    expect(a.contributionPp).toBeCloseTo(16.9 * (373_530 / 1.169 / 1_000_000), 10);
    expect(Math.round(a.contributionPp! * 10) / 10).toBe(5.4);
    expect(a.shareOfParentPct).toBeCloseTo((373_530 / 1_148_000) * 100, 10);
  });

  it('a parent prior of zero or below gives no contribution, with a warning that names it', () => {
    const engine = engineOf(catalog, [
      ytd('total', '2024-05', -50),
      ytd('total', '2025-05', 100),
      ytd('a', '2024-05', 30),
      ytd('a', '2025-05', 36),
    ]);
    expect(rowOf(engine, 'z', 'a', '2025-05', 'ytd').contributionPp).toBeNull();
    const warning = engine.warnings().find((candidate) => candidate.kind === 'parent-prior-not-positive');
    expect(warning).toMatchObject({
      indicatorId: 'total',
      period: '2025-05',
      componentIds: ['a'],
      found: -50,
      expected: 0,
    });
    expect(warning!.message).toContain('-50.00');
  });
});

describe('consistency warnings show their arithmetic', () => {
  it('Σ pp above the total growth: each contribution and the sum', () => {
    // s₀: a 600 / 1000, b 300 / 1000 (implied from published rates). a 10 % → 6.0 pp, b 15 % → 4.5 pp; Σ 10.5 > 10 + 0.1.
    const engine = engineOf(catalog, [
      ytd('total', '2025-05', 1100, 10),
      ytd('a', '2025-05', 660, 10),
      ytd('b', '2025-05', 345, 15),
    ]);
    const warning = engine.warnings().find((candidate) => candidate.kind === 'contributions-exceed-parent-growth')!;
    expect(warning.terms.map((term) => term.indicatorId)).toEqual(['a', 'b']);
    expect(warning.terms[0]!.figure).toBeCloseTo(6, 10);
    expect(warning.terms[1]!.figure).toBeCloseTo(4.5, 10);
    expect(warning.found).toBeCloseTo(10.5, 10);
    expect(warning.message).toContain('a 6.00 + b 4.50 = 10.50 pp');
    expect(warning.message).toContain('10.00%');
  });

  it('Σ s₀ above 100 %: each prior share and the sum', () => {
    // Priors: total 1000, a 700, b 400 → 70 % + 40 % = 110 %.
    const engine = engineOf(catalog, [
      ytd('total', '2024-05', 1000),
      ytd('a', '2024-05', 700),
      ytd('b', '2024-05', 400),
      ytd('a', '2025-05', 700),
      ytd('b', '2025-05', 400),
    ]);
    const warning = engine.warnings().find((candidate) => candidate.kind === 'component-shares-exceed-parent')!;
    expect(warning.found).toBeCloseTo(110, 10);
    expect(warning.message).toContain('a 70.00 + b 40.00 = 110.00');
  });
});

describe('rates grow in percentage points', () => {
  const rates = { zones: [zone('z'), zone('y')], indicators: [indicator('util', { kind: 'rate', unit: '%' })] };
  const at = (zoneId: string, period: string, value: number | null, yoy: number | null = null) =>
    input(zoneId, 'util', period, 'ytd', value, yoy);

  it('76.9 % → 75.7 % is −1.2 pp, not −1.56 %', () => {
    const row = rowOf(
      engineOf(rates, [at('z', '2024-06', 76.9), at('z', '2025-06', 75.7)]),
      'z',
      'util',
      '2025-06',
      'ytd',
    );
    expect(row.yoyPct).toBeCloseTo(-1.2, 10);
    expect(row.yoySource).toBe('computed');
    expect(row.priorValue).toBeCloseTo(76.9, 10);
    expect(row.momPct).toBeNull();
  });

  it('a published change in pp implies the prior rate by subtraction; a zero prior is a plain change', () => {
    const engine = engineOf(rates, [at('z', '2025-06', 75.7, -1.2), at('y', '2024-06', 0), at('y', '2025-06', 4.5)]);
    expect(rowOf(engine, 'z', 'util', '2025-06', 'ytd').priorValue).toBeCloseTo(76.9, 10);
    expect(rowOf(engine, 'y', 'util', '2025-06', 'ytd').yoyPct).toBeCloseTo(4.5, 10);
  });

  it('a published change more than 0.1 pp from the levels is warned, in pp', () => {
    const engine = engineOf(rates, [at('z', '2024-06', 76.9), at('z', '2025-06', 75.7, -1)]);
    const [warning] = engine.warnings();
    expect(warning).toMatchObject({ kind: 'published-differs-from-computed', found: -1 });
    expect(warning!.expected).toBeCloseTo(-1.2, 10);
    expect(warning!.message).toContain('-1.20 pp');
  });
});

describe('written down: ranks and contribution rates at the published decimal', () => {
  it('ranks compare at one decimal: 12.04 and 11.96 both read 12.0 and tie', () => {
    const catalog2 = { zones: [zone('p'), zone('q'), zone('r')], indicators: [indicator('v')] };
    const engine = engineOf(catalog2, [
      input('p', 'v', '2025-05', 'ytd', null, 12.04),
      input('q', 'v', '2025-05', 'ytd', null, 11.96),
      input('r', 'v', '2025-05', 'ytd', null, 11.94),
    ]);
    expect(rowOf(engine, 'p', 'v', '2025-05', 'ytd').rank).toBe(1);
    expect(rowOf(engine, 'q', 'v', '2025-05', 'ytd').rank).toBe(1);
    expect(rowOf(engine, 'r', 'v', '2025-05', 'ytd').rank).toBe(3);
  });

  it('no contribution rate when the parent growth shows as 0.0 (−0.04 included)', () => {
    const engine = engineOf(catalog, [ytd('total', '2025-05', 999.6, -0.04), ytd('a', '2025-05', 330, 10)]);
    const a = rowOf(engine, 'z', 'a', '2025-05', 'ytd');
    expect(a.contributionPp).not.toBeNull();
    expect(a.contributionRatePct).toBeNull();
  });
});
