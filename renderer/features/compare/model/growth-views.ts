import {
  cagrBetween,
  growsInPoints,
  indexToBase,
  rollingTwelveMonthSum,
  twoYearAverageGrowthPct,
} from '../../../../shared/metrics';
import { addMonths, type Basis, type Indicator, type Period } from '../../../../shared/model';
import type { MetricIndex } from './metric-index';

/** What the growth chart draws (docs/metrics.md §2.13): the YoY %, or a view computed from the series. */
export const GROWTH_TRANSFORMS = ['yoy', 'two-year', 'index', 'rolling'] as const;
export type GrowthTransform = (typeof GROWTH_TRANSFORMS)[number];

/**
 * The views that mean something for an indicator on a basis: a rate's growth is in points, so it
 * has neither a two-year average nor an index or a sum; a rolling 12-month sum needs a flow's
 * year-to-date figures.
 */
export function growthTransforms(indicator: Pick<Indicator, 'kind'>, basis: Basis): GrowthTransform[] {
  if (growsInPoints(indicator.kind)) return ['yoy'];
  return indicator.kind === 'flow' && basis === 'ytd'
    ? ['yoy', 'two-year', 'index', 'rolling']
    : ['yoy', 'two-year', 'index'];
}

/** The two-year average growth at a period, from its YoY % and the one a year earlier. */
export function twoYearGrowthAt(
  index: MetricIndex,
  zoneId: string,
  indicatorId: string,
  period: Period,
): number | null {
  const growth = index.get(zoneId, indicatorId, period)?.yoyPct ?? null;
  const yearBefore = index.get(zoneId, indicatorId, addMonths(period, -12))?.yoyPct ?? null;
  return growth === null || yearBefore === null ? null : twoYearAverageGrowthPct(growth, yearBefore);
}

/** Compound annual growth of the level over the `years` before a period (entered levels only). */
export function cagrAt(
  index: MetricIndex,
  zoneId: string,
  indicatorId: string,
  period: Period,
  years: number,
): number | null {
  return cagrBetween((at) => index.get(zoneId, indicatorId, at)?.value, addMonths(period, -12 * years), period);
}

/**
 * One zone's line under a view, a point per period. The index takes the zone's first period with a
 * positive level as 100, so every zone starts from its own base.
 */
export function growthViewPoints(
  index: MetricIndex,
  zoneId: string,
  indicatorId: string,
  periods: readonly Period[],
  transform: GrowthTransform,
): (number | null)[] {
  const value = (period: Period) => index.get(zoneId, indicatorId, period)?.value;
  switch (transform) {
    case 'yoy':
      return periods.map((period) => index.get(zoneId, indicatorId, period)?.yoyPct ?? null);
    case 'two-year':
      return periods.map((period) => twoYearGrowthAt(index, zoneId, indicatorId, period));
    case 'index': {
      const base = periods.find((period) => (value(period) ?? 0) > 0);
      return base === undefined
        ? periods.map(() => null)
        : indexToBase(value, periods, base).map((point) => point.index);
    }
    case 'rolling':
      return periods.map((period) => rollingTwelveMonthSum(value, period));
  }
}
