import { METRIC_COLUMNS, type MetricHeader, type MetricRow } from '../../../metrics/row';
import type { ColumnKind } from '../formats';
import type { GrowthFormat } from '../growth-formats';
import type { ValueFormat } from '../value-formats';
import { refilledRowsOf, type Table, type TableCell } from '../table';

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

/** Where the row's zone and indicator ids sit: a cell's format and a row's shading follow from them. */
const ZONE_ID_COLUMN = METRIC_COLUMNS.findIndex(({ field }) => field === 'zoneId');
const INDICATOR_ID_COLUMN = METRIC_COLUMNS.findIndex(({ field }) => field === 'indicatorId');

/** The `Metrics` rows in order and how many: an array, or rows the engine makes as they are read. */
export type MetricRows = Iterable<MetricRow> & { readonly length: number };

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
export function metricsTable(metrics: MetricRows, { growth, value, benchmarkZoneIds }: MetricsFormats = {}): Table {
  const fields = METRIC_COLUMNS.map((column) => column.field);
  return {
    formatAt: (_row, column, cells) =>
      GROWTH_COLUMNS.has(column)
        ? growth?.(cells[INDICATOR_ID_COLUMN] as string)
        : VALUE_COLUMNS.has(column)
          ? value?.(cells[INDICATOR_ID_COLUMN] as string)
          : undefined,
    ...(benchmarkZoneIds && benchmarkZoneIds.size > 0
      ? {
          shadedRow: (_row: number, cells: readonly TableCell[]) =>
            benchmarkZoneIds.has(cells[ZONE_ID_COLUMN] as string),
        }
      : {}),
    name: 'Metrics',
    columns: METRIC_COLUMNS.map(({ header }) => ({ header, kind: METRIC_KINDS[header] })),
    rows: refilledRowsOf(metrics, metrics.length, fields.length, (row, cells) => {
      for (let c = 0; c < fields.length; c++) cells[c] = row[fields[c]!];
    }),
    freeze: { rows: 1, columns: 0 },
    autofilter: true,
  };
}
