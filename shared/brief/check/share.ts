import { findIndicator } from '../../model';
import { formatLevel } from '../../metrics';
import { isChinese } from '../simplified';
import { chineseSubject, englishSubject } from '../subjects';
import type { BriefClaim } from '../types';
import { none, rowOf, type ClaimSubject, type Computed } from './claim-subject';
import type { MissingFigure } from './types';

/**
 * share_pct: of another zone's total when the brief names one (占全市…的68%), else of the parent
 * indicator (占全区规上工业的45.2%).
 */
export function share(claim: BriefClaim, subject: ClaimSubject): Computed {
  const named =
    claim.against === null
      ? { zone: null, indicator: null }
      : isChinese(claim.against)
        ? chineseSubject(claim.against)
        : englishSubject(claim.against);
  const zoneId = named.zone === null ? subject.zoneId : subject.resolve(named.zone, 'zone');
  if (zoneId === null) return none({ kind: 'zone', phrase: named.zone! });
  const parentId = findIndicator(subject.catalog, subject.indicatorId)?.parentId ?? null;
  const totalId =
    named.indicator === null
      ? zoneId === subject.zoneId
        ? parentId
        : subject.indicatorId
      : subject.resolve(named.indicator, 'indicator');
  if (totalId === null)
    return none(
      named.indicator === null
        ? { kind: 'parent', indicatorId: subject.indicatorId }
        : { kind: 'indicator', phrase: named.indicator },
    );
  const own = rowOf(subject, subject.zoneId, subject.indicatorId)?.value ?? null;
  const total = rowOf(subject, zoneId, totalId)?.value ?? null;
  const at = { period: subject.period, basis: subject.basis };
  const missing: MissingFigure[] = [];
  if (own === null) missing.push({ kind: 'level', zoneId: subject.zoneId, indicatorId: subject.indicatorId, ...at });
  if (total === null) missing.push({ kind: 'level', zoneId, indicatorId: totalId, ...at });
  if (own === null || total === null || total <= 0) return none(...missing);
  return {
    computed: (own / total) * 100,
    expression: `${formatLevel(own)} / ${formatLevel(total)} × 100`,
    missing: [],
  };
}
