import { observationKey, type Catalog, type ObservationKey, type Period } from '../model';
import { createDataset, datasetInputs, ensureSeries, pairAt, pairKey, periodPosition, type Dataset } from './dataset';
import type { MetricInput, MetricsChange, MetricsSelection } from './input';
import { computeLinks, computeOwn, computeStreaks, pairWarnings, parentWarnings, rankAll, rankAt, rankMembers } from './recompute';
import type { MetricMark, MetricRow } from './row';
import { buildMarks, buildRow } from './rows';
import { resolveSelection, warningSelected } from './selection';
import { clearInput, NO_COUNT, seriesList, seriesOf, writeInput, type Pair, type Series } from './series';
import { DEFAULT_STREAK_THRESHOLD } from './streak';
import type { MetricWarning } from './warning';

export interface MetricsEngineOptions {
  /** streak_months counts months with YoY at or above it (default 10: double-digit growth). */
  threshold?: number;
}

/**
 * Every metric of metrics.md §2 over one dataset, kept current through edits: `apply` recomputes
 * only what depends on the changed observations (their zone × indicator, the parent's components,
 * ranks where growth moved, zones benchmarking that zone).
 */
export interface MetricsEngine {
  readonly catalog: Catalog;
  readonly threshold: number;
  rows(selection?: MetricsSelection): MetricRow[];
  /** The row of one observation, or null when there is no such observation. */
  row(key: ObservationKey): MetricRow | null;
  warnings(selection?: MetricsSelection): MetricWarning[];
  marks(selection?: MetricsSelection): MetricMark[];
  /** The period a row's yoy_change_pp compares with. */
  previousGrowthPeriod(key: ObservationKey): Period | null;
  /** Observations held for one zone × indicator, both bases. */
  observationCount(zoneId: string, indicatorId: string): number;
  apply(change: MetricsChange): void;
  setThreshold(threshold: number): void;
  /** Rebuilds everything; observations of zones or indicators no longer in the catalog are dropped. */
  setCatalog(catalog: Catalog): void;
}

