import type { MetricRow } from '../../metrics/row';
import { tableToCsv } from './csv';
import { streamTableCsv } from './csv-stream';
import { metricsTable } from './sheets/metrics';
import type { ByteSink, WriteHooks } from './xlsx/write-xlsx';

/** The `Metrics` table as CSV text, the same columns as the workbook's sheet. */
export function writeMetricsCsv(metrics: MetricRow[]): string {
  return tableToCsv(metricsTable(metrics));
}

/** The same CSV streamed to `sink`. */
export function streamMetricsCsv(metrics: MetricRow[], sink: ByteSink, hooks?: WriteHooks): Promise<number> {
  return streamTableCsv(metricsTable(metrics), sink, hooks);
}
