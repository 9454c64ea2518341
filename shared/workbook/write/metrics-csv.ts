import type { MetricRow } from '../../metrics/row';
import { tableToCsv } from './csv';
import { metricsTable } from './sheets/metrics';

/** The `Metrics` table as CSV text, the same columns as the workbook's sheet. */
export function writeMetricsCsv(metrics: MetricRow[]): string {
  return tableToCsv(metricsTable(metrics));
}
