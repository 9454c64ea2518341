import type { Basis, Period } from '../model';

/**
 * One zone × indicator × period × basis: the `Metrics` sheet of docs/workbook.md §2, field for field and
 * in its column order. Full precision; `null` wherever a figure cannot be computed (never 0, NaN or ∞).
 */
export interface MetricRow {
  zoneId: string;
  zone: string;
  indicatorId: string;
  indicator: string;
  period: Period;
  basis: Basis;
  value: number | null;
  unit: string;
  yoyPct: number | null;
  yoySource: YoySource | null;
  priorValue: number | null;
  yoyChangePp: number | null;
  momPct: number | null;
  shareOfParentPct: number | null;
  contributionPp: number | null;
  contributionRatePct: number | null;
  benchmarkZoneId: string | null;
  benchmarkYoyPct: number | null;
  gapPp: number | null;
  streakMonths: number | null;
  rank: number | null;
}

/** A published rate is primary data; a computed one only fills its absence. */
export type YoySource = 'reported' | 'computed';

/** The workbook header of each column and the row field it shows, in sheet order. */
export const METRIC_COLUMNS = [
  { header: 'zone_id', field: 'zoneId' },
  { header: 'zone', field: 'zone' },
  { header: 'indicator_id', field: 'indicatorId' },
  { header: 'indicator', field: 'indicator' },
  { header: 'period', field: 'period' },
  { header: 'basis', field: 'basis' },
  { header: 'value', field: 'value' },
  { header: 'unit', field: 'unit' },
  { header: 'yoy_pct', field: 'yoyPct' },
  { header: 'yoy_source', field: 'yoySource' },
  { header: 'prior_value', field: 'priorValue' },
  { header: 'yoy_change_pp', field: 'yoyChangePp' },
  { header: 'mom_pct', field: 'momPct' },
  { header: 'share_of_parent_pct', field: 'shareOfParentPct' },
  { header: 'contribution_pp', field: 'contributionPp' },
  { header: 'contribution_rate_pct', field: 'contributionRatePct' },
  { header: 'benchmark_zone_id', field: 'benchmarkZoneId' },
  { header: 'benchmark_yoy_pct', field: 'benchmarkYoyPct' },
  { header: 'gap_pp', field: 'gapPp' },
  { header: 'streak_months', field: 'streakMonths' },
  { header: 'rank', field: 'rank' },
] as const satisfies readonly { header: string; field: keyof MetricRow }[];

export type MetricColumn = (typeof METRIC_COLUMNS)[number];
export type MetricHeader = MetricColumn['header'];

type Listed = MetricColumn['field'];
/** Fails to compile when a row field has no column. */
const everyFieldHasAColumn: [Exclude<keyof MetricRow, Listed>] extends [never] ? true : never = true;
void everyFieldHasAColumn;

/**
 * Why a figure is absent or how it was obtained, for the cells that need a word beside the number:
 * `new` (the base was zero), `n/m` (not meaningful: a negative base), `derived` (a monthly value
 * taken as the difference of rounded year-to-date figures).
 */
export type MetricMarkKind = 'new' | 'n/m' | 'derived';

export interface MetricMark {
  zoneId: string;
  indicatorId: string;
  period: Period;
  basis: Basis;
  field: 'yoyPct' | 'momPct';
  mark: MetricMarkKind;
}
