import { z } from 'zod';
import { IdSchema } from './ids';
import { EntryNameSchema, hasAName } from './names';
import { AliasesSchema } from './aliases';

export const INDICATOR_KINDS = ['flow', 'stock', 'rate'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const IndicatorSchema = z
  .object({
    id: IdSchema,
    /** May be empty when the Chinese name is set (an import leaves the English name to the user). */
    name: EntryNameSchema,
    nameZh: EntryNameSchema,
    unit: z.string().trim().max(40),
    kind: z.enum(INDICATOR_KINDS),
    /** The indicator whose growth this one contributes to (rare earth value added → industrial added value). */
    parentId: IdSchema.nullable(),
    /** Data entry may not mark a zone-month complete without it. */
    required: z.boolean().default(false),
    /** Year-on-year growth outside this range is a soft warning at entry. */
    plausibleYoyMin: z.number().finite().nullable().default(null),
    plausibleYoyMax: z.number().finite().nullable().default(null),
    aliases: AliasesSchema,
  })
  .refine(hasAName, { message: 'an indicator needs a name, English or Chinese', path: ['name'] });

export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;
