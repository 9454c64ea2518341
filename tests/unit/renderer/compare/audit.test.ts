import { describe, expect, it } from 'vitest';
import { createMetricsEngine } from '../../../../shared/metrics';
import { auditRows, contributionSums } from '../../../../renderer/features/compare/model/audit';
import { indexRows } from '../../../../renderer/features/compare/model/metric-index';
import { SECTOR_LEVELS, SEED_CATALOG } from '../../brief/seed-brief';
import { input } from '../../metrics/build';

/**
 * The seed brief's zone with its sector levels (see seed-brief.ts: industrial added value 100,000 →
 * 114,800, rare earth 31,950 → 37,349.55, new energy 18,680 → 25,778.4), the city at 12.3 % and the
 * zone's Jan–Apr growth at 14.2 %.
 */
const engine = createMetricsEngine(SEED_CATALOG, [
  ...SECTOR_LEVELS,
  input('btrehtz', 'iav', '2025-04', 'ytd', null, 14.2),
  input('baotou', 'iav', '2025-05', 'ytd', null, 12.3),
]);
const history = indexRows(engine.rows({ zoneIds: ['btrehtz'], basis: 'ytd' }));

describe('the audit of a zone and period', () => {
  const rows = auditRows(history, 'btrehtz', SEED_CATALOG.indicators, '2025-05');
  const byId = Object.fromEntries(rows.map((row) => [row.indicatorId, row]));

  it('gives the gap and the change in growth with their arithmetic', () => {
    expect(byId.iav!.growth).toBeCloseTo(14.8, 9); // 114,800 / 100,000 − 1
    expect(byId.iav!.gap).toEqual({ value: expect.closeTo(2.5, 9), expression: '14.8 − 12.3' });
    expect(byId.iav!.change).toEqual({ value: expect.closeTo(0.6, 9), expression: '14.8 − 14.2' });
  });

  it('gives each sector’s contribution and rate with the levels they come from', () => {
    // 16.9 × 31,950 / 100,000 = 5.39955; 5.39955 / 14.8 × 100 = 36.48...
    expect(byId.re!.contribution).toEqual({ value: expect.closeTo(5.39955, 6), expression: '16.9 × 31,950 / 100,000' });
    expect(byId.re!.rate).toEqual({ value: expect.closeTo(36.4834, 3), expression: '5.40 / 14.8 × 100' });
    // 37,349.55 / 114,800 × 100 = 32.53
    expect(byId.re!.share).toBeCloseTo(32.5344, 3);
  });

  it('adds up the contributions against the total’s growth', () => {
    // 5.39955 + 38 × 18,680 / 100,000 (7.0984) = 12.49795, against 14.8.
    const [sum] = contributionSums(history, 'btrehtz', SEED_CATALOG.indicators, '2025-05');
    expect(sum).toMatchObject({
      parentId: 'iav',
      sum: expect.closeTo(12.49795, 6),
      parentGrowth: expect.closeTo(14.8, 9),
    });
    expect(sum!.terms.map((term) => term.indicatorId)).toEqual(['re', 'ne']);
  });

  it('leaves out indicators without figures at the period', () => {
    expect(rows.map((row) => row.indicatorId)).toEqual(['iav', 're', 'ne']);
  });
});
