import { findIndicator } from '../../model';
import { formatLevel, formatNumber } from '../../metrics';
import { isChinese } from '../simplified';
import { chineseSubject, englishSubject } from '../subjects';
import type { BriefClaim } from '../types';
import { none, rate, rowOf, type ClaimSubject, type Computed } from './claim-subject';
import type { MissingFigure, Resolve } from './types';

/** The parent a contribution is measured against: the catalog's, unless the brief names another. */
function parentOf(claim: BriefClaim, subject: ClaimSubject): string | MissingFigure {
  const parentId = findIndicator(subject.catalog, subject.indicatorId)?.parentId ?? null;
  const named = claim.against === null ? null : indicatorNamed(claim.against, subject.resolve);
  if (named !== null && named !== parentId)
    return { kind: 'parent', indicatorId: subject.indicatorId, phrase: claim.against! };
  return parentId ?? { kind: 'parent', indicatorId: subject.indicatorId };
}

/** 全区规上工业增加值 → the indicator of 规上工业增加值: the phrase whole, else without its zone. */
function indicatorNamed(phrase: string, resolve: Resolve): string | null {
  const whole = resolve(phrase, 'indicator');
  if (whole !== null) return whole;
  const measure = (isChinese(phrase) ? chineseSubject(phrase) : englishSubject(phrase)).indicator;
  return measure === null ? null : resolve(measure, 'indicator');
}

export function contribution(claim: BriefClaim, subject: ClaimSubject, asRate: boolean): Computed {
  const parentId = parentOf(claim, subject);
  if (typeof parentId !== 'string') return none(parentId);
  const own = rowOf(subject, subject.zoneId, subject.indicatorId);
  const parent = rowOf(subject, subject.zoneId, parentId);
  const at = { zoneId: subject.zoneId, period: subject.period, basis: subject.basis };
  const missing: MissingFigure[] = [];
  if (own?.yoyPct == null) missing.push({ kind: 'growth', indicatorId: subject.indicatorId, ...at });
  if (own?.priorValue == null) missing.push({ kind: 'prior level', indicatorId: subject.indicatorId, ...at });
  if (parent?.priorValue == null) missing.push({ kind: 'prior level', indicatorId: parentId, ...at });
  if (asRate && parent?.yoyPct == null) missing.push({ kind: 'growth', indicatorId: parentId, ...at });
  const computed = asRate ? (own?.contributionRatePct ?? null) : (own?.contributionPp ?? null);
  if (computed === null || own === null || parent === null) return { computed: null, expression: null, missing };
  const expression = asRate
    ? `${formatNumber(own.contributionPp!, 2)} / ${rate(parent.yoyPct!)} × 100`
    : `${rate(own.yoyPct!)} × ${formatLevel(own.priorValue!)} / ${formatLevel(parent.priorValue!)}`;
  return { computed, expression, missing: [] };
}
