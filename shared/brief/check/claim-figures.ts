import type { BriefClaim } from '../types';
import { change } from './change';
import type { ClaimSubject, Computed } from './claim-subject';
import { contribution } from './contribution';
import { benchmarkGrowth, gap } from './gap';
import { rank } from './rank';
import { share } from './share';
import { streak } from './streak';

export type { ClaimSubject, Computed } from './claim-subject';

/** The figure each kind of claim is checked against (docs/briefs.md §2), by the metrics engine. */
export function computeClaim(claim: BriefClaim, subject: ClaimSubject): Computed {
  switch (claim.kind) {
    case 'gap_pp':
      return gap(claim, subject);
    case 'benchmark_yoy_pct':
      return benchmarkGrowth(claim, subject);
    case 'contribution_pp':
      return contribution(claim, subject, false);
    case 'contribution_rate_pct':
      return contribution(claim, subject, true);
    case 'streak_months':
      return streak(claim, subject);
    case 'change_pp':
      return change(claim, subject);
    case 'share_pct':
      return share(claim, subject);
    case 'rank':
      return rank(claim, subject);
  }
}
