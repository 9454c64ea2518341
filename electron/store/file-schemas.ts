import { z } from 'zod';
import { CatalogSchema, IdSchema, ObservationSchema, observationKey, periodYear } from '../../shared/model';

/** The dataset's file format version; migrations.ts brings older folders up to it. */
export const SCHEMA_VERSION = 1;

export const CatalogFileSchema = CatalogSchema.extend({ schemaVersion: z.literal(SCHEMA_VERSION) });
export type CatalogFile = z.infer<typeof CatalogFileSchema>;

/** One zone's observations for one year; every observation must belong to it, once. */
export const ShardFileSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    zoneId: IdSchema,
    year: z.number().int().min(0).max(9999),
    observations: z.array(ObservationSchema),
  })
  .superRefine((shard, context) => {
    const seen = new Set<string>();
    shard.observations.forEach((observation, index) => {
      const key = observationKey(observation);
      if (observation.zoneId !== shard.zoneId || periodYear(observation.period) !== shard.year) {
        context.addIssue({
          code: 'custom',
          path: ['observations', index],
          message: `${key} does not belong in ${shard.zoneId} ${shard.year}`,
        });
      } else if (seen.has(key)) {
        context.addIssue({ code: 'custom', path: ['observations', index], message: `${key} appears twice` });
      }
      seen.add(key);
    });
  });
export type ShardFile = z.infer<typeof ShardFileSchema>;

export const MetaNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/, 'a document name of letters, digits, "-", "_" or "."');

/** One named document: any JSON value. */
export const MetaFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  name: MetaNameSchema,
  value: z.json(),
});
export type MetaFile = z.infer<typeof MetaFileSchema>;

/** The version a file says it has; files from before versioning have none and are version 0. */
export function fileVersion(content: unknown): number {
  if (content === null || typeof content !== 'object' || !('schemaVersion' in content)) return 0;
  const version = content.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}