export function createMetricsEngine(
  catalog: Catalog,
  observations: readonly MetricInput[],
  options: MetricsEngineOptions = {},
): MetricsEngine {
  let threshold = options.threshold ?? DEFAULT_STREAK_THRESHOLD;
  let dataset: Dataset = createDataset(catalog, observations);

  function computeAll(): void {
    const pairs = dataset.pairs.filter((pair): pair is Pair => pair !== undefined);
    for (const pair of pairs) computeOwn(dataset, pair, threshold);
    for (const pair of pairs) computeLinks(dataset, pair);
    rankAll(dataset);
  }

  function rebuild(nextCatalog: Catalog, inputs: readonly MetricInput[], span: [number, number] | null = null): void {
    dataset = createDataset(nextCatalog, inputs, span);
    computeAll();
  }

  function locate(key: ObservationKey): { pair: Pair; series: Series; t: number } | null {
    const { layout } = dataset;
    const zone = layout.zoneIndex.get(key.zoneId);
    const indicator = layout.indicatorIndex.get(key.indicatorId);
    if (zone === undefined || indicator === undefined) return null;
    const pair = pairAt(dataset, zone, indicator);
    const series = seriesOf(pair, key.basis);
    const t = periodPosition(key.period, new Map()) - layout.start;
    if (!pair || !series || t < 0 || t >= layout.length || !series.has[t]) return null;
    return { pair, series, t };
  }

  /** Positions where a series' growth or presence moved, for re-ranking only there. */
  function movedPositions(series: Series, before: { has: Uint8Array; yoy: Float64Array } | undefined): number[] {
    const moved: number[] = [];
    for (let t = 0; t < series.has.length; t++) {
      const hadBefore = before ? before.has[t] : 0;
      const was = before ? before.yoy[t]! : NaN;
      const is = series.yoy[t]!;
      if (hadBefore !== series.has[t] || !(was === is || (Number.isNaN(was) && Number.isNaN(is)))) moved.push(t);
    }
    return moved;
  }

  function recompute(touched: Map<number, Pair>, before: Map<Series, { has: Uint8Array; yoy: Float64Array }>): void {
    const { layout } = dataset;
    const linked = new Map(touched);
    for (const pair of touched.values()) {
      computeOwn(dataset, pair, threshold);
      const related = [
        ...layout.childrenOf[pair.indicator]!.map((child) => pairAt(dataset, pair.zone, child)),
        ...layout.benchmarkedBy[pair.zone]!.map((zone) => pairAt(dataset, zone, pair.indicator)),
      ];
      for (const other of related) if (other) linked.set(pairKey(layout, other.zone, other.indicator), other);
    }
    for (const pair of linked.values()) computeLinks(dataset, pair);
    for (const pair of touched.values()) {
      for (const series of seriesList(pair)) {
        const moved = movedPositions(series, before.get(series));
        if (moved.length === 0) continue;
        const members = rankMembers(dataset, pair.indicator, series.basis);
        for (const t of moved) rankAt(members, t);
      }
    }
  }

  /** The span a change needs when it reaches outside the current one, else null. */
  function widenedSpan(change: MetricsChange): [number, number] | null {
    const { layout } = dataset;
    const cache = new Map<string, number>();
    const end = layout.start + layout.length - 1;
    let first = Infinity;
    let last = -Infinity;
    for (const input of change.upsert ?? []) {
      if (!layout.zoneIndex.has(input.zoneId) || !layout.indicatorIndex.has(input.indicatorId)) continue;
      const index = periodPosition(input.period, cache);
      if (index < 0 || (layout.length > 0 && index >= layout.start && index <= end)) continue;
      first = Math.min(first, index);
      last = Math.max(last, index);
    }
    if (first > last) return null;
    return layout.length === 0 ? [first, last] : [Math.min(first, layout.start), Math.max(last, end)];
  }

  function currentCatalog(): Catalog {
    return { zones: [...dataset.layout.zones], indicators: [...dataset.layout.indicators] };
  }

  function apply(change: MetricsChange): void {
    const widened = widenedSpan(change);
    if (widened) {
      const removed = new Set((change.remove ?? []).map(observationKey));
      const kept = datasetInputs(dataset).filter((input) => !removed.has(observationKey(input)));
      rebuild(currentCatalog(), [...kept, ...(change.upsert ?? [])], widened);
      return;
    }
    const { layout } = dataset;
    const cache = new Map<string, number>();
    const touched = new Map<number, Pair>();
    const before = new Map<Series, { has: Uint8Array; yoy: Float64Array }>();
    const remember = (pair: Pair): void => {
      touched.set(pairKey(layout, pair.zone, pair.indicator), pair);
      for (const series of seriesList(pair)) {
        if (!before.has(series)) before.set(series, { has: series.has.slice(), yoy: series.yoy.slice() });
      }
    };
    for (const key of change.remove ?? []) {
      const found = locate(key);
      if (!found) continue;
      remember(found.pair);
      clearInput(found.series, found.t);
    }
    for (const input of change.upsert ?? []) {
      const zone = layout.zoneIndex.get(input.zoneId);
      const indicator = layout.indicatorIndex.get(input.indicatorId);
      const t = periodPosition(input.period, cache) - layout.start;
      if (zone === undefined || indicator === undefined || t < 0 || t >= layout.length) continue;
      const existing = pairAt(dataset, zone, indicator);
      if (existing) remember(existing);
      const { pair, series } = ensureSeries(dataset, zone, indicator, input.basis);
      if (!existing) remember(pair);
      writeInput(series, t, input.value, input.yoyPct);
    }
    recompute(touched, before);
  }

  function each<T>(selection: MetricsSelection | undefined, visit: (pair: Pair, series: Series, t: number) => T): T[] {
    const resolved = resolveSelection(dataset.layout, selection);
    const out: T[] = [];
    for (const zone of resolved.zones) {
      for (const indicator of resolved.indicators) {
        const pair = pairAt(dataset, zone, indicator);
        if (!pair) continue;
        for (const basis of resolved.bases) {
          const series = seriesOf(pair, basis);
          if (!series) continue;
          for (let t = resolved.first; t <= resolved.last; t++) if (series.has[t]) out.push(visit(pair, series, t));
        }
      }
    }
    return out;
  }

  /**
   * Checks run when asked for, over the selected zones: the indicators selected and the parents of
   * those (a component check names the parent). Cheap next to the metrics, and edits stay cheap.
   */
  function checks(selection: MetricsSelection): MetricWarning[] {
    const { layout } = dataset;
    const resolved = resolveSelection(layout, selection);
    const indicators = new Set(resolved.indicators);
    for (const indicator of resolved.indicators) {
      const parent = layout.parentOf[indicator]!;
      if (parent >= 0) indicators.add(parent);
    }
    const warnings: MetricWarning[] = [];
    for (const zone of resolved.zones) {
      for (const indicator of [...indicators].sort((a, b) => a - b)) {
        const pair = pairAt(dataset, zone, indicator);
        if (!pair) continue;
        const found = [...pairWarnings(dataset, pair), ...parentWarnings(dataset, pair)].filter((warning) => warningSelected(warning, selection));
        found.sort((a, b) => a.period.localeCompare(b.period) || a.basis.localeCompare(b.basis) || a.kind.localeCompare(b.kind));
        warnings.push(...found);
      }
    }
    return warnings;
  }

  const engine: MetricsEngine = {
    get catalog() {
      return currentCatalog();
    },
    get threshold() {
      return threshold;
    },
    rows: (selection) => each(selection, (pair, series, t) => buildRow(dataset, pair, series, t)),
    row(key) {
      const found = locate(key);
      return found ? buildRow(dataset, found.pair, found.series, found.t) : null;
    },
    warnings: (selection = {}) => checks(selection),
    marks: (selection) => each(selection, (pair, series, t) => buildMarks(dataset, pair, series, t)).flat(),
    previousGrowthPeriod(key) {
      const found = locate(key);
      const from = found ? found.series.changeFrom[found.t]! : NO_COUNT;
      return from === NO_COUNT ? null : dataset.layout.periods[from]!;
    },
    observationCount(zoneId, indicatorId) {
      const zone = dataset.layout.zoneIndex.get(zoneId);
      const indicator = dataset.layout.indicatorIndex.get(indicatorId);
      const pair = zone === undefined || indicator === undefined ? undefined : pairAt(dataset, zone, indicator);
      return pair ? seriesList(pair).reduce((sum, series) => sum + series.count, 0) : 0;
    },
    apply,
    setThreshold(next) {
      threshold = next;
      for (const pair of dataset.pairs) if (pair) computeStreaks(dataset, pair, threshold);
    },
    setCatalog(next) {
      rebuild(next, datasetInputs(dataset));
    },
  };

  computeAll();
  return engine;
}
