import { z } from 'zod';
import { IdSchema } from './ids';
import { controlCharacterProblem } from './text';
import { hasAName } from './names';
import { AliasesSchema } from './aliases';

const NameSchema = z
  .string()
  .trim()
  .max(200)
  .refine((name) => controlCharacterProblem(name) === null, {
    error: (issue) => controlCharacterProblem(String(issue.input)) ?? 'a name may not hold control characters',
  });

export const ZoneSchema = z
  .object({
    id: IdSchema,
    /** May be empty when the Chinese name is set (an import leaves the English name to the user). */
    name: NameSchema,
    nameZh: NameSchema,
    region: NameSchema,
    /** The city or province average this zone is compared with; itself a zone with data. */
    benchmarkZoneId: IdSchema.nullable(),
    aliases: AliasesSchema,
  })
  .refine(hasAName, { message: 'a zone needs a name, English or Chinese', path: ['name'] });

export type Zone = z.infer<typeof ZoneSchema>;
