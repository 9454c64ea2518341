import type { DatasetChange } from '../../shared/app/ports';

/**
 * Beyond this many observations a batch is surely too large to log (spares serializing an import to
 * find out), and its shards are kept as columns rather than as the objects it brought.
 */
export const LOGGED_BATCH_OBSERVATIONS = 2_000;

/** The observations a batch upserts or removes. */
const observationCount = (changes: readonly DatasetChange[]): number =>
  changes.reduce((count, change) => count + (change.upsert?.length ?? 0) + (change.remove?.length ?? 0), 0);

/** A batch the store writes straight into its files, its shards made as columns (nothing of its objects kept). */
export const isLargeBatch = (changes: readonly DatasetChange[]): boolean =>
  observationCount(changes) > LOGGED_BATCH_OBSERVATIONS;
