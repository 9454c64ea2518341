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

/**
 * The parent's prior-year level at t: its prior_value where it has a row, else the level entered a
 * year earlier. A contribution needs no parent observation at t itself.
 */
export function parentPriorAt(parent: Series | null, t: number): number {
  if (!parent) return NaN;
  if (parent.has[t]) return parent.prior[t]!;
  return t >= 12 && parent.has[t - 12] ? parent.value[t - 12]! : NaN;
}

/** The component's prior-year share of its parent, s₀ = prior_value / prior_value_P (a fraction). */
export function priorShareAt(series: Series, parent: Series | null, t: number): number {
  const parentPrior = parentPriorAt(parent, t);
  return parentPrior > 0 ? series.prior[t]! / parentPrior : NaN;
}

/**
 * contribution_pp (拉动): the component's growth times its prior-year share, `g(t) · s₀`. The growth
 * is the published one where there is one (value added is published at comparable prices), so the
 * nominal levels never enter it beyond the share; with a computed growth it equals the change in
 * level over the parent's prior level. Empty when the parent's prior is not positive (warned).
 */
export function contributionAt(series: Series, parent: Series | null, t: number): number {
  return series.yoy[t]! * priorShareAt(series, parent, t);
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
