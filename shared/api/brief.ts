import { z } from 'zod';
import { IdSchema, ObservationKeySchema } from '../model';
import type { CheckedStatement, UnreadSentence } from '../brief';
import {
  CONFLICT_POLICIES,
  ImportFileSchema,
  type ImportDiffCounts,
  type ImportItem,
  type ImportProblem,
  type ImportReport,
} from './import';

/** The user's answer for a phrase the catalog did not know: kept as an alias of `id`. */
export const BriefMatchSchema = z
  .object({ kind: z.enum(['zone', 'indicator']), phrase: z.string().trim().min(1).max(200), id: IdSchema })
  .strict();
export type BriefMatch = z.infer<typeof BriefMatchSchema>;

/** A phrase the user chose to add to the catalog as a new zone or indicator, named as written. */
export const BriefCreateSchema = z
  .object({ kind: z.enum(['zone', 'indicator']), phrase: z.string().trim().min(1).max(200) })
  .strict();
export type BriefCreate = z.infer<typeof BriefCreateSchema>;

const briefFields = {
  /** The brief as pasted or read from a file (HTML already reduced to its text, or not: it is detected). */
  text: z.string().min(1).max(5_000_000),
  /** `YYYY-MM-DD`: the year of text that names none. */
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
  /** The zone of sentences that name none (全区, "the zone"). */
  defaultZoneId: IdSchema.optional(),
  /** The observations' `source`; else the brief's title and date. */
  source: z.string().trim().max(2000).optional(),
  /** Where the text came from (a file name or address), part of the source when given. */
  origin: z.string().trim().max(1000).optional(),
  matches: z.array(BriefMatchSchema).max(500).default([]),
  creates: z.array(BriefCreateSchema).max(500).default([]),
};

export const briefSchemas = {
  /** The text of a brief the user opened (.txt, .md, .html; UTF-8, UTF-16 or GB18030), read by main through its handle. */
  readBriefFile: z.object({ file: ImportFileSchema }).strict(),
  /** Reads a brief, checks its claims and compares its figures with the store; writes nothing. */
  previewBrief: z.object(briefFields).strict(),
  /** Commits a brief's figures as an import does (backup, all or nothing, undoable) and keeps its matches as aliases. */
  commitBrief: z
    .object({
      ...briefFields,
      onConflict: z.enum(CONFLICT_POLICIES).default('stop'),
      choices: z
        .array(z.object({ key: ObservationKeySchema, choice: z.enum(['overwrite', 'keep']) }).strict())
        .max(10_000)
        .default([]),
    })
    .strict(),
};

/** A phrase of the brief the catalog does not know, to be matched or created. */
export interface UnresolvedPhrase {
  kind: 'zone' | 'indicator';
  phrase: string;
}

export interface BriefPreview {
  statements: CheckedStatement[];
  unread: UnreadSentence[];
  unresolved: UnresolvedPhrase[];
  /** The `source` the observations would carry. */
  source: string;
  diff: ImportDiffCounts;
  /** Every planned observation against the store (a brief is small). */
  items: (ImportItem & { kind: 'added' | 'changed' | 'unchanged' | 'conflict' })[];
  problems: ImportProblem[];
}

export interface BriefResults {
  readBriefFile: { name: string; text: string; encoding: string };
  previewBrief: BriefPreview;
  commitBrief: ImportReport;
}
