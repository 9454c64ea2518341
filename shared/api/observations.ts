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

/** observationKey → the version a change was based on (0: the observation did not exist). */
const ExpectedVersionsSchema = z.record(z.string().max(200), z.number().int().nonnegative());

export const observationSchemas = {
  getObservations: ObservationQuerySchema,
  /** The stored version of each observation the query finds (observationKey → version); empty on a store without versions. */
  getObservationVersions: ObservationQuerySchema,
  /**
   * Refused (`conflict`) where a change lands in a verified zone-month, unless `reopenVerified` returns it to draft.
   * With `expectedVersions`, a figure another user changed since is a `conflict` too (details.changedBy, each figure a problem), nothing saved.
   */
  saveObservations: z
    .object({
      observations: z.array(ObservationInputSchema).max(500_000),
      reopenVerified: z.boolean().optional(),
      expectedVersions: ExpectedVersionsSchema.optional(),
    })
    .strict(),
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
  getObservationVersions: Record<string, number>;
  saveObservations: SaveOutcome;
}
