import { PERIOD_PATTERN, type Basis, type Catalog, type ObservationKey } from '../model';
import type { MetricInput } from './input';
import { createLayout, type Layout } from './layout';
import {
  createSeries,
  createSeriesPool,
  seriesList,
  seriesOf,
  writeInput,
  type Pair,
  type Series,
  type SeriesPool,
} from './series';

/** The numeric form of a dataset: the layout and one pair of series per zone × indicator with data. */
export interface Dataset {
  layout: Layout;
  /** Indexed `zone * indicators + indicator`; undefined where the pair has no data. */
  pairs: (Pair | undefined)[];
  /** Where new series come from while it lasts. */
  pool: SeriesPool | null;
}

/** Period index (months since year 0), or −1 for a malformed period. */
export function periodPosition(period: string, cache: Map<string, number>): number {
  let index = cache.get(period);
  if (index === undefined) {
    const match = PERIOD_PATTERN.exec(period);
    index = match ? Number(match[1]) * 12 + Number(match[2]) - 1 : -1;
    cache.set(period, index);
  }
  return index;
}

export function pairKey(layout: Layout, zone: number, indicator: number): number {
  return zone * layout.indicators.length + indicator;
}

export function pairAt(dataset: Dataset, zone: number, indicator: number): Pair | undefined {
  return dataset.pairs[pairKey(dataset.layout, zone, indicator)];
}

/** Where one observation sits, or null when the dataset holds no such observation. */
export function locate(dataset: Dataset, key: ObservationKey): { pair: Pair; series: Series; t: number } | null {
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

export function ensureSeries(
  dataset: Dataset,
  zone: number,
  indicator: number,
  basis: Basis,
): { pair: Pair; series: Series } {
  const key = pairKey(dataset.layout, zone, indicator);
  let pair = dataset.pairs[key];
  if (!pair) {
    pair = { zone, indicator, month: null, ytd: null };
    dataset.pairs[key] = pair;
  }
  const existing = basis === 'month' ? pair.month : pair.ytd;
  if (existing) return { pair, series: existing };
  const series = dataset.pool?.take(basis) ?? createSeries(basis, dataset.layout.length);
  if (basis === 'month') pair.month = series;
  else pair.ytd = series;
  return { pair, series };
}

/**
 * Zone, indicator, period and series slot of each input (slot −1 when it names an unknown zone or
 * indicator, or a malformed period), the span, and how many series there are. The last lookup is
 * remembered: inputs come grouped by series, so most lookups repeat.
 */
function resolveInputs(catalog: Catalog, inputs: readonly MetricInput[]) {
  const zoneIndex = new Map(catalog.zones.map((zone, index) => [zone.id, index]));
  const indicatorIndex = new Map(catalog.indicators.map((indicator, index) => [indicator.id, index]));
  const indicatorCount = catalog.indicators.length;
  const periodCache = new Map<string, number>();
  const slots = new Int32Array(inputs.length);
  const periods = new Int32Array(inputs.length);
  const seen = new Uint8Array(catalog.zones.length * indicatorCount * 2);
  let seriesCount = 0;
  let first = Infinity;
  let last = -Infinity;
  let lastZoneId = '';
  let lastZone = -1;
  let lastIndicatorId = '';
  let lastIndicator = -1;
  for (let k = 0; k < inputs.length; k++) {
    const input = inputs[k]!;
    if (input.zoneId !== lastZoneId) {
      lastZoneId = input.zoneId;
      lastZone = zoneIndex.get(input.zoneId) ?? -1;
    }
    if (input.indicatorId !== lastIndicatorId) {
      lastIndicatorId = input.indicatorId;
      lastIndicator = indicatorIndex.get(input.indicatorId) ?? -1;
    }
    const period = periodPosition(input.period, periodCache);
    periods[k] = period;
    if (lastZone < 0 || lastIndicator < 0 || period < 0) {
      slots[k] = -1;
      continue;
    }
    const slot = (lastZone * indicatorCount + lastIndicator) * 2 + (input.basis === 'month' ? 0 : 1);
    slots[k] = slot;
    if (!seen[slot]) {
      seen[slot] = 1;
      seriesCount++;
    }
    if (period < first) first = period;
    if (period > last) last = period;
  }
  return { slots, periods, seriesCount, first, last };
}

/** Inputs naming an unknown zone or indicator, or a malformed period, are skipped. */
export function createDataset(
  catalog: Catalog,
  inputs: readonly MetricInput[],
  extraSpan: [number, number] | null = null,
): Dataset {
  const resolved = resolveInputs(catalog, inputs);
  const first = Math.min(resolved.first, extraSpan ? extraSpan[0] : Infinity);
  const last = Math.max(resolved.last, extraSpan ? extraSpan[1] : -Infinity);
  const empty = first > last;
  const layout = createLayout(catalog, empty ? 0 : first, empty ? 0 : last - first + 1);
  const indicatorCount = catalog.indicators.length;
  const dataset: Dataset = {
    layout,
    pairs: new Array<Pair | undefined>(catalog.zones.length * indicatorCount),
    pool: createSeriesPool(resolved.seriesCount, layout.length),
  };
  for (let k = 0; k < inputs.length; k++) {
    const slot = resolved.slots[k]!;
    if (slot < 0) continue;
    const input = inputs[k]!;
    const pair = slot >> 1;
    const { series } = ensureSeries(dataset, Math.floor(pair / indicatorCount), pair % indicatorCount, input.basis);
    writeInput(series, resolved.periods[k]! - layout.start, input.value, input.yoyPct);
  }
  dataset.pool = null;
  return dataset;
}

export function currentCatalog(dataset: Dataset): Catalog {
  return { zones: [...dataset.layout.zones], indicators: [...dataset.layout.indicators] };
}

/** Every observation's figures back as inputs: what a rebuild (new catalog, wider span) starts from. */
export function datasetInputs(dataset: Dataset): MetricInput[] {
  const { layout } = dataset;
  const inputs: MetricInput[] = [];
  for (const pair of dataset.pairs) {
    if (!pair) continue;
    for (const series of seriesList(pair)) {
      for (let t = 0; t < layout.length; t++) {
        if (!series.has[t]) continue;
        inputs.push({
          zoneId: layout.zones[pair.zone]!.id,
          indicatorId: layout.indicators[pair.indicator]!.id,
          period: layout.periods[t]!,
          basis: series.basis,
          value: Number.isNaN(series.value[t]!) ? null : series.value[t]!,
          yoyPct: Number.isNaN(series.reported[t]!) ? null : series.reported[t]!,
        });
      }
    }
  }
  return inputs;
}
