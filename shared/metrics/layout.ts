import { makePeriod, type Catalog, type Indicator, type Period, type Zone } from '../model';

/**
 * The catalog as numbers: zones and indicators by position, their links, and the span of months
 * every series covers. Built once per catalog; the engine's hot loops never touch a string key.
 */
export interface Layout {
  readonly zones: readonly Zone[];
  readonly indicators: readonly Indicator[];
  readonly zoneIndex: ReadonlyMap<string, number>;
  readonly indicatorIndex: ReadonlyMap<string, number>;
  /** Parent indicator's position, −1 for a top-level indicator. */
  readonly parentOf: Int32Array;
  readonly childrenOf: readonly (readonly number[])[];
  /** Benchmark zone's position, −1 when none. */
  readonly benchmarkOf: Int32Array;
  readonly benchmarkedBy: readonly (readonly number[])[];
  /** Period index (months since year 0) of position 0. */
  readonly start: number;
  readonly length: number;
  /** `YYYY-MM` of each position. */
  readonly periods: readonly Period[];
}

/**
 * Each entry's link to another entry of the list (an indicator's parent, a zone's benchmark) by
 * position, -1 for none (or an unknown id, or itself), and the positions that link to each.
 */
function linksByPosition<T>(
  entries: readonly T[],
  positionOf: ReadonlyMap<string, number>,
  linkOf: (entry: T) => string | null,
): { to: Int32Array; from: number[][] } {
  const to = new Int32Array(entries.length).fill(-1);
  const from: number[][] = entries.map(() => []);
  entries.forEach((entry, index) => {
    const id = linkOf(entry);
    const target = id === null ? undefined : positionOf.get(id);
    if (target === undefined || target === index) return;
    to[index] = target;
    from[target]!.push(index);
  });
  return { to, from };
}

export function createLayout(catalog: Catalog, start: number, length: number): Layout {
  const zoneIndex = new Map(catalog.zones.map((zone, index) => [zone.id, index]));
  const indicatorIndex = new Map(catalog.indicators.map((indicator, index) => [indicator.id, index]));

  const parents = linksByPosition(catalog.indicators, indicatorIndex, (indicator) => indicator.parentId);
  const benchmarks = linksByPosition(catalog.zones, zoneIndex, (zone) => zone.benchmarkZoneId);

  const periods: Period[] = [];
  for (let t = 0; t < length; t++) periods.push(makePeriod(Math.floor((start + t) / 12), ((start + t) % 12) + 1));

  return {
    zones: catalog.zones,
    indicators: catalog.indicators,
    zoneIndex,
    indicatorIndex,
    parentOf: parents.to,
    childrenOf: parents.from,
    benchmarkOf: benchmarks.to,
    benchmarkedBy: benchmarks.from,
    start,
    length,
    periods,
  };
}

/** Calendar month (1–12) of position t. */
export function monthAt(layout: Layout, t: number): number {
  return ((layout.start + t) % 12) + 1;
}
