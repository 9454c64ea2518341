import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { copyFileDurably, fsyncDirectory, fsyncFoldersUpTo, moveFile, removeTree } from './durable-fs';
import type { StoreEngine } from './engine';
import { readJsonFile } from './json-file';
import { JOURNAL_FOLDER } from './layout';

/**
 * Several files changed all together or not at all. The new files are staged in
 * `journal/<id>/files/`, then `journal/<id>/commit.json` is written: from that moment the change
 * is committed. Then each staged file is renamed over its target and the journal is removed.
 * On open, a journal with its marker is finished (roll forward), one without is dropped.
 */
export interface FileSetChange {
  /** Relative file name → new JSON content, written through the engine. */
  write?: ReadonlyMap<string, Record<string, unknown>>;
  /** Relative file name → a file whose bytes it takes (restoring a backup). */
  copy?: ReadonlyMap<string, string>;
  remove?: readonly string[];
}

const MARKER = 'commit.json';
const STAGED = 'files';

const RelativeFile = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/)
  .refine((file) => !file.split('/').some((part) => part === '.' || part === '..'), 'a file inside the dataset folder');
const MarkerSchema = z.object({ files: z.array(RelativeFile), remove: z.array(RelativeFile) });
type Marker = z.infer<typeof MarkerSchema>;

let sequence = 0;
function newTransactionId(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${String(Date.now()).padStart(15, '0')}-${process.pid}-${String(sequence).padStart(6, '0')}`;
}

function applyTransaction(directory: string, transaction: string, marker: Marker): void {
  for (const file of marker.files) {
    const staged = join(transaction, STAGED, file);
    // Missing when an earlier attempt moved it already.
    if (existsSync(staged)) moveFile(staged, join(directory, file));
  }
  for (const file of marker.remove) rmSync(join(directory, file), { force: true });
  fsyncFoldersUpTo(directory, [...marker.files, ...marker.remove].map((file) => join(directory, file)));
  removeTree(transaction);
}

/**
 * Returns 'pending' when the change is committed (its marker is on disk) but could not be put in
 * place yet: recoverJournals finishes it, and must run before anything else writes.
 */
export function commitFileSet(directory: string, engine: StoreEngine, change: FileSetChange): 'applied' | 'pending' {
  const journal = join(directory, JOURNAL_FOLDER);
  const transaction = join(journal, newTransactionId());
  const staged = join(transaction, STAGED);
  const marker: Marker = { files: [...(change.write?.keys() ?? []), ...(change.copy?.keys() ?? [])], remove: [...(change.remove ?? [])] };
  MarkerSchema.parse(marker);
  try {
    for (const [file, content] of change.write ?? []) engine.openFile(staged, file).write(content);
    for (const [file, source] of change.copy ?? []) copyFileDurably(source, join(staged, file));
    fsyncFoldersUpTo(transaction, marker.files.map((file) => join(staged, file)));
    engine.openFile(transaction, MARKER).write(marker);
    fsyncDirectory(transaction);
    fsyncDirectory(journal);
  } catch (error) {
    removeTree(transaction);
    throw error;
  }
  try {
    applyTransaction(directory, transaction, marker);
    return 'applied';
  } catch {
    return 'pending';
  }
}

export interface Recovery {
  rolledForward: number;
  discarded: number;
}

/** Finishes committed journals and drops the rest; run before reading the dataset. */
export function recoverJournals(directory: string): Recovery {
  const journal = join(directory, JOURNAL_FOLDER);
  const recovery: Recovery = { rolledForward: 0, discarded: 0 };
  if (!existsSync(journal)) return recovery;
  for (const name of readdirSync(journal).sort()) {
    const transaction = join(journal, name);
    let marker: Marker | undefined;
    try {
      marker = MarkerSchema.parse(readJsonFile(join(transaction, MARKER)));
    } catch {
      marker = undefined;
    }
    if (marker) {
      applyTransaction(directory, transaction, marker);
      recovery.rolledForward++;
    } else {
      removeTree(transaction);
      recovery.discarded++;
    }
  }
  return recovery;
}

export function hasJournal(directory: string): boolean {
  const journal = join(directory, JOURNAL_FOLDER);
  return existsSync(journal) && readdirSync(journal).length > 0;
}
