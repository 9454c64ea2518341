import type { MetricRow } from '../../../../shared/metrics';
import type { Indicator, Period } from '../../../../shared/model';
import type { MetricIndex } from './metric-index';

/** Indicators that have components, in catalog order. */
export function parentIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((indicator) => indicators.some((child) => child.parentId === indicator.id));
}

export interface ContributionRow {
  indicator: Indicator;
  row: MetricRow;
}

export function componentRows(
  index: MetricIndex,
  zoneId: string,
  indicators: readonly Indicator[],
  parentId: string,
  period: Period,
): ContributionRow[] {
  return indicators
    .filter((indicator) => indicator.parentId === parentId)
    .flatMap((indicator) => {
      const row = index.get(zoneId, indicator.id, period);
      return row ? [{ indicator, row }] : [];
    });
}

export interface ContributionSeries {
  periods: Period[];
  /** Per component, its contribution in pp at each period (null where absent). */
  components: { indicator: Indicator; points: (number | null)[] }[];
  /** What the listed components do not explain: parent growth − Σ contributions. */
  other: (number | null)[];
  parentGrowth: (number | null)[];
}

/** Contributions over the latest `span` periods where the parent has growth, up to and including `period`. */
export function contributionSeries(
  index: MetricIndex,
  zoneId: string,
  indicators: readonly Indicator[],
  parentId: string,
  period: Period,
  span = 12,
): ContributionSeries {
  const parentRows = index.series(zoneId, parentId).filter((row) => row.period <= period && row.yoyPct !== null);
  const periods = parentRows.slice(-span).map((row) => row.period);
  const children = indicators.filter((indicator) => indicator.parentId === parentId);
  const components = children
    .map((indicator) => ({
      indicator,
      points: periods.map((p) => index.get(zoneId, indicator.id, p)?.contributionPp ?? null),
    }))
    .filter((component) => component.points.some((point) => point !== null));
  const parentGrowth = periods.map((p) => index.get(zoneId, parentId, p)?.yoyPct ?? null);
  const other = periods.map((_, i) => {
    const growth = parentGrowth[i];
    const known = components.map((component) => component.points[i]).filter((point): point is number => point !== null);
    return growth === null || growth === undefined || known.length === 0
      ? null
      : growth - known.reduce((sum, point) => sum + point, 0);
  });
  return { periods, components, other, parentGrowth };
}
