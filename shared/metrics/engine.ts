import type { Catalog, ObservationKey, Period } from '../model';
import { createDataset, currentCatalog, datasetInputs, locate, pairAt, type Dataset } from './dataset';
import { applyChange } from './incremental';
import type { MetricInput, MetricsChange, MetricsSelection } from './input';
import {
  countPublishedDiffering,
  countSelected,
  eachSelected,
  eachWarning,
  selected,
  selectedWarnings,
} from './queries';
import { computeEverything, computeStreaks } from './recompute';
import type { MetricMark, MetricRow } from './row';
import { buildMarks, buildRow, rowContext } from './rows';
import { NO_COUNT, seriesList } from './series';
import { DEFAULT_STREAK_THRESHOLD } from './streak';
import type { MetricWarning } from './warning';

export interface MetricsEngineOptions {
  /** streak_months counts months with YoY at or above it (default 10: double-digit growth). */
  threshold?: number;
}

/**
 * Every metric of docs/metrics.md §2 over one dataset, kept current through edits. Per series it stores
 * what reads only that series (growth, prior, change, mom, streak) and ranks; what reads another
 * series (share, contribution, contribution rate: the parent; benchmark growth and gap: the
 * benchmark zone) is derived when a row is read. So `apply` recomputes the edited zone × indicator
 * and re-ranks that indicator only at the periods where its growth moved.
 */
export interface MetricsEngine {
  readonly catalog: Catalog;
  readonly threshold: number;
  rows(selection?: MetricsSelection): MetricRow[];
  /**
   * The same rows made one at a time as they are read, and how many there are: a large export
   * writes them without holding them all. One object is refilled for every row, so each is read
   * before the next is asked for. Every pass reads the engine as it is then, so a caller reading
   * across awaits must own the engine (no `apply` in between).
   */
  rowsOf(selection?: MetricsSelection): MetricRowSource;
  /**
   * `warnings`, made one pair at a time as they are read (each pass afresh, as `rowsOf`); with
   * `{ publishedDiffering: false }` without the published rates that differ from the levels,
   * which `countPublishedDiffering` counts.
   */
  eachWarning(selection?: MetricsSelection, options?: { publishedDiffering: boolean }): Iterable<MetricWarning>;
  countPublishedDiffering(selection?: MetricsSelection): number;
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

/** Metric rows in order, made as they are read; `length` of them. */
export interface MetricRowSource extends Iterable<MetricRow> {
  readonly length: number;
}

export function createMetricsEngine(
  catalog: Catalog,
  observations: readonly MetricInput[],
  options: MetricsEngineOptions = {},
): MetricsEngine {
  let threshold = options.threshold ?? DEFAULT_STREAK_THRESHOLD;
  let dataset: Dataset = createDataset(catalog, observations);
  computeEverything(dataset, threshold);

  return {
    get catalog() {
      return currentCatalog(dataset);
    },
    get threshold() {
      return threshold;
    },
    rows: (selection) => eachSelected(dataset, selection, buildRow),
    rowsOf: (selection) => ({
      length: countSelected(dataset, selection),
      [Symbol.iterator]: () => selected(dataset, selection, buildRow),
    }),
    eachWarning: (selection = {}, options = { publishedDiffering: true }) => ({
      [Symbol.iterator]: () => eachWarning(dataset, selection, options.publishedDiffering),
    }),
    countPublishedDiffering: (selection = {}) => countPublishedDiffering(dataset, selection),
    row(key) {
      const found = locate(dataset, key);
      return found ? buildRow(rowContext(dataset, found.pair, found.series), found.series, found.t) : null;
    },
    warnings: (selection = {}) => selectedWarnings(dataset, selection),
    marks: (selection) => eachSelected(dataset, selection, buildMarks).flat(),
    previousGrowthPeriod(key) {
      const found = locate(dataset, key);
      const from = found ? found.series.changeFrom[found.t]! : NO_COUNT;
      return from === NO_COUNT ? null : dataset.layout.periods[from]!;
    },
    observationCount(zoneId, indicatorId) {
      const zone = dataset.layout.zoneIndex.get(zoneId);
      const indicator = dataset.layout.indicatorIndex.get(indicatorId);
      const pair = zone === undefined || indicator === undefined ? undefined : pairAt(dataset, zone, indicator);
      return pair ? seriesList(pair).reduce((sum, series) => sum + series.count, 0) : 0;
    },
    apply(change) {
      dataset = applyChange(dataset, change, threshold);
    },
    setThreshold(next) {
      threshold = next;
      for (const pair of dataset.pairs) if (pair) computeStreaks(dataset, pair, threshold);
    },
    setCatalog(next) {
      dataset = createDataset(next, datasetInputs(dataset));
      computeEverything(dataset, threshold);
    },
  };
}
