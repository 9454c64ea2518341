import type { Basis, IndicatorKind, Period } from '../model';
import { contributionAt, parentPriorAt, priorShareAt } from './components';
import { growsInPoints } from './growth';
import type { Series } from './series';
import { CHECK_TOLERANCE_PP, sumText, type MetricWarning, type WarningTerm } from './warning';

/** Float noise must not tip a figure exactly 0.1 pp off into a warning. */
const EPSILON = 1e-9;

export interface CheckPlace {
  zoneId: string;
  indicatorId: string;
  basis: Basis;
  periods: readonly Period[];
  /** Positions checked, inclusive: a selection of one period costs one period, not the whole span. */
  first: number;
  last: number;
}

function fixed(value: number): string {
  return value.toFixed(2);
}

function where(place: CheckPlace, period: Period): string {
  return `${place.zoneId} · ${place.indicatorId} · ${period} ${place.basis}`;
}

/** The growth computed from the levels at t when the published one is more than 0.1 pp from it, else NaN. */
function publishedDifference(series: Series, points: boolean, t: number): number {
  const { has, value, reported } = series;
  if (!has[t] || !has[t - 12] || Number.isNaN(reported[t]!)) return NaN;
  const past = value[t - 12]!;
  const current = value[t]!;
  if (Number.isNaN(current) || Number.isNaN(past) || (!points && !(past > 0))) return NaN;
  const computed = points ? current - past : (current / past - 1) * 100;
  return Math.abs(reported[t]! - computed) <= CHECK_TOLERANCE_PP + EPSILON ? NaN : computed;
}

/** How many warnings `publishedVsComputed` gives, without making them. */
export function countPublishedVsComputed(series: Series, kind: IndicatorKind, place: CheckPlace): number {
  const points = growsInPoints(kind);
  let count = 0;
  for (let t = Math.max(12, place.first); t <= Math.min(place.last, series.has.length - 1); t++)
    if (!Number.isNaN(publishedDifference(series, points, t))) count++;
  return count;
}

/** A published growth more than 0.1 pp from the one computed from the entered levels. */
export function publishedVsComputed(series: Series, kind: IndicatorKind, place: CheckPlace): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  const points = growsInPoints(kind);
  const unit = points ? ' pp' : '%';
  for (let t = Math.max(12, place.first); t <= Math.min(place.last, series.has.length - 1); t++) {
    const computed = publishedDifference(series, points, t);
    if (Number.isNaN(computed)) continue;
    const published = series.reported[t]!;
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
      terms: [],
      message: `${where(place, period)}: published growth ${published}${unit} differs from ${fixed(computed)}${unit} computed from the levels`,
    });
  }
  return warnings;
}

export interface Component {
  id: string;
  series: Series;
}

/** The components with a row at t whose figure (share or contribution) can be computed. */
function termsAt(components: readonly Component[], t: number, figureOf: (series: Series) => number): WarningTerm[] {
  const terms: WarningTerm[] = [];
  for (const { id, series } of components) {
    if (!series.has[t]) continue;
    const figure = figureOf(series);
    if (!Number.isNaN(figure)) terms.push({ indicatorId: id, figure });
  }
  return terms;
}

function total(terms: readonly WarningTerm[]): number {
  return terms.reduce((sum, term) => sum + term.figure, 0);
}

/**
 * The components of one parent, same zone and basis: prior-year shares adding above 100 %,
 * contributions adding above the parent's growth (each beyond 0.1 pp), or a parent prior-year level
 * that is not positive (no contribution can be computed). Each names the figures it summed.
 * Overlapping components are allowed, so these warn rather than refuse.
 */
export function componentChecks(parent: Series, components: readonly Component[], place: CheckPlace): MetricWarning[] {
  const warnings: MetricWarning[] = [];
  if (components.length === 0) return warnings;
  for (let t = Math.max(0, place.first); t <= Math.min(place.last, parent.has.length - 1); t++) {
    const present = components.filter(({ series }) => series.has[t]);
    if (present.length === 0) continue;
    const period = place.periods[t]!;
    const base = { zoneId: place.zoneId, indicatorId: place.indicatorId, period, basis: place.basis };
    const parentPrior = parentPriorAt(parent, t);
    if (parentPrior <= 0) {
      warnings.push({
        ...base,
        kind: 'parent-prior-not-positive',
        componentIds: present.map(({ id }) => id),
        found: parentPrior,
        expected: 0,
        terms: [],
        message: `${where(place, period)}: the prior-year level ${fixed(parentPrior)} is not positive, so ${present.map(({ id }) => id).join(', ')} get no contribution`,
      });
      continue;
    }
    const shares = termsAt(present, t, (series) => priorShareAt(series, parent, t) * 100);
    const shareSum = total(shares);
    if (shareSum > 100 + CHECK_TOLERANCE_PP + EPSILON) {
      warnings.push({
        ...base,
        kind: 'component-shares-exceed-parent',
        componentIds: shares.map((term) => term.indicatorId),
        found: shareSum,
        expected: 100,
        terms: shares,
        message: `${where(place, period)}: prior-year shares ${sumText(shares, shareSum, (id) => id)} %, above 100% (overlapping components?)`,
      });
    }
    const parentGrowth = parent.has[t] ? parent.yoy[t]! : NaN;
    if (Number.isNaN(parentGrowth)) continue;
    const contributions = termsAt(present, t, (series) => contributionAt(series, parent, t));
    const contributionSum = total(contributions);
    if (contributions.length > 0 && contributionSum > parentGrowth + CHECK_TOLERANCE_PP + EPSILON) {
      warnings.push({
        ...base,
        kind: 'contributions-exceed-parent-growth',
        componentIds: contributions.map((term) => term.indicatorId),
        found: contributionSum,
        expected: parentGrowth,
        terms: contributions,
        message: `${where(place, period)}: contributions ${sumText(contributions, contributionSum, (id) => id)} pp, above the growth of ${fixed(parentGrowth)}%`,
      });
    }
  }
  return warnings;
}
