import { z } from 'zod';
import { BasisSchema, IdSchema, ObservationInputSchema, PeriodSchema, type Observation } from '../model';
import type { Problem } from './result';

export const ObservationQuerySchema = z
  .object({
    zoneIds: z.array(IdSchema).max(500).optional(),
    indicatorIds: z.array(IdSchema).max(5000).optional(),
    from: PeriodSchema.optional(),
    to: PeriodSchema.optional(),
    basis: BasisSchema.optional(),
  })
  .strict();
export type ObservationQuery = z.output<typeof ObservationQuerySchema>;

export const observationSchemas = {
  getObservations: ObservationQuerySchema,
  /** Refused (`conflict`) where a change lands in a verified zone-month, unless `reopenVerified` returns it to draft. */
  saveObservations: z.object({ observations: z.array(ObservationInputSchema).max(500_000), reopenVerified: z.boolean().optional() }).strict(),
};

export interface SaveOutcome {
  added: number;
  changed: number;
  unchanged: number;
  /** Figures saved but marked, as the entry screen marks them (growth outside the plausible range). */
  warnings: Problem[];
}

export interface ObservationResults {
  getObservations: Observation[];
  saveObservations: SaveOutcome;
}
