import { z } from 'zod';
import { BasisSchema, IdSchema, PeriodSchema, StreakThresholdSchema, type Basis, type Period } from '../model';
import { LANGUAGES } from './store';

/** What to export; each option falls back as workbook.md §3 says (every period, both bases, every zone, preferences). */
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
  })
  .strict();
export type ExportSelection = z.input<typeof ExportSelectionSchema>;

export const exportSchemas = {
  exportWorkbook: ExportSelectionSchema,
  exportMetricsCsv: ExportSelectionSchema,
};

/**
 * A file for the renderer to hand to the save dialog: handlers never write to a path the page
 * chose; the page passes `base64` to `window.shell.saveFile`.
 */
export interface ExportedFile {
  /** A suggested name, such as `zone-stats-2025-05.xlsx`. */
  fileName: string;
  base64: string;
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
}
