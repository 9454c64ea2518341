import { observationKey } from '../model';
import {
  createDataset,
  currentCatalog,
  datasetInputs,
  ensureSeries,
  locate,
  pairAt,
  pairKey,
  periodPosition,
  type Dataset,
} from './dataset';
import type { MetricsChange } from './input';
import { computeEverything, computeOwn, rankAt, rankMembers } from './recompute';
import { clearInput, seriesList, writeInput, type Pair, type Series } from './series';

interface Before {
  has: Uint8Array;
  yoy: Float64Array;
}

/** The span a change needs when it reaches outside the current one, else null. */
function widenedSpan(dataset: Dataset, change: MetricsChange): [number, number] | null {
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

/** Positions where a series' growth or presence moved: the only places its ranks can change. */
function movedPositions(series: Series, before: Before | undefined): number[] {
  const moved: number[] = [];
  for (let t = 0; t < series.has.length; t++) {
    const had = before ? before.has[t] : 0;
    const was = before ? before.yoy[t]! : NaN;
    const is = series.yoy[t]!;
    if (had !== series.has[t] || !(was === is || (Number.isNaN(was) && Number.isNaN(is)))) moved.push(t);
  }
  return moved;
}

/**
 * After edits to the `touched` pairs: their own metrics, and ranks where their growth moved. What
 * reads them (components' contributions, gaps of the zones benchmarking them) is derived when read.
 */
function recompute(dataset: Dataset, touched: Map<number, Pair>, before: Map<Series, Before>, threshold: number): void {
  for (const pair of touched.values()) {
    computeOwn(dataset, pair, threshold);
    for (const series of seriesList(pair)) {
      const moved = movedPositions(series, before.get(series));
      if (moved.length === 0) continue;
      const members = rankMembers(dataset, pair.indicator, series.basis);
      for (const t of moved) rankAt(members, t);
    }
  }
}

/**
 * Applies a change and brings the metrics up to date, recomputing only what depends on it; a
 * change reaching outside the span of months rebuilds on the wider span. Returns the dataset to
 * use from now on. Observations of unknown zones or indicators are ignored.
 */
export function applyChange(dataset: Dataset, change: MetricsChange, threshold: number): Dataset {
  const widened = widenedSpan(dataset, change);
  if (widened) {
    const removed = new Set((change.remove ?? []).map(observationKey));
    const kept = datasetInputs(dataset).filter((input) => !removed.has(observationKey(input)));
    const rebuilt = createDataset(currentCatalog(dataset), [...kept, ...(change.upsert ?? [])], widened);
    computeEverything(rebuilt, threshold);
    return rebuilt;
  }
  const { layout } = dataset;
  const cache = new Map<string, number>();
  const touched = new Map<number, Pair>();
  const before = new Map<Series, Before>();
  const remember = (pair: Pair): void => {
    touched.set(pairKey(layout, pair.zone, pair.indicator), pair);
    for (const series of seriesList(pair)) {
      if (!before.has(series)) before.set(series, { has: series.has.slice(), yoy: series.yoy.slice() });
    }
  };
  for (const key of change.remove ?? []) {
    const found = locate(dataset, key);
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
  recompute(dataset, touched, before, threshold);
  return dataset;
}
