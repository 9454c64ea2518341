import { z } from 'zod';
import { BasisSchema, IdSchema, PeriodSchema, StreakThresholdSchema, type Basis, type Period } from '../model';
import { FileHandleIdSchema } from './files';
import type { ImportProgress } from './import';
import { LANGUAGES } from './store';

/** What to export; each option falls back as docs/workbook.md §3 says (every period, both bases, every zone, preferences). */
export const ExportSelectionSchema = z
  .object({
    /** Limits `Metrics` to one period and sets the `Comparison` period; absent: every period, the latest compared. */
    period: PeriodSchema.optional(),
    /** Limits `Metrics` to one basis; absent: both, and `Comparison` uses year to date where the period has it. */
    basis: BasisSchema.optional(),
    /** The zones compared, in column order; absent: every zone. */
    zoneIds: z.array(IdSchema).min(1).max(500).optional(),
    /** preferences.language when absent. */
    language: z.enum(LANGUAGES).optional(),
    /** The streak threshold in %; preferences.streakThreshold when absent. */
    threshold: StreakThresholdSchema.optional(),
    /**
     * With one period: `used` (default) writes only the observations its metrics are computed from
     * into `Observations`, `all` every one. Without a period every observation is written.
     */
    observations: z.enum(['used', 'all']).optional(),
  })
  .strict();
export type ExportSelection = z.input<typeof ExportSelectionSchema>;

/** What to export and where: a target main registered from its save dialog (or the command line's argument). */
export const ExportRequestSchema = ExportSelectionSchema.extend({
  target: FileHandleIdSchema,
  /** Progress and cancel by this id (getExportProgress, cancelExport). */
  jobId: FileHandleIdSchema.optional(),
}).strict();
export type ExportRequest = z.input<typeof ExportRequestSchema>;

const JobIdSchema = z.object({ jobId: FileHandleIdSchema }).strict();

export const exportSchemas = {
  exportWorkbook: ExportRequestSchema,
  exportMetricsCsv: ExportRequestSchema,
  getExportProgress: JobIdSchema,
  cancelExport: JobIdSchema,
};

/** An export's progress: `reading` while the figures are gathered, `writing` row by row (done of total). */
export type ExportProgress = ImportProgress;

/** `zone-stats-2025-05.xlsx` for one period, `zone-stats-all-to-2025-05.xlsx` for every period up to the latest. */
export function exportFileName(
  options: { period?: Period | undefined; basis?: Basis | undefined; latest: Period | null },
  kind: 'workbook' | 'metrics-csv',
): string {
  const span = options.period ?? (options.latest ? `all-to-${options.latest}` : 'empty');
  const basis = options.basis ? `-${options.basis}` : '';
  return kind === 'workbook' ? `zone-stats-${span}${basis}.xlsx` : `zone-stats-metrics-${span}${basis}.csv`;
}

/** A file written by main to the target the save dialog gave; nothing of it crosses to the page. */
export interface ExportedFile {
  fileName: string;
  path: string;
  sizeBytes: number;
  /** The period and basis `Comparison` and `Highlights` show; null period when there is no data. */
  comparisonPeriod: Period | null;
  comparisonBasis: Basis;
  metricRows: number;
  observationRows: number;
}

export interface ExportResults {
  exportWorkbook: ExportedFile;
  exportMetricsCsv: ExportedFile;
  getExportProgress: ExportProgress;
  cancelExport: { cancelled: boolean };
}
