import { z } from 'zod';
import { IdSchema } from './ids';
import { EntryNameSchema, hasAName } from './names';
import { AliasesSchema } from './aliases';

export const ZoneSchema = z
  .object({
    id: IdSchema,
    /** May be empty when the Chinese name is set (an import leaves the English name to the user). */
    name: EntryNameSchema,
    nameZh: EntryNameSchema,
    region: EntryNameSchema,
    /** The city or province average this zone is compared with; itself a zone with data. */
    benchmarkZoneId: IdSchema.nullable(),
    aliases: AliasesSchema,
  })
  .refine(hasAName, { message: 'a zone needs a name, English or Chinese', path: ['name'] });

export type Zone = z.infer<typeof ZoneSchema>;
