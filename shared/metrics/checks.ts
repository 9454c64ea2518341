import type { Basis, Period } from '../model';
import { contributionAt } from './components';
import type { Series } from './series';
import { CHECK_TOLERANCE_PP, type MetricWarning } from './warning';

/** Float noise must not tip a figure exactly 0.1 pp off into a warning. */
const EPSILON = 1e-9;

export interface CheckPlace {
  zoneId: string;
  indicatorId: string;
  basis: Basis;
  periods: readonly Period[];
}

function fixed(value: number): string {
  return value.toFixed(2);
}

/** A published growth more than 0.1 pp from the one computed from the entered levels. */
export function publishedVsComputed(series: Series, place: CheckPlace): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  const { has, value, reported } = series;
  for (let t = 12; t < has.length; t++) {
    if (!has[t] || !has[t - 12] || Number.isNaN(reported[t]!)) continue;
    const past = value[t - 12]!;
    const current = value[t]!;
    if (!(past > 0) || Number.isNaN(current)) continue;
    const computed = (current / past - 1) * 100;
    const published = reported[t]!;
    if (Math.abs(published - computed) <= CHECK_TOLERANCE_PP + EPSILON) continue;
    const period = place.periods[t]!;
    warnings.push({
      kind: 'published-differs-from-computed',
      zoneId: place.zoneId,
      indicatorId: place.indicatorId,
      period,
      basis: place.basis,
      componentIds: [],
      found: published,
      expected: computed,
      message: `${place.zoneId} · ${place.indicatorId} · ${period} ${place.basis}: published growth ${published}% differs from ${fixed(computed)}% computed from the levels`,
    });
  }
  return warnings;
}

export interface Component {
  id: string;
  series: Series;
}

/**
 * The components of one parent, same zone and basis: prior-year shares adding above 100 %, or
 * contributions adding above the parent's growth (each beyond 0.1 pp). Overlapping components are
 * allowed, so these warn rather than refuse.
 */
export function componentChecks(parent: Series, components: readonly Component[], place: CheckPlace): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  if (components.length === 0) return warnings;
  for (let t = 0; t < parent.has.length; t++) {
    if (!parent.has[t]) continue;
    const parentPrior = parent.prior[t]!;
    let shares = 0;
    let contributions = 0;
    let contributing = 0;
    for (const { series } of components) {
      if (!series.has[t]) continue;
      if (parentPrior > 0 && !Number.isNaN(series.prior[t]!)) shares += (series.prior[t]! / parentPrior) * 100;
      const contribution = contributionAt(series, parent, t);
      if (!Number.isNaN(contribution)) {
        contributions += contribution;
        contributing++;
      }
    }
    const parentGrowth = parent.yoy[t]!;
    const sharesExceed = shares > 100 + CHECK_TOLERANCE_PP + EPSILON;
    const contributionsExceed = contributing > 0 && !Number.isNaN(parentGrowth) && contributions > parentGrowth + CHECK_TOLERANCE_PP + EPSILON;
    if (!sharesExceed && !contributionsExceed) continue;
    const present = components.filter(({ series }) => series.has[t]);
    const sharing = present.filter(({ series }) => parentPrior > 0 && !Number.isNaN(series.prior[t]!)).map(({ id }) => id);
    const adding = present.filter(({ series }) => !Number.isNaN(contributionAt(series, parent, t))).map(({ id }) => id);
    const period = place.periods[t]!;
    const where = `${place.zoneId} · ${place.indicatorId} · ${period} ${place.basis}`;
    const base = { zoneId: place.zoneId, indicatorId: place.indicatorId, period, basis: place.basis };
    if (sharesExceed) {
      warnings.push({
        ...base,
        kind: 'component-shares-exceed-parent',
        componentIds: sharing,
        found: shares,
        expected: 100,
        message: `${where}: prior-year shares of ${sharing.join(', ')} add up to ${fixed(shares)}%, above 100% (overlapping components?)`,
      });
    }
    if (contributionsExceed) {
      warnings.push({
        ...base,
        kind: 'contributions-exceed-parent-growth',
        componentIds: adding,
        found: contributions,
        expected: parentGrowth,
        message: `${where}: contributions of ${adding.join(', ')} add up to ${fixed(contributions)} pp, above the growth of ${fixed(parentGrowth)}%`,
      });
    }
  }
  return warnings;
}
