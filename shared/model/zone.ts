import { z } from 'zod';
import { IdSchema } from './ids';
import { controlCharacterProblem } from './text';

const NameSchema = z
  .string()
  .trim()
  .max(200)
  .refine((name) => controlCharacterProblem(name) === null, { error: (issue) => controlCharacterProblem(String(issue.input)) ?? 'a name may not hold control characters' });

export const ZoneSchema = z.object({
  id: IdSchema,
  name: NameSchema.min(1, 'a zone needs an English name'),
  nameZh: NameSchema,
  region: NameSchema,
  /** The city or province average this zone is compared with; itself a zone with data. */
  benchmarkZoneId: IdSchema.nullable(),
});

export type Zone = z.infer<typeof ZoneSchema>;
