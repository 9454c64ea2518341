import { z } from 'zod';
import {
  BasisSchema,
  IdSchema,
  ObservationKeySchema,
  PeriodSchema,
  type Basis,
  type Indicator,
  type ObservationKey,
  type Zone,
} from '../model';
import type { ImportProblemCode, ProblemParams } from './import-problem-codes';
import { FileHandleIdSchema } from './files';
import type { Problem } from './result';

import { IMPORT_LAYOUTS, LEGACY_LAYOUT_NAMES, type ImportLayoutName } from '../workbook/read/layouts/names';

export { IMPORT_LAYOUTS, type ImportLayoutName };
export const CONFLICT_POLICIES = ['overwrite', 'keep', 'stop'] as const;
export type ConflictPolicy = (typeof CONFLICT_POLICIES)[number];
export const IMPORT_ITEM_KINDS = ['added', 'changed', 'unchanged', 'conflict'] as const;
export type ImportItemKind = (typeof IMPORT_ITEM_KINDS)[number];

const HandleSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an id of letters, digits, "-" or "_"');
const ProfileNameSchema = z.string().trim().min(1).max(100);
/** A layout by name; names of earlier versions (`bureau`) still read. */
const LayoutSchema = z.preprocess(
  (name) => (typeof name === 'string' ? (LEGACY_LAYOUT_NAMES[name] ?? name) : name),
  z.enum(IMPORT_LAYOUTS),
);

/**
 * A file main registered for reading (its open dialog, a checked drop, the command line, a test):
 * the bytes stay in main and are read through the file port; `name` is what the page shows.
 */
export const ImportFileSchema = z
  .object({ handle: FileHandleIdSchema, name: z.string().trim().min(1).max(260) })
  .strict();
export type ImportFile = z.infer<typeof ImportFileSchema>;

/** A column's field, chosen by its letter (this file) or its header text (profiles). `field: null` ignores it. */
export const MappingChoiceSchema = z
  .object({
    column: z
      .string()
      .regex(/^[A-Z]{1,3}$/)
      .optional(),
    header: z.string().max(200).optional(),
    field: z.string().max(40).nullable(),
  })
  .strict()
  .refine((choice) => choice.column !== undefined || choice.header !== undefined, {
    message: 'a mapping choice names a column or a header',
  });
export type MappingChoice = z.infer<typeof MappingChoiceSchema>;

/** What to do with an indicator the file names and the store lacks: map it to an existing one, create it, or leave its figures out. */
export const IndicatorChoiceSchema = z.union([z.object({ mapTo: IdSchema }).strict(), z.enum(['create', 'skip'])]);
export type IndicatorChoice = z.infer<typeof IndicatorChoiceSchema>;
export const IndicatorChoicesSchema = z.record(z.string().max(200), IndicatorChoiceSchema);
export type IndicatorChoices = z.infer<typeof IndicatorChoicesSchema>;

