import { z } from 'zod';
import type { DatasetChange } from '../../shared/app/ports';
import { CatalogSchema, ObservationKeySchema, ObservationSchema } from '../../shared/model';
import { MetaNameSchema } from './file-schemas';

const DatasetChangeSchema = z.object({
  catalog: CatalogSchema.optional(),
  upsert: z.array(ObservationSchema).optional(),
  // Callers may pass whole observations as keys; only the key fields are kept.
  remove: z.array(ObservationKeySchema).optional(),
  // null removes a document.
  meta: z.record(MetaNameSchema, z.json()).optional(),
});

/** Refuses a change the store could write but never read back. */
export function parseChange(change: DatasetChange): DatasetChange {
  const parsed = DatasetChangeSchema.safeParse(change);
  if (!parsed.success)
    throw new Error(`The store refused an invalid change:\n${z.prettifyError(parsed.error).slice(0, 2000)}`);
  return parsed.data;
}
