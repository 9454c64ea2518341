import type { Observation } from '../model';

/** One figure that another user changed since the version a change was based on. */
export interface StoreConflict {
  key: string;
  expectedVersion: number;
  /** 0 when the observation is gone. */
  currentVersion: number;
  /** The other user's figure, or null when they removed it. */
  current: Observation | null;
  /** Who made the current version, and when (ISO); null when the observation is gone. */
  changedBy: string | null;
  changedAt: string | null;
}

/** A commit refused whole because figures it was based on changed in between: nothing was written. */
export class StoreConflictError extends Error {
  constructor(readonly conflicts: StoreConflict[]) {
    const first = conflicts[0];
    const who = first?.changedBy ? ` by ${first.changedBy} at ${first.changedAt}` : '';
    super(
      `${conflicts.length} figure(s) changed since they were read, nothing was saved: ${first?.key} is at version ${first?.currentVersion}${who}, ` +
        `the change was based on version ${first?.expectedVersion}.`,
    );
    this.name = 'StoreConflictError';
  }
}
