import { z } from 'zod';
import { BasisSchema, IdSchema, ObservationKeySchema, PeriodSchema, type Basis, type Observation, type Period, type Revision } from '../model';

/** A zone-month moves draft → complete → verified; it may always go back to draft. */
export const ENTRY_STATUSES = ['draft', 'complete', 'verified'] as const;
export type EntryStatusName = (typeof ENTRY_STATUSES)[number];
export const EntryStatusNameSchema = z.enum(ENTRY_STATUSES);

/** The status of one zone × period × basis. A zone-month never set is a draft. */
export interface EntryStatus {
  zoneId: string;
  period: Period;
  basis: Basis;
  status: EntryStatusName;
  /** ISO time of the last change; empty for a draft that was never set. */
  updatedAt: string;
}

/** An observation that was deleted (a cell cleared, an added figure undone), kept so it is not lost. */
export interface DeletedObservation {
  observation: Observation;
  deletedAt: string;
}

/** Everything known about one observation's past: its current version, its revisions, deleted versions. */
export interface ObservationHistory {
  current: Observation | null;
  revisions: Revision[];
  deleted: DeletedObservation[];
}

export const entrySchemas = {
  getEntryStatuses: z
    .object({
      zoneIds: z.array(IdSchema).max(500),
      from: PeriodSchema,
      to: PeriodSchema,
      basis: BasisSchema.optional(),
    })
    .strict(),
  /** `complete` and `verified` are refused while a required indicator has no figure for the zone-month. */
  setEntryStatus: z.object({ zoneId: IdSchema, period: PeriodSchema, basis: BasisSchema, status: EntryStatusNameSchema }).strict(),
  /** Removes observations, keeping each removed version where `getObservationHistory` finds it. */
  deleteObservations: z.object({ keys: z.array(ObservationKeySchema).max(500_000) }).strict(),
  getObservationHistory: z.object({ key: ObservationKeySchema }).strict(),
};

export interface DeleteObservationsOutcome {
  deleted: number;
  /** Keys that named no stored observation (already gone): not an error. */
  missing: number;
}

export interface EntryResults {
  getEntryStatuses: EntryStatus[];
  setEntryStatus: EntryStatus;
  deleteObservations: DeleteObservationsOutcome;
  getObservationHistory: ObservationHistory;
}
