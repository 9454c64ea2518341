import { PERIOD_PATTERN, type Basis, type Catalog } from '../model';
import type { MetricInput } from './input';
import { createLayout, type Layout } from './layout';
import { createSeries, seriesList, writeInput, type Pair, type Series } from './series';

/** The numeric form of a dataset: the layout and one pair of series per zone × indicator with data. */
export interface Dataset {
  layout: Layout;
  /** Indexed `zone * indicators + indicator`; undefined where the pair has no data. */
  pairs: (Pair | undefined)[];
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

export function ensureSeries(dataset: Dataset, zone: number, indicator: number, basis: Basis): { pair: Pair; series: Series } {
  const key = pairKey(dataset.layout, zone, indicator);
  let pair = dataset.pairs[key];
  if (!pair) {
    pair = { zone, indicator, month: null, ytd: null };
    dataset.pairs[key] = pair;
  }
  const existing = basis === 'month' ? pair.month : pair.ytd;
  if (existing) return { pair, series: existing };
  const series = createSeries(basis, dataset.layout.length);
  if (basis === 'month') pair.month = series;
  else pair.ytd = series;
  return { pair, series };
}

/** Months covered by the inputs that name a known zone and indicator: [first, last] or null. */
export function inputSpan(catalog: Catalog, inputs: Iterable<MetricInput>, cache: Map<string, number>): [number, number] | null {
  const zones = new Set(catalog.zones.map((zone) => zone.id));
  const indicators = new Set(catalog.indicators.map((indicator) => indicator.id));
  let first = Infinity;
  let last = -Infinity;
  for (const input of inputs) {
    if (!zones.has(input.zoneId) || !indicators.has(input.indicatorId)) continue;
    const index = periodPosition(input.period, cache);
    if (index < 0) continue;
    if (index < first) first = index;
    if (index > last) last = index;
  }
  return first <= last ? [first, last] : null;
}

/** Lay inputs into series; inputs naming an unknown zone or indicator, or outside the span, are skipped. */
export function fillDataset(dataset: Dataset, inputs: Iterable<MetricInput>, cache: Map<string, number>): void {
  const { layout } = dataset;
  for (const input of inputs) {
    const zone = layout.zoneIndex.get(input.zoneId);
    const indicator = layout.indicatorIndex.get(input.indicatorId);
    if (zone === undefined || indicator === undefined) continue;
    const t = periodPosition(input.period, cache) - layout.start;
    if (t < 0 || t >= layout.length) continue;
    const { series } = ensureSeries(dataset, zone, indicator, input.basis);
    writeInput(series, t, input.value, input.yoyPct);
  }
}

export function createDataset(catalog: Catalog, inputs: readonly MetricInput[], extraSpan: [number, number] | null = null): Dataset {
  const cache = new Map<string, number>();
  const span = mergeSpans(inputSpan(catalog, inputs, cache), extraSpan);
  const layout = createLayout(catalog, span ? span[0] : 0, span ? span[1] - span[0] + 1 : 0);
  const dataset: Dataset = { layout, pairs: new Array<Pair | undefined>(catalog.zones.length * catalog.indicators.length) };
  fillDataset(dataset, inputs, cache);
  return dataset;
}

function mergeSpans(a: [number, number] | null, b: [number, number] | null): [number, number] | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
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
