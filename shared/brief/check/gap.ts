import { findZone } from '../../model';
import type { BriefClaim } from '../types';
import { growthOf, none, rate, rowOf, type ClaimSubject, type Computed } from './claim-subject';
import type { MissingFigure } from './types';

/** The zone a gap or benchmark growth is measured against: as named, else the catalog's benchmark. */
function benchmarkOf(claim: BriefClaim, subject: ClaimSubject): string | MissingFigure {
  if (claim.against !== null) return subject.resolve(claim.against, 'zone') ?? { kind: 'zone', phrase: claim.against };
  return findZone(subject.catalog, subject.zoneId)?.benchmarkZoneId ?? { kind: 'benchmark', zoneId: subject.zoneId };
}

export function gap(claim: BriefClaim, subject: ClaimSubject): Computed {
  const benchmark = benchmarkOf(claim, subject);
  if (typeof benchmark !== 'string') return none(benchmark);
  const own = growthOf(subject, subject.zoneId, subject.indicatorId);
  const other = growthOf(subject, benchmark, subject.indicatorId);
  const missing = [own, other].filter((figure): figure is MissingFigure => typeof figure !== 'number');
  if (typeof own !== 'number' || typeof other !== 'number') return none(...missing);
  const row = rowOf(subject, subject.zoneId, subject.indicatorId)!;
  const computed = row.benchmarkZoneId === benchmark && row.gapPp !== null ? row.gapPp : own - other;
  return { computed, expression: `${rate(own)} − ${rate(other)}`, missing: [] };
}

export function benchmarkGrowth(claim: BriefClaim, subject: ClaimSubject): Computed {
  const benchmark = benchmarkOf(claim, subject);
  if (typeof benchmark !== 'string') return none(benchmark);
  const growth = growthOf(subject, benchmark, subject.indicatorId);
  return typeof growth === 'number' ? { computed: growth, expression: null, missing: [] } : none(growth);
}
