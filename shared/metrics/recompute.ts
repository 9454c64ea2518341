import type { Basis } from '../model';
import { pairAt, type Dataset } from './dataset';
import { computeGrowth } from './growth';
import { computeMonthOnMonth } from './monthly';
import { rankInto } from './rank';
import { NO_COUNT, seriesList, seriesOf, type Pair, type Series } from './series';
import { computeStreak } from './streak';

/** Everything that reads only the pair itself: growth, monthly change, streaks. */
export function computeOwn(dataset: Dataset, pair: Pair, threshold: number): void {
  const { layout } = dataset;
  const { kind } = layout.indicators[pair.indicator]!;
  for (const series of seriesList(pair)) computeGrowth(series, kind);
  computeMonthOnMonth(layout, kind, pair);
  computeStreaks(dataset, pair, threshold);
}

export function computeStreaks(dataset: Dataset, pair: Pair, threshold: number): void {
  for (const series of seriesList(pair)) computeStreak(dataset.layout, series, pair, threshold);
}

/** Every metric of every pair, in dependency order. */
export function computeEverything(dataset: Dataset, threshold: number): void {
  const pairs = dataset.pairs.filter((pair): pair is Pair => pair !== undefined);
  for (const pair of pairs) computeOwn(dataset, pair, threshold);
  rankAll(dataset);
}

/** The series of one indicator and basis across zones, in zone order. */
/**
 * The series ranked together: every zone's, except a benchmark's. A city average is the yardstick
 * of the zones it benchmarks, not one of them (issue 16); its rank stays empty.
 */
export function rankMembers(dataset: Dataset, indicator: number, basis: Basis): Series[] {
  const members: Series[] = [];
  for (let zone = 0; zone < dataset.layout.zones.length; zone++) {
    if (dataset.layout.benchmarkedBy[zone]!.length > 0) continue;
    const series = seriesOf(pairAt(dataset, zone, indicator), basis);
    if (series) members.push(series);
  }
  return members;
}

/** Scratch space for one rank group, grown as needed. */
let groupGrowth = new Float64Array(0);
let groupRounded = new Float64Array(0);
let groupRanks = new Int32Array(0);
const groupMembers: Series[] = [];

export function rankAt(members: readonly Series[], t: number): void {
  if (groupGrowth.length < members.length) {
    groupGrowth = new Float64Array(members.length);
    groupRounded = new Float64Array(members.length);
    groupRanks = new Int32Array(members.length);
  }
  groupMembers.length = 0;
  for (const series of members) {
    if (!series.has[t]) continue;
    groupGrowth[groupMembers.length] = series.yoy[t]!;
    groupMembers.push(series);
  }
  const count = groupMembers.length;
  rankInto(groupGrowth, count, groupRanks, groupRounded);
  for (let i = 0; i < count; i++) groupMembers[i]!.rank[t] = groupRanks[i]! || NO_COUNT;
}

export function rankAll(dataset: Dataset): void {
  const { layout } = dataset;
  for (let indicator = 0; indicator < layout.indicators.length; indicator++) {
    for (const basis of ['month', 'ytd'] as const) {
      const members = rankMembers(dataset, indicator, basis);
      if (members.length === 0) continue;
      for (let t = 0; t < layout.length; t++) rankAt(members, t);
    }
  }
}