export const ImportOptionsSchema = z
  .object({
    sheet: z.string().max(200).optional(),
    /** 1-based, as the spreadsheet shows it; detected when absent. */
    headerRow: z.number().int().min(1).max(1_048_576).optional(),
    layout: LayoutSchema.optional(),
    mapping: z.array(MappingChoiceSchema).max(500).optional(),
    /** For sheets that do not say them (release tables): the zone (its id or a name), the period, the default basis. */
    zoneId: z.string().trim().min(1).max(200).optional(),
    period: PeriodSchema.optional(),
    basis: BasisSchema.optional(),
    /** The `source` of rows that have none (for example 包头市统计局). */
    source: z.string().max(2000).optional(),
    /** A saved profile to apply; without one a profile whose headers the file has is applied. */
    profile: ProfileNameSchema.optional(),
    /** Skip profile matching altogether. */
    noProfile: z.boolean().optional(),
    /** Confirms leaving out the figures no column mapping reads (else they are errors). */
    skipUnmapped: z.boolean().optional(),
    /** Confirms creating the zones the file names and the store lacks (else they are errors). */
    createZones: z.boolean().optional(),
    /** Per unknown indicator name as the file writes it: map, create or skip. Without a choice a new indicator is created and warned about. */
    indicatorChoices: IndicatorChoicesSchema.optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptionsSchema>;

/** A mapping saved per source and reused: by header text, so columns may move. */
export const ImportProfileSchema = z
  .object({
    name: ProfileNameSchema,
    layout: LayoutSchema,
    sheet: z.string().max(200).optional(),
    headerRow: z.number().int().min(1).max(1_048_576).optional(),
    mapping: z
      .array(z.object({ header: z.string().min(1).max(200), field: z.string().max(40).nullable() }).strict())
      .max(500),
    zoneId: IdSchema.optional(),
    source: z.string().max(2000).optional(),
  })
  .strict();
export type ImportProfile = z.infer<typeof ImportProfileSchema>;

const ConflictChoiceSchema = z.object({ key: ObservationKeySchema, choice: z.enum(['overwrite', 'keep']) }).strict();

export const importSchemas = {
  /** Reads and checks a file against the store; writes nothing. Long reads report under `jobId`. */
  previewImport: z
    .object({ file: ImportFileSchema, options: ImportOptionsSchema.default({}), jobId: HandleSchema.optional() })
    .strict(),
  /** Commits a preview (by its token) or a file read afresh; all or nothing. */
  commitImport: z
    .object({
      token: HandleSchema.optional(),
      file: ImportFileSchema.optional(),
      options: ImportOptionsSchema.default({}),
      onConflict: z.enum(CONFLICT_POLICIES).default('stop'),
      /** Import the rows without errors and leave the others out. */
      validOnly: z.boolean().default(false),
      /** Per-row decisions that override `onConflict`. */
      choices: z.array(ConflictChoiceSchema).max(500_000).default([]),
      /** Figures landing in a verified zone-month are refused (`conflict`) unless this returns the month to draft, recorded in its status history. */
      reopenVerified: z.boolean().default(false),
      jobId: HandleSchema.optional(),
    })
    .strict()
    .refine((arg) => (arg.token === undefined) !== (arg.file === undefined), {
      message: 'give either a preview token or a file',
      path: ['token'],
    }),
  getImportItems: z
    .object({
      token: HandleSchema,
      kind: z.enum(IMPORT_ITEM_KINDS),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
    })
    .strict(),
  getImportProblems: z
    .object({
      token: HandleSchema,
      severity: z.enum(['error', 'warning']).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(5000).default(500),
    })
    .strict(),
  getImportProgress: z.object({ jobId: HandleSchema }).strict(),
  cancelImport: z.object({ jobId: HandleSchema }).strict(),
  /** Restores, in one step, what the import replaced; refused if those figures changed since, unless `force`. */
  undoImport: z.object({ importId: HandleSchema, force: z.boolean().default(false) }).strict(),
  listImports: z.object({}).strict(),
  listImportProfiles: z.object({}).strict(),
  saveImportProfile: z.object({ profile: ImportProfileSchema }).strict(),
  deleteImportProfile: z.object({ name: ProfileNameSchema }).strict(),
};

/** The refusal of a zone the store lacks, until creating it is confirmed (`createZones`): the wizard offers that confirmation. */
export const UNKNOWN_ZONE_MESSAGE = 'a zone the store does not have: add it, or confirm creating it (create zones)';

export interface ImportProblem extends Problem {
  severity: 'error' | 'warning';
  /** Stable, for translation with `params`; `message` stays the English the command line prints. Absent for a few readers' notes (shown in English). */
  code?: ImportProblemCode;
  params?: ProblemParams;
  /** Figures of the file the import leaves out: an error until the user confirms leaving them out (skipUnmapped). */
  unmapped?: true;
}

export interface UnknownIndicator {
  /** As the file writes it: the key of `indicatorChoices`. */
  name: string;
  /** Where first named. */
  place: string;
  rows: number;
  choice: IndicatorChoice | null;
  suggestion: { id: string; name: string; nameZh: string } | null;
}

export interface FigureSet {
  value: number | null;
  yoyPct: number | null;
  source: string;
  note: string;
}

/** One row of the diff: the figures the file brings and those the store has (null for a new key). */
export interface ImportItem {
  key: ObservationKey;
  place: string;
  incoming: FigureSet;
  existing: FigureSet | null;
}

export interface ImportDiffCounts {
  added: number;
  changed: number;
  unchanged: number;
  conflicts: number;
}

export interface CatalogUpdate {
  kind: 'zone' | 'indicator';
  id: string;
  place: string;
}

/** One thing the import inferred, with where it came from (`表1!A1`, `title`, `option`, `header`). */
export interface ReadingNote {
  what:
    | 'sheet'
    | 'header-rows'
    | 'layout'
    | 'zone'
    | 'period'
    | 'basis'
    | 'unit-scale'
    | 'indicator'
    | 'series'
    | 'profile';
  value: string;
  from: string;
}

export interface ImportPreview {
  /** Names this preview for commitImport / getImportItems (kept in memory for a while). */
  token: string;
  fileName: string;
  format: string;
  encoding: string | null;
  sheets: { name: string; rows: number; columns: number }[];
  layout: ImportLayoutName | null;
  sheet: string | null;
  /** 1-based; null when none was found. */
  headerRow: number | null;
  mapping: { column: string; header: string; field: string | null }[];
  /** The fields the mapping may name for this layout. */
  fields: string[];
  /** The data sheet's first rows as text (row 1 first), for the wizard's grid. */
  sample: string[][];
  /** What the import used for values the sheet did not hold. */
  given: { zoneId: string | null; period: string | null; basis: Basis | null };
  profile: string | null;
  /** Why the profile applied: named by the user, or its header fingerprint matched the file. */
  profileReason: 'named' | 'fingerprint' | null;
  /** How the layout was chosen: the reader's confidence and reason, and the runner-up. */
  detection: {
    layout: ImportLayoutName;
    confidence: number;
    reason: string;
    runnerUp: { layout: ImportLayoutName; confidence: number; reason: string } | null;
  } | null;
  /** What was read and why, before any figure: header rows, zone, period, unit scales (one line each). */
  reading: ReadingNote[];
  /** Indicators the file names and the store lacks: each with the choice made (map, create, skip) and the likeliest existing one. */
  unknownIndicators: UnknownIndicator[];
  /** Figures in the file no mapping reads (each also a problem with its place). */
  unmapped: number;
  /** Records read (non-blank rows below the header; a bureau row gives one per basis). */
  rows: number;
  /** Records that became observations. */
  valid: number;
  errors: number;
  warnings: number;
  /** Errors first; at most 1,000 (getImportProblems pages through all). */
  problems: ImportProblem[];
  diff: ImportDiffCounts;
  /** At most 1,000 (getImportItems pages through all). */
  conflicts: ImportItem[];
  zonesToCreate: Zone[];
  indicatorsToCreate: Indicator[];
  /** Existing zones / indicators the file describes differently: conflicts too. */
  catalogConflicts: CatalogUpdate[];
}

export interface ImportReport {
  /** Names the import for undoImport; null when nothing was written. */
  importId: string | null;
  fileName: string;
  committed: boolean;
  added: number;
  changed: number;
  unchanged: number;
  conflicts: number;
  /** Of the conflicts: how many took the file's figures, how many kept the store's. */
  overwritten: number;
  kept: number;
  errors: number;
  warnings: number;
  /** Records left out because of their errors (validOnly). */
  skipped: number;
  zonesCreated: string[];
  indicatorsCreated: string[];
  catalogUpdated: string[];
  backupId: string | null;
  /** Warnings and skipped errors, at most 1,000. */
  problems: ImportProblem[];
}

export type ImportStage =
  'reading' | 'checking' | 'comparing' | 'backing-up' | 'writing' | 'done' | 'failed' | 'cancelled';

export interface ImportProgress {
  jobId: string;
  stage: ImportStage;
  done: number;
  total: number;
  /** Cancellation is honoured up to the backup; from then on the commit completes (or fails whole). */
  cancellable: boolean;
}

export interface ImportSummary {
  importId: string;
  fileName: string;
  at: string;
  added: number;
  changed: number;
  zonesCreated: string[];
  indicatorsCreated: string[];
  backupId: string | null;
  undoable: boolean;
}

export interface UndoOutcome {
  importId: string;
  removed: number;
  restored: number;
  zonesRemoved: string[];
  indicatorsRemoved: string[];
  /** Created zones / indicators kept because other data uses them now. */
  kept: string[];
  backupId: string;
}

export interface ImportResults {
  previewImport: ImportPreview;
  commitImport: ImportReport;
  getImportItems: { total: number; items: ImportItem[] };
  getImportProblems: { total: number; problems: ImportProblem[] };
  getImportProgress: ImportProgress;
  cancelImport: { cancelled: boolean };
  undoImport: UndoOutcome;
  listImports: ImportSummary[];
  listImportProfiles: ImportProfile[];
  saveImportProfile: ImportProfile[];
  deleteImportProfile: ImportProfile[];
}
