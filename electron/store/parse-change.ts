import { z } from 'zod';
import type { DatasetChange } from '../../shared/app/ports';
import { CatalogSchema, ObservationKeySchema, ObservationSchema, type Observation } from '../../shared/model';
import { MetaNameSchema } from './file-schemas';
import { LOGGED_BATCH_OBSERVATIONS } from './large-batch';
import { isPlainObservation, plainObservationCopy } from './plain-shard';

const DatasetChangeSchema = z.object({
  catalog: CatalogSchema.optional(),
  upsert: z.array(ObservationSchema).optional(),
  // Callers may pass whole observations as keys; only the key fields are kept.
  remove: z.array(ObservationKeySchema).optional(),
  // null removes a document.
  meta: z.record(MetaNameSchema, z.json()).optional(),
});

/**
 * Refuses a change the store could write but never read back. Observations the hand check vouches
 * for (plain-shard.ts) are copied as zod would give them; the rest of the change, or all of it when
 * one observation is not plain, goes through zod, which decides. Either way the observations are new
 * objects the store keeps: nothing the caller holds is kept. Only the observations of a large change
 * handed over (an import's 132,000 rows) are checked without a copy: its shards are made as columns,
 * which keep nothing of them, and the caller does not touch them meanwhile.
 */
export function parseChange(change: DatasetChange): DatasetChange {
  const { upsert, handedOver, ...rest } = change;
  const plain =
    handedOver && upsert && upsert.length > LOGGED_BATCH_OBSERVATIONS
      ? upsert.every(isPlainObservation) && upsert
      : upsert?.map(plainObservationCopy);
  if (plain && plain.every((observation) => observation !== null)) {
    const parsedRest = DatasetChangeSchema.safeParse(rest);
    if (parsedRest.success) return { ...parsedRest.data, upsert: plain as Observation[] };
  }
  const parsed = DatasetChangeSchema.safeParse({ ...rest, ...(upsert && { upsert }) });
  if (!parsed.success)
    throw new Error(`The store refused an invalid change:\n${z.prettifyError(parsed.error).slice(0, 2000)}`);
  return parsed.data;
}
