import type { Basis } from '../model';
import { componentChecks, countPublishedVsComputed, publishedVsComputed, type CheckPlace } from './checks';
import { pairAt, type Dataset } from './dataset';
import type { MetricsSelection } from './input';
import { resolveSelection, warningSelected, type ResolvedSelection } from './selection';
import { rowContext, type RowContext } from './rows';
import { seriesList, seriesOf, type Pair, type Series } from './series';
import type { MetricWarning } from './warning';

/** Visits every observation of a selection: zones and indicators in catalog order, month before ytd, then period. */
export function eachSelected<T>(
  dataset: Dataset,
  selection: MetricsSelection | undefined,
  visit: (context: RowContext, series: Series, t: number) => T,
): T[] {
  const out: T[] = [];
  // The loop over positions stays out of the generator: a yield per observation costs a third more.
  for (const { context, series, first, last } of selectedSeries(dataset, selection))
    for (let t = first; t <= last; t++) if (series.has[t]) out.push(visit(context, series, t));
  return out;
}

/** `eachSelected` one observation at a time, as it is read. */
export function* selected<T>(
  dataset: Dataset,
  selection: MetricsSelection | undefined,
  visit: (context: RowContext, series: Series, t: number) => T,
): Generator<T> {
  for (const { context, series, first, last } of selectedSeries(dataset, selection))
    for (let t = first; t <= last; t++) if (series.has[t]) yield visit(context, series, t);
}

/** Each series a selection covers, in the order `eachSelected` visits them, with the positions to read. */
function* selectedSeries(
  dataset: Dataset,
  selection: MetricsSelection | undefined,
): Generator<{ context: RowContext; series: Series; first: number; last: number }> {
  const resolved = resolveSelection(dataset.layout, selection);
  for (const zone of resolved.zones) {
    for (const indicator of resolved.indicators) {
      const pair = pairAt(dataset, zone, indicator);
      if (!pair) continue;
      for (const basis of resolved.bases) {
        const series = seriesOf(pair, basis);
        if (!series) continue;
        yield { context: rowContext(dataset, pair, series), series, first: resolved.first, last: resolved.last };
      }
    }
  }
}

/** How many observations a selection holds: the rows `eachSelected` would visit. */
export function countSelected(dataset: Dataset, selection: MetricsSelection | undefined): number {
  let count = 0;
  for (const { series, first, last } of selectedSeries(dataset, selection))
    for (let t = first; t <= last; t++) count += series.has[t]!;
  return count;
}

function place(dataset: Dataset, pair: Pair, basis: Basis, span: Span): CheckPlace {
  const { layout } = dataset;
  return {
    zoneId: layout.zones[pair.zone]!.id,
    indicatorId: layout.indicators[pair.indicator]!.id,
    basis,
    periods: layout.periods,
    first: span.first,
    last: span.last,
  };
}

/** The positions a selection covers. */
type Span = Pick<ResolvedSelection, 'first' | 'last'>;

/** Published-vs-computed warnings of one pair. */
function pairWarnings(dataset: Dataset, pair: Pair, span: Span): MetricWarning[] {
  const { kind } = dataset.layout.indicators[pair.indicator]!;
  return seriesList(pair).flatMap((series) =>
    publishedVsComputed(series, kind, place(dataset, pair, series.basis, span)),
  );
}

/** Component-sum warnings of a pair as the parent of its components (same zone). */
function parentWarnings(dataset: Dataset, pair: Pair, span: Span): MetricWarning[] {
  const { layout } = dataset;
  const children = layout.childrenOf[pair.indicator]!;
  if (children.length === 0) return [];
  return seriesList(pair).flatMap((parent) => {
    const components = children.flatMap((child) => {
      const series = seriesOf(pairAt(dataset, pair.zone, child), parent.basis);
      return series ? [{ id: layout.indicators[child]!.id, series }] : [];
    });
    return componentChecks(parent, components, place(dataset, pair, parent.basis, span));
  });
}

/**
 * Checks run when asked for, over the selected zones: the indicators selected and their parents (a
 * component check names the parent). Cheap next to the metrics, and it keeps edits cheap.
 */
export function selectedWarnings(dataset: Dataset, selection: MetricsSelection): MetricWarning[] {
  return Array.from(eachWarning(dataset, selection));
}

/**
 * `selectedWarnings` pair by pair, as they are read; without published rates that differ from the
 * levels when `withPublishedDiffering` is false (see `countPublishedDiffering`).
 */
export function* eachWarning(
  dataset: Dataset,
  selection: MetricsSelection,
  withPublishedDiffering = true,
): Generator<MetricWarning> {
  const { layout } = dataset;
  const resolved = resolveSelection(layout, selection);
  const indicators = new Set(resolved.indicators);
  for (const indicator of resolved.indicators) {
    const parent = layout.parentOf[indicator]!;
    if (parent >= 0) indicators.add(parent);
  }
  const ordered = [...indicators].sort((a, b) => a - b);
  for (const zone of resolved.zones) {
    for (const indicator of ordered) {
      const pair = pairAt(dataset, zone, indicator);
      if (!pair) continue;
      const own = withPublishedDiffering ? pairWarnings(dataset, pair, resolved) : [];
      const found = [...own, ...parentWarnings(dataset, pair, resolved)].filter((warning) =>
        warningSelected(warning, selection),
      );
      found.sort(
        (a, b) => a.period.localeCompare(b.period) || a.basis.localeCompare(b.basis) || a.kind.localeCompare(b.kind),
      );
      yield* found;
    }
  }
}

/** How many published rates of a selection differ from the levels: the warnings `eachWarning` can leave out. */
export function countPublishedDiffering(dataset: Dataset, selection: MetricsSelection): number {
  const { layout } = dataset;
  const resolved = resolveSelection(layout, selection);
  let count = 0;
  for (const zone of resolved.zones) {
    for (const indicator of resolved.indicators) {
      const pair = pairAt(dataset, zone, indicator);
      if (!pair) continue;
      const { kind } = layout.indicators[indicator]!;
      for (const basis of resolved.bases) {
        const series = seriesOf(pair, basis);
        if (series) count += countPublishedVsComputed(series, kind, place(dataset, pair, basis, resolved));
      }
    }
  }
  return count;
}
