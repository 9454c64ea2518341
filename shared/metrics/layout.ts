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

export function createLayout(catalog: Catalog, start: number, length: number): Layout {
  const zoneIndex = new Map(catalog.zones.map((zone, index) => [zone.id, index]));
  const indicatorIndex = new Map(catalog.indicators.map((indicator, index) => [indicator.id, index]));

  const parentOf = new Int32Array(catalog.indicators.length).fill(-1);
  const childrenOf: number[][] = catalog.indicators.map(() => []);
  catalog.indicators.forEach((indicator, index) => {
    const parent = indicator.parentId === null ? undefined : indicatorIndex.get(indicator.parentId);
    if (parent === undefined || parent === index) return;
    parentOf[index] = parent;
    childrenOf[parent]!.push(index);
  });

  const benchmarkOf = new Int32Array(catalog.zones.length).fill(-1);
  const benchmarkedBy: number[][] = catalog.zones.map(() => []);
  catalog.zones.forEach((zone, index) => {
    const benchmark = zone.benchmarkZoneId === null ? undefined : zoneIndex.get(zone.benchmarkZoneId);
    if (benchmark === undefined || benchmark === index) return;
    benchmarkOf[index] = benchmark;
    benchmarkedBy[benchmark]!.push(index);
  });

  const periods: Period[] = [];
  for (let t = 0; t < length; t++) periods.push(makePeriod(Math.floor((start + t) / 12), ((start + t) % 12) + 1));

  return {
    zones: catalog.zones,
    indicators: catalog.indicators,
    zoneIndex,
    indicatorIndex,
    parentOf,
    childrenOf,
    benchmarkOf,
    benchmarkedBy,
    start,
    length,
    periods,
  };
}

/** Calendar month (1–12) of position t. */
export function monthAt(layout: Layout, t: number): number {
  return ((layout.start + t) % 12) + 1;
}
