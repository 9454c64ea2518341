import { addMonths, makePeriod, periodMonth, periodYear, type Period } from '../../model';
import type { BriefClaim } from '../types';
import { none, rate, rowOf, type ClaimSubject, type Computed } from './claim-subject';

/**
 * streak_months: the engine's count at the brief's threshold. A count short of the claim is a
 * disagreement only when the month that ends it is known to fall short; when that month is
 * missing, the months back to the claimed start are what the check lacks.
 */
export function streak(claim: BriefClaim, subject: ClaimSubject): Computed {
  if (claim.threshold === null || claim.threshold === undefined) return none({ kind: 'threshold' });
  const engine = subject.engineAt(claim.threshold);
  const row = rowOf(subject, subject.zoneId, subject.indicatorId, subject.period, engine);
  if (row?.streakMonths == null)
    return none({
      kind: 'growth',
      zoneId: subject.zoneId,
      indicatorId: subject.indicatorId,
      period: subject.period,
      basis: subject.basis,
    });
  const count = row.streakMonths;
  if (count >= claim.figure) return { computed: count, expression: null, missing: [] };
  const breaking = addMonths(subject.period, -count);
  const growth = breakingGrowth(subject, breaking);
  if (growth === null) {
    return {
      computed: count,
      expression: null,
      missing: [
        {
          kind: 'months',
          zoneId: subject.zoneId,
          indicatorId: subject.indicatorId,
          period: addMonths(subject.period, 1 - claim.figure),
          until: breaking,
          basis: subject.basis,
        },
      ],
    };
  }
  return { computed: count, expression: `${breaking}: ${rate(growth)} < ${rate(claim.threshold)}`, missing: [] };
}

/** The growth of the month that ended the streak; a January stands for its 1–2月 figure (docs/metrics.md §2). */
function breakingGrowth(subject: ClaimSubject, period: Period): number | null {
  const own = rowOf(subject, subject.zoneId, subject.indicatorId, period)?.yoyPct ?? null;
  if (own !== null || periodMonth(period) !== 1) return own;
  const cover = subject.engine.row({
    zoneId: subject.zoneId,
    indicatorId: subject.indicatorId,
    period: makePeriod(periodYear(period), 2),
    basis: 'ytd',
  });
  return cover?.yoyPct ?? null;
}
