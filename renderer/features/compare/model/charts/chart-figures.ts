import type { EChartsCoreOption } from './echarts';

/** A chart's figures as a table: one row per category on its axis, one column per series. */
export interface ChartFigures {
  categories: string[];
  series: string[];
  /** cells[row][column], formatted as the chart's tooltip shows them. */
  cells: string[][];
}

interface CategoryChart {
  xAxis?: { data?: unknown[] };
  series?: { name?: unknown; data?: unknown[] }[];
  tooltip?: { valueFormatter?: (value: unknown) => string };
}

/**
 * Reads the figures back out of the option the chart is drawn from, so the text alternative can never
 * say something the chart does not. Null for a chart that is not categories × series.
 */
export function chartFigures(option: EChartsCoreOption): ChartFigures | null {
  const chart = option as CategoryChart;
  const categories = chart.xAxis?.data;
  const series = chart.series;
  if (!Array.isArray(categories) || !Array.isArray(series) || series.length === 0) return null;
  const format =
    chart.tooltip?.valueFormatter ?? ((value: unknown) => (typeof value === 'number' ? String(value) : '–'));
  return {
    categories: categories.map(String),
    series: series.map((item) => String(item.name ?? '')),
    cells: categories.map((_, row) => series.map((item) => format(item.data?.[row] ?? null))),
  };
}
