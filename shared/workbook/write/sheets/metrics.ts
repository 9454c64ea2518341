import { METRIC_COLUMNS, type MetricHeader, type MetricRow } from '../../../metrics/row';
import type { ColumnKind } from '../formats';
import type { GrowthFormat } from '../growth-formats';
import type { ValueFormat } from '../value-formats';
import { rowsOf, type Table } from '../table';

/** How each `Metrics` column is written: names as text, levels `#,##0.0`, % and pp `0.0`, counts whole. */
export const METRIC_KINDS: Record<MetricHeader, ColumnKind> = {
  zone_id: 'text',
  zone: 'text',
  indicator_id: 'text',
  indicator: 'text',
  period: 'text',
  basis: 'text',
  value: 'value',
  unit: 'text',
  yoy_pct: 'percent',
  yoy_source: 'text',
  prior_value: 'value',
  yoy_change_pp: 'percent',
  mom_pct: 'percent',
  share_of_parent_pct: 'percent',
  contribution_pp: 'percent',
  contribution_rate_pct: 'percent',
  benchmark_zone_id: 'text',
  benchmark_yoy_pct: 'percent',
  gap_pp: 'percent',
  streak_months: 'integer',
  rank: 'integer',
};

/** The columns holding an indicator's own growth: a rate's reads in pp. */
const GROWTH_COLUMNS = new Set(
  METRIC_COLUMNS.flatMap(({ header }, index) =>
    header === 'yoy_pct' || header === 'benchmark_yoy_pct' ? [index] : [],
  ),
);
/** The columns holding a level, shown with the indicator's own decimals. */
const VALUE_COLUMNS = new Set(
  METRIC_COLUMNS.flatMap(({ header }, index) => (METRIC_KINDS[header] === 'value' ? [index] : [])),
);

export interface MetricsFormats {
  growth?: GrowthFormat | undefined;
  value?: ValueFormat | undefined;
  /** Zones some other zone is measured against: their rows are shaded. */
  benchmarkZoneIds?: ReadonlySet<string>;
}

/**
 * The tidy table: exactly the columns of docs/workbook.md §2, in order; a metric that cannot be computed
 * stays empty. `growthFormat` gives a rate's growth cells their pp format.
 */
export function metricsTable(metrics: MetricRow[], { growth, value, benchmarkZoneIds }: MetricsFormats = {}): Table {
  const fields = METRIC_COLUMNS.map((column) => column.field);
  return {
    formatAt: (row: number, column: number) =>
      GROWTH_COLUMNS.has(column)
        ? growth?.(metrics[row]!.indicatorId)
        : VALUE_COLUMNS.has(column)
          ? value?.(metrics[row]!.indicatorId)
          : undefined,
    ...(benchmarkZoneIds && benchmarkZoneIds.size > 0
      ? { shadedRow: (row: number) => benchmarkZoneIds.has(metrics[row]!.zoneId) }
      : {}),
    name: 'Metrics',
    columns: METRIC_COLUMNS.map(({ header }) => ({ header, kind: METRIC_KINDS[header] })),
    rows: rowsOf(metrics, (row) => fields.map((field) => row[field])),
    freeze: { rows: 1, columns: 0 },
    autofilter: true,
  };
}
