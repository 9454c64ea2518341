import { z } from 'zod';
import type { ImportSummary } from '../../api/import';
import { IndicatorSchema, ObservationSchema, ZoneSchema } from '../../model';
import type { DatasetStore } from '../ports';

/**
 * Undo keeps, per import, exactly what it replaced: the keys it added and the earlier versions of
 * what it changed, and the catalog entries it created or replaced. It is written in the same
 * all-or-nothing commit as the import, beside the dataset (restoring the pre-import backup instead
 * would also throw away everything entered since).
 */
export const UndoRecordSchema = z.object({
  importId: z.string(),
  at: z.string(),
  fileName: z.string(),
  backupId: z.string().nullable(),
  /** The keys of the observations the import added, packed per series (key-groups.ts). */
  added: z.array(z.string()),
  /** Each observation the import changed, as it was before. */
  replaced: z.array(ObservationSchema),
  zonesCreated: z.array(z.string()),
  indicatorsCreated: z.array(z.string()),
  zonesReplaced: z.array(ZoneSchema),
  indicatorsReplaced: z.array(IndicatorSchema),
});
export type UndoRecord = z.infer<typeof UndoRecordSchema>;

export const IMPORT_LOG_DOCUMENT = 'import-log';
/** Imports that can still be undone; older undo records are dropped as new imports land. */
export const UNDOABLE_IMPORTS = 20;
const LOG_LENGTH = 100;

const SummarySchema = z.object({
  importId: z.string(),
  fileName: z.string(),
  at: z.string(),
  added: z.number(),
  changed: z.number(),
  zonesCreated: z.array(z.string()),
  indicatorsCreated: z.array(z.string()),
  backupId: z.string().nullable(),
  undoable: z.boolean(),
});

export function undoDocument(importId: string): string {
  return `import-undo-${importId}`;
}

export async function readImportLog(store: DatasetStore): Promise<ImportSummary[]> {
  const parsed = z.array(SummarySchema).safeParse((await store.readMeta(IMPORT_LOG_DOCUMENT)) ?? []);
  return parsed.success ? parsed.data : [];
}

export async function readUndoRecord(store: DatasetStore, importId: string): Promise<UndoRecord | null> {
  const parsed = UndoRecordSchema.safeParse(await store.readMeta(undoDocument(importId)));
  return parsed.success ? parsed.data : null;
}

/** The meta documents of a commit that adds `summary` (newest first) and its undo record, dropping stale records. */
export function logWithImport(
  log: ImportSummary[],
  summary: ImportSummary,
  record: UndoRecord,
): Record<string, unknown> {
  const next = [summary, ...log].slice(0, LOG_LENGTH);
  const meta: Record<string, unknown> = { [undoDocument(summary.importId)]: record };
  let undoable = 0;
  for (const entry of next) {
    if (!entry.undoable) continue;
    undoable++;
    if (undoable > UNDOABLE_IMPORTS) {
      entry.undoable = false;
      meta[undoDocument(entry.importId)] = null;
    }
  }
  for (const dropped of [summary, ...log].slice(LOG_LENGTH))
    if (dropped.undoable) meta[undoDocument(dropped.importId)] = null;
  meta[IMPORT_LOG_DOCUMENT] = next;
  return meta;
}

/** The meta documents of a commit that undoes an import. */
export function logWithoutImport(log: ImportSummary[], importId: string): Record<string, unknown> {
  return {
    [undoDocument(importId)]: null,
    [IMPORT_LOG_DOCUMENT]: log.map((entry) => (entry.importId === importId ? { ...entry, undoable: false } : entry)),
  };
}

/** `imp-20261128-101500-3f9a`: sortable, readable, safe as a file name. */
export function newImportId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `imp-${stamp}-${Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0')}`;
}
