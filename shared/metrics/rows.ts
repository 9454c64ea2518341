import { benchmarkGrowthAt, contributionAt, contributionRateAt, shareAt } from './components';
import { pairAt, type Dataset } from './dataset';
import type { MetricMark, MetricRow, YoySource } from './row';
import {
  MARK_DERIVED,
  MARK_NEW,
  MARK_NOT_MEANINGFUL,
  NO_COUNT,
  SOURCE_COMPUTED,
  SOURCE_REPORTED,
  seriesOf,
  type Pair,
  type Series,
} from './series';

/** NaN and ±∞ never leave the engine. */
function figure(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function count(value: number): number | null {
  return value === NO_COUNT ? null : value;
}

function source(code: number): YoySource | null {
  if (code === SOURCE_REPORTED) return 'reported';
  if (code === SOURCE_COMPUTED) return 'computed';
  return null;
}

/** What every row of one series shares: names, and the parent and benchmark series it reads. */
export interface RowContext {
  zoneId: string;
  zone: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  benchmarkZoneId: string | null;
  parent: Series | null;
  benchmark: Series | null;
  periods: readonly string[];
}

export function rowContext(dataset: Dataset, pair: Pair, series: Series): RowContext {
  const { layout } = dataset;
  const zone = layout.zones[pair.zone]!;
  const indicator = layout.indicators[pair.indicator]!;
  const parent = layout.parentOf[pair.indicator]!;
  const benchmark = layout.benchmarkOf[pair.zone]!;
  return {
    zoneId: zone.id,
    zone: zone.name,
    indicatorId: indicator.id,
    indicator: indicator.name,
    unit: indicator.unit,
    benchmarkZoneId: benchmark < 0 ? null : layout.zones[benchmark]!.id,
    parent: parent < 0 ? null : seriesOf(pairAt(dataset, pair.zone, parent), series.basis),
    benchmark: benchmark < 0 ? null : seriesOf(pairAt(dataset, benchmark, pair.indicator), series.basis),
    periods: layout.periods,
  };
}

export function buildRow(context: RowContext, series: Series, t: number): MetricRow {
  const growth = series.yoy[t]!;
  const contribution = contributionAt(series, context.parent, t);
  const benchmarkGrowth = benchmarkGrowthAt(context.benchmark, t);
  return {
    zoneId: context.zoneId,
    zone: context.zone,
    indicatorId: context.indicatorId,
    indicator: context.indicator,
    period: context.periods[t]!,
    basis: series.basis,
    value: figure(series.value[t]!),
    unit: context.unit,
    yoyPct: figure(growth),
    yoySource: source(series.yoySource[t]!),
    priorValue: figure(series.prior[t]!),
    yoyChangePp: figure(series.change[t]!),
    momPct: figure(series.mom[t]!),
    shareOfParentPct: figure(shareAt(series, context.parent, t)),
    contributionPp: figure(contribution),
    contributionRatePct: figure(contributionRateAt(contribution, context.parent, t)),
    benchmarkZoneId: context.benchmarkZoneId,
    benchmarkYoyPct: figure(benchmarkGrowth),
    gapPp: figure(growth - benchmarkGrowth),
    streakMonths: count(series.streak[t]!),
    rank: count(series.rank[t]!),
  };
}

const MARK_WORDS: Record<number, MetricMark['mark']> = {
  [MARK_NEW]: 'new',
  [MARK_NOT_MEANINGFUL]: 'n/m',
  [MARK_DERIVED]: 'derived',
};

/** The marks of one cell: why yoy or mom is absent, or that mom rests on derived monthly values. */
export function buildMarks(context: RowContext, series: Series, t: number): MetricMark[] {
  const key = {
    zoneId: context.zoneId,
    indicatorId: context.indicatorId,
    period: context.periods[t]!,
    basis: series.basis,
  };
  const marks: MetricMark[] = [];
  const yoyMark = MARK_WORDS[series.yoyMark[t]!];
  if (yoyMark) marks.push({ ...key, field: 'yoyPct', mark: yoyMark });
  const momMark = MARK_WORDS[series.momMark[t]!];
  if (momMark) marks.push({ ...key, field: 'momPct', mark: momMark });
  return marks;
}
