import { z } from 'zod';
import type { DatasetChange } from '../../shared/app/ports';
import { CatalogSchema, ObservationKeySchema, ObservationSchema, type Observation } from '../../shared/model';
import { MetaNameSchema } from './file-schemas';
import { plainObservationCopy } from './plain-shard';

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
 * objects the store keeps: nothing the caller holds is kept.
 */
export function parseChange(change: DatasetChange): DatasetChange {
  const { upsert, ...rest } = change;
  const plain = upsert?.map(plainObservationCopy);
  if (plain !== undefined && plain.every((observation) => observation !== null)) {
    const parsedRest = DatasetChangeSchema.safeParse(rest);
    if (parsedRest.success) return { ...parsedRest.data, upsert: plain as Observation[] };
  }
  const parsed = DatasetChangeSchema.safeParse(change);
  if (!parsed.success)
    throw new Error(`The store refused an invalid change:\n${z.prettifyError(parsed.error).slice(0, 2000)}`);
  return parsed.data;
}
