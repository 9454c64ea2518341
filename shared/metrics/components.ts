import { roundPublished } from './rounding';
import type { Series } from './series';

/**
 * The metrics that read the parent indicator's series (same zone and basis), derived when read
 * rather than stored: an edit of a parent then changes nothing to recompute in its components.
 * Each gives NaN when it cannot be computed.
 */

/** share_of_parent_pct: the component's level over the parent's. */
export function shareAt(series: Series, parent: Series | null, t: number): number {
  if (!parent || !parent.has[t]) return NaN;
  const parentValue = parent.value[t]!;
  return parentValue > 0 ? (series.value[t]! / parentValue) * 100 : NaN;
}

/** contribution_pp (拉动): the component's change over the parent's prior level, = g · s₀. */
export function contributionAt(series: Series, parent: Series | null, t: number): number {
  if (!parent || !parent.has[t]) return NaN;
  const parentPrior = parent.prior[t]!;
  return parentPrior > 0 ? ((series.value[t]! - series.prior[t]!) / parentPrior) * 100 : NaN;
}

/**
 * contribution_rate_pct (贡献率): the contribution over the parent's growth. A parent growth that
 * reads 0.0 makes any rate meaningless, not just an exact zero.
 */
export function contributionRateAt(contribution: number, parent: Series | null, t: number): number {
  if (!parent || Number.isNaN(contribution)) return NaN;
  const parentGrowth = parent.yoy[t]!;
  return Number.isNaN(parentGrowth) || roundPublished(parentGrowth) === 0 ? NaN : (contribution / parentGrowth) * 100;
}

/** benchmark_yoy_pct: the benchmark zone's growth for the same indicator, period and basis. */
export function benchmarkGrowthAt(benchmark: Series | null, t: number): number {
  return benchmark && benchmark.has[t] ? benchmark.yoy[t]! : NaN;
}
