import type { Basis } from '../model';

/** `yoySource` codes kept in a typed array. */
export const SOURCE_NONE = 0;
export const SOURCE_REPORTED = 1;
export const SOURCE_COMPUTED = 2;

/** Mark codes kept in a typed array (see MetricMarkKind). */
export const MARK_NONE = 0;
export const MARK_NEW = 1;
export const MARK_NOT_MEANINGFUL = 2;
export const MARK_DERIVED = 3;

/** No streak or rank: typed integer arrays cannot hold null. */
export const NO_COUNT = -1;

/**
 * One zone × indicator × basis over the dataset's span of months, position t = months since the
 * span's start. Numbers are NaN where absent; the row builder turns NaN into null.
 */
export interface Series {
  readonly basis: Basis;
  /** An observation exists at t: only these positions become rows. */
  readonly has: Uint8Array;
  readonly value: Float64Array;
  /** The published YoY %. */
  readonly reported: Float64Array;
  readonly yoy: Float64Array;
  readonly yoySource: Uint8Array;
  readonly yoyMark: Uint8Array;
  readonly prior: Float64Array;
  readonly change: Float64Array;
  /** Position of the growth `change` compares with, NO_COUNT when none. */
  readonly changeFrom: Int32Array;
  readonly mom: Float64Array;
  readonly momMark: Uint8Array;
  readonly share: Float64Array;
  readonly contribution: Float64Array;
  readonly contributionRate: Float64Array;
  readonly benchmarkYoy: Float64Array;
  readonly gap: Float64Array;
  readonly streak: Int32Array;
  readonly rank: Int32Array;
  /** Observations held, kept current by the engine. */
  count: number;
}

/** Both bases of one zone × indicator: monthly change and streaks read across them. */
export interface Pair {
  readonly zone: number;
  readonly indicator: number;
  month: Series | null;
  ytd: Series | null;
}

function filled(length: number): Float64Array {
  return new Float64Array(length).fill(NaN);
}

export function createSeries(basis: Basis, length: number): Series {
  return {
    basis,
    has: new Uint8Array(length),
    value: filled(length),
    reported: filled(length),
    yoy: filled(length),
    yoySource: new Uint8Array(length),
    yoyMark: new Uint8Array(length),
    prior: filled(length),
    change: filled(length),
    changeFrom: new Int32Array(length).fill(NO_COUNT),
    mom: filled(length),
    momMark: new Uint8Array(length),
    share: filled(length),
    contribution: filled(length),
    contributionRate: filled(length),
    benchmarkYoy: filled(length),
    gap: filled(length),
    streak: new Int32Array(length).fill(NO_COUNT),
    rank: new Int32Array(length).fill(NO_COUNT),
    count: 0,
  };
}

export function seriesOf(pair: Pair | undefined, basis: Basis): Series | null {
  if (!pair) return null;
  return basis === 'month' ? pair.month : pair.ytd;
}

export function seriesList(pair: Pair): Series[] {
  const list: Series[] = [];
  if (pair.month) list.push(pair.month);
  if (pair.ytd) list.push(pair.ytd);
  return list;
}

/** Enter one observation's figures at t. */
export function writeInput(series: Series, t: number, value: number | null, reported: number | null): void {
  if (!series.has[t]) series.count++;
  series.has[t] = 1;
  series.value[t] = value ?? NaN;
  series.reported[t] = reported ?? NaN;
}

export function clearInput(series: Series, t: number): void {
  if (series.has[t]) series.count--;
  series.has[t] = 0;
  series.value[t] = NaN;
  series.reported[t] = NaN;
}
