import { competitionRanks } from '../../metrics';
import type { BriefClaim } from '../types';
import { growthOf, none, type ClaimSubject, type Computed } from './claim-subject';
import type { MissingFigure } from './types';

/** 市五区 is ranked within 全市, 全省12个开发区 within 全省: the level the resolver knows by name. */
const GROUP_LEVELS: [RegExp, string][] = [
  [/^(?:全?市|(?:the )?city)/i, '全市'],
  [/^(?:全?省|(?:the )?province)/i, '全省'],
  [/^(?:全国|(?:the )?country|china)/i, '全国'],
];

/** rank: among the zones whose benchmark is the group's zone (市五区 → the zones compared with the city). */
export function rank(claim: BriefClaim, subject: ClaimSubject): Computed {
  const against = claim.against ?? '';
  const level = GROUP_LEVELS.find(([pattern]) => pattern.test(against))?.[1];
  const groupOf = subject.resolve(against, 'zone') ?? (level === undefined ? null : subject.resolve(level, 'zone'));
  if (groupOf === null) return none({ kind: 'group', phrase: against });
  const members = subject.catalog.zones.filter((zone) => zone.benchmarkZoneId === groupOf);
  if (claim.groupSize != null && claim.groupSize !== members.length) return none({ kind: 'group', phrase: against });
  const growth = members.map((zone) => growthOf(subject, zone.id, subject.indicatorId));
  const missing = growth.filter((figure): figure is MissingFigure => typeof figure !== 'number');
  if (missing.length > 0) return none(...missing);
  const ranks = competitionRanks(growth as number[]);
  const place = members.findIndex((zone) => zone.id === subject.zoneId);
  return place < 0
    ? none({ kind: 'group', phrase: against })
    : { computed: ranks[place]!, expression: null, missing: [] };
}
