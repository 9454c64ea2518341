import { addMonths } from '../../model';
import type { BriefClaim } from '../types';
import { growthOf, none, rate, type ClaimSubject, type Computed } from './claim-subject';
import type { MissingFigure } from './types';

/** change_pp: this growth less the growth of the period compared with (比1-4月), else the previous one. */
export function change(claim: BriefClaim, subject: ClaimSubject): Computed {
  const key = {
    zoneId: subject.zoneId,
    indicatorId: subject.indicatorId,
    period: subject.period,
    basis: subject.basis,
  };
  const earlier = claim.comparedPeriod ?? subject.engine.previousGrowthPeriod(key);
  const own = growthOf(subject, subject.zoneId, subject.indicatorId);
  if (earlier === null)
    return none(...(typeof own === 'number' ? [] : [own]), {
      kind: 'growth',
      zoneId: subject.zoneId,
      indicatorId: subject.indicatorId,
      period: addMonths(subject.period, -1),
      basis: subject.basis,
    });
  const before = growthOf(subject, subject.zoneId, subject.indicatorId, earlier);
  if (typeof own !== 'number' || typeof before !== 'number')
    return none(...[own, before].filter((figure): figure is MissingFigure => typeof figure !== 'number'));
  return { computed: own - before, expression: `${rate(own)} − ${rate(before)}`, missing: [] };
}
