import type { Dataset } from './dataset';
import type { MetricMark, MetricRow, YoySource } from './row';
import { MARK_DERIVED, MARK_NEW, MARK_NOT_MEANINGFUL, NO_COUNT, SOURCE_COMPUTED, SOURCE_REPORTED, type Pair, type Series } from './series';

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

export function buildRow(dataset: Dataset, pair: Pair, series: Series, t: number): MetricRow {
  const { layout } = dataset;
  const zone = layout.zones[pair.zone]!;
  const indicator = layout.indicators[pair.indicator]!;
  const benchmark = layout.benchmarkOf[pair.zone]!;
  return {
    zoneId: zone.id,
    zone: zone.name,
    indicatorId: indicator.id,
    indicator: indicator.name,
    period: layout.periods[t]!,
    basis: series.basis,
    value: figure(series.value[t]!),
    unit: indicator.unit,
    yoyPct: figure(series.yoy[t]!),
    yoySource: source(series.yoySource[t]!),
    priorValue: figure(series.prior[t]!),
    yoyChangePp: figure(series.change[t]!),
    momPct: figure(series.mom[t]!),
    shareOfParentPct: figure(series.share[t]!),
    contributionPp: figure(series.contribution[t]!),
    contributionRatePct: figure(series.contributionRate[t]!),
    benchmarkZoneId: benchmark < 0 ? null : layout.zones[benchmark]!.id,
    benchmarkYoyPct: figure(series.benchmarkYoy[t]!),
    gapPp: figure(series.gap[t]!),
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
export function buildMarks(dataset: Dataset, pair: Pair, series: Series, t: number): MetricMark[] {
  const { layout } = dataset;
  const key = {
    zoneId: layout.zones[pair.zone]!.id,
    indicatorId: layout.indicators[pair.indicator]!.id,
    period: layout.periods[t]!,
    basis: series.basis,
  };
  const marks: MetricMark[] = [];
  const yoyMark = MARK_WORDS[series.yoyMark[t]!];
  if (yoyMark) marks.push({ ...key, field: 'yoyPct', mark: yoyMark });
  const momMark = MARK_WORDS[series.momMark[t]!];
  if (momMark) marks.push({ ...key, field: 'momPct', mark: momMark });
  return marks;
}
