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

const FLOAT_COLUMNS = ['value', 'reported', 'yoy', 'prior', 'change', 'mom'] as const;
const BYTE_COLUMNS = ['has', 'yoySource', 'yoyMark', 'momMark'] as const;
const COUNT_COLUMNS = ['changeFrom', 'streak', 'rank'] as const;

type FloatColumn = (typeof FLOAT_COLUMNS)[number];
type ByteColumn = (typeof BYTE_COLUMNS)[number];
type CountColumn = (typeof COUNT_COLUMNS)[number];

/**
 * Series carved out of one buffer per column: a dataset of thousands of series then costs a few
 * allocations instead of one per series and column (which dominated a full build).
 */
export interface SeriesPool {
  take(basis: Basis): Series | null;
}

/**
 * Only the inputs start as "absent": every computed column is written whole by its computation
 * before anything reads it, and filling megabytes twice showed in the full-build time.
 */
export function createSeriesPool(capacity: number, length: number): SeriesPool {
  const size = capacity * length;
  const floats = Object.fromEntries(FLOAT_COLUMNS.map((column) => [column, new Float64Array(size)])) as Record<
    FloatColumn,
    Float64Array
  >;
  floats.value.fill(NaN);
  floats.reported.fill(NaN);
  const bytes = Object.fromEntries(BYTE_COLUMNS.map((column) => [column, new Uint8Array(size)])) as Record<
    ByteColumn,
    Uint8Array
  >;
  const counts = Object.fromEntries(
    COUNT_COLUMNS.map((column) => [column, new Int32Array(size).fill(NO_COUNT)]),
  ) as Record<CountColumn, Int32Array>;
  let next = 0;
  return {
    take(basis) {
      if (next >= capacity) return null;
      const from = next++ * length;
      const to = from + length;
      return {
        basis,
        has: bytes.has.subarray(from, to),
        value: floats.value.subarray(from, to),
        reported: floats.reported.subarray(from, to),
        yoy: floats.yoy.subarray(from, to),
        yoySource: bytes.yoySource.subarray(from, to),
        yoyMark: bytes.yoyMark.subarray(from, to),
        prior: floats.prior.subarray(from, to),
        change: floats.change.subarray(from, to),
        changeFrom: counts.changeFrom.subarray(from, to),
        mom: floats.mom.subarray(from, to),
        momMark: bytes.momMark.subarray(from, to),
        streak: counts.streak.subarray(from, to),
        rank: counts.rank.subarray(from, to),
        count: 0,
      };
    },
  };
}

/** A series of its own, for one that appears after the dataset was built. */
export function createSeries(basis: Basis, length: number): Series {
  return createSeriesPool(1, length).take(basis)!;
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
