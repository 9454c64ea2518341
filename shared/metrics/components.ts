import { roundPublished } from './rounding';
import type { Series } from './series';

/**
 * share_of_parent_pct, contribution_pp (拉动: change of the component over the parent's prior level)
 * and contribution_rate_pct (贡献率: the contribution over the parent's growth), against the parent's
 * series on the same basis. Needs the growth of both computed first.
 */
export function computeComponents(series: Series, parent: Series | null): void {
  const { has, value, prior, share, contribution, contributionRate } = series;
  share.fill(NaN);
  contribution.fill(NaN);
  contributionRate.fill(NaN);
  if (!parent) return;
  for (let t = 0; t < has.length; t++) {
    if (!has[t] || !parent.has[t]) continue;
    const current = value[t]!;
    const parentValue = parent.value[t]!;
    if (parentValue > 0 && !Number.isNaN(current)) share[t] = (current / parentValue) * 100;

    const parentPrior = parent.prior[t]!;
    const change = current - prior[t]!;
    if (!(parentPrior > 0) || Number.isNaN(change)) continue;
    contribution[t] = (change / parentPrior) * 100;

    // A parent growth that reads 0.0 makes any rate meaningless, not just an exact zero.
    const parentGrowth = parent.yoy[t]!;
    if (!Number.isNaN(parentGrowth) && roundPublished(parentGrowth) !== 0) {
      contributionRate[t] = (contribution[t]! / parentGrowth) * 100;
    }
  }
}
