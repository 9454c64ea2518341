import { z } from 'zod';
import { BasisSchema, IdSchema, PeriodSchema, StreakThresholdSchema } from '../model';
import type { Bulletin, MetricMark, MetricRow, MetricWarning } from '../metrics';
import { ObservationQuerySchema } from './observations';
import { LANGUAGES } from './store';

export const metricsSchemas = {
  /** Rows of the selection; metrics still read the whole dataset (t−12, parents, benchmarks, ranks). */
  getMetrics: ObservationQuerySchema.extend({ threshold: StreakThresholdSchema.optional() }).strict(),
  getBulletin: z
    .object({
      zoneId: IdSchema,
      period: PeriodSchema,
      basis: BasisSchema.default('ytd'),
      /** preferences.language when absent. */
      language: z.enum(LANGUAGES).optional(),
      threshold: StreakThresholdSchema.optional(),
      headlineIndicatorId: IdSchema.optional(),
    })
    .strict(),
};

export interface MetricsResult {
  rows: MetricRow[];
  warnings: MetricWarning[];
  /** Why a yoy/mom cell is empty (`new`, `n/m`) or that it rests on derived monthly values. */
  marks: MetricMark[];
  /** The threshold streak_months was counted with. */
  threshold: number;
}

/** The bulletin's sentences, one per line, with what they were written for. */
export type BulletinResult = Bulletin;

export interface MetricsResults {
  getMetrics: MetricsResult;
  getBulletin: BulletinResult;
}
