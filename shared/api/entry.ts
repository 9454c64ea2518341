import { z } from 'zod';
import {
  BasisSchema,
  IdSchema,
  ObservationKeySchema,
  PeriodSchema,
  type Basis,
  type Observation,
  type Period,
  type Revision,
} from '../model';

/** A zone-month moves draft → complete → verified; it may always go back to draft. */
export const ENTRY_STATUSES = ['draft', 'complete', 'verified'] as const;
export type EntryStatusName = (typeof ENTRY_STATUSES)[number];
export const EntryStatusNameSchema = z.enum(ENTRY_STATUSES);

/** Why a status changed: set by the user, or returned to draft because a verified figure was edited. */
export const STATUS_CHANGE_REASONS = ['marked', 'edited'] as const;
export type StatusChangeReason = (typeof STATUS_CHANGE_REASONS)[number];

export interface StatusStep {
  status: EntryStatusName;
  /** ISO time of the change. */
  at: string;
  reason: StatusChangeReason;
}

/** The status of one zone × period × basis. A zone-month never set is a draft. */
export interface EntryStatus {
  zoneId: string;
  period: Period;
  basis: Basis;
  status: EntryStatusName;
  /** ISO time of the last change; empty for a draft that was never set. */
  updatedAt: string;
  /** Every change, oldest first (absent for statuses set before changes were recorded). */
  history?: StatusStep[];
}

/** An observation that was deleted (a cell cleared, an added figure undone), kept so it is not lost. */
export interface DeletedObservation {
  observation: Observation;
  deletedAt: string;
  /** Who saved the deleted figure, on a shared database. */
  changedBy?: string;
}

/** An earlier version, with who saved it where a shared database recorded that. */
export type AuthoredRevision = Revision & { changedBy?: string };

/** Everything known about one observation's past: its current version, its revisions, deleted versions. */
export interface ObservationHistory {
  current: Observation | null;
  /** Who saved the current figure, on a shared database (the file store has one user: absent). */
  changedBy?: string;
  revisions: AuthoredRevision[];
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
  /**
   * `complete` and `verified` are refused while a required indicator has no figure for the
   * zone-month, or a figure with a warning has no reason note.
   */
  setEntryStatus: z
    .object({ zoneId: IdSchema, period: PeriodSchema, basis: BasisSchema, status: EntryStatusNameSchema })
    .strict(),
  /**
   * Removes observations, keeping each removed version where `getObservationHistory` finds it.
   * Refused (`conflict`) where a zone-month is verified, unless `reopenVerified` returns it to draft.
   */
  deleteObservations: z
    .object({
      keys: z.array(ObservationKeySchema).max(500_000),
      reopenVerified: z.boolean().optional(),
      /** As in saveObservations: a figure another user changed since this version is a `conflict`, nothing removed. */
      expectedVersions: z.record(z.string().max(200), z.number().int().nonnegative()).optional(),
    })
    .strict(),
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
