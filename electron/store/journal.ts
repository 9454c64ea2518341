import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { copyFileDurably, copyFileUnsynced, fsyncDirectory, moveFile, removeTree } from './durable-fs';
import { JournalApplyError } from './errors';
import type { StoreEngine } from './engine';
import { readJsonFile, releaseSerialized } from './json-file';
import { JOURNAL_FOLDER, OBSERVATIONS_FOLDER } from './layout';
import { fewAtOnce, syncFile, syncFoldersTogether } from './sync-together';

/**
 * Several files changed all together or not at all. The new files are staged as
 * `journal/<id>/<n>.json`, each written and fsync'ed off the main thread, a few at once (which the
 * file system batches) while the next one's text is made, then `journal/<id>/commit.json` lists
 * their targets: once it is durable the change is committed. Then each staged file is renamed over its target, every folder whose entries
 * changed is fsync'ed (together), and only then is the journal entry removed. On open, an entry
 * with its marker is finished (roll forward), one without is dropped.
 * A change of one file needs no marker: it is staged as `journal/<id>.json` and renamed, atomically.
 * Staging where no file exists yet also spares conf from reading and parsing the file it replaces.
 */
/** A file's new JSON content, or how to make it: made only as the file is staged, so one large file's text is held at a time. */
export type JsonContent = Record<string, unknown> | (() => Record<string, unknown>);

export interface FileSetChange {
  /** Relative file name → new JSON content, written through the engine. */
  write?: ReadonlyMap<string, JsonContent>;
  /** Relative file name → a file whose bytes it takes (restoring a backup). */
  copy?: ReadonlyMap<string, string>;
  remove?: readonly string[];
}

const MARKER = 'commit.json';

const RelativeFile = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/)
  .refine((file) => !file.split('/').some((part) => part === '.' || part === '..'), 'a file inside the dataset folder');
/** `files[n]` is the target of the staged `<n>.json`. */
const MarkerSchema = z.object({ files: z.array(RelativeFile), remove: z.array(RelativeFile) });
type Marker = z.infer<typeof MarkerSchema>;

let sequence = 0;
function newTransactionId(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${String(Date.now()).padStart(15, '0')}-${process.pid}-${String(sequence).padStart(6, '0')}`;
}

const stagedName = (index: number) => `${index}.json`;

/**
 * Puts the staged files in place and removes the removed ones, makes the renames durable, then
 * removes the journal entry (durably: a stale entry replayed later would remove files again).
 * Throws JournalApplyError naming the file that could not be put in place; the journal entry stays.
 */
async function applyTransaction(directory: string, transaction: string, marker: Marker): Promise<void> {
  const changedFolders = new Set<string>();
  const present = new Set<string>();
  const blocked = (file: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      throw new JournalApplyError(directory, join(directory, file), error);
    }
  };
  marker.files.forEach((file, index) => {
    const staged = join(transaction, stagedName(index));
    // Missing when an earlier attempt moved it already.
    if (existsSync(staged))
      blocked(file, () =>
        moveFile(staged, join(directory, file), present).forEach((folder) => changedFolders.add(folder)),
      );
  });
  for (const file of marker.remove) {
    blocked(file, () => rmSync(join(directory, file), { force: true }));
    changedFolders.add(dirname(join(directory, file)));
  }
  for (const file of marker.remove) removeEmptyZoneFolder(directory, file);
  try {
    await syncFoldersTogether([...changedFolders].filter((folder) => existsSync(folder)));
    removeTree(transaction);
    fsyncDirectory(dirname(transaction));
  } catch (error) {
    // The files may be in place already: the store stops writing until the next open reads them (and finishes the entry if it is left).
    throw new JournalApplyError(directory, directory, error);
  }
}

/** A zone folder whose last shard went (an import taken back) goes too: it would read as a zone with no data. */
function removeEmptyZoneFolder(directory: string, file: string): void {
  const folder = dirname(join(directory, file));
  if (dirname(folder) !== join(directory, OBSERVATIONS_FOLDER) || !existsSync(folder) || readdirSync(folder).length > 0)
    return;
  rmdirSync(folder);
  fsyncDirectory(dirname(folder));
}

/** Writes or copies one file's new content to `staged`, durably. */
/** A string is a file to copy (a backup's), anything else the JSON content to write. */
type StagedContent = JsonContent | string;

function made(content: JsonContent): Record<string, unknown> {
  return typeof content === 'function' ? content() : content;
}

function stage(engine: StoreEngine, staged: string, content: StagedContent): void {
  if (typeof content === 'string') copyFileDurably(content, staged);
  else engine.openFile(dirname(staged), staged.slice(dirname(staged).length + 1)).write(made(content));
}

/** Writes or copies one file's new content to `staged`, durably; its text is made only now, and freed once written. */
async function stageNew(engine: StoreEngine, staged: string, content: StagedContent): Promise<void> {
  if (typeof content !== 'string') {
    const value = made(content);
    await engine.openFile(dirname(staged), staged.slice(dirname(staged).length + 1)).writeNew(value);
    // Made here, so nothing else holds it.
    if (typeof content === 'function') releaseSerialized(value);
    return;
  }
  copyFileUnsynced(content, staged);
  await syncFile(staged);
}

/**
 * Every new content staged in `transaction` and durable, then the marker that commits them. A few
 * files are written and synced at once, off the main thread, while the next file's text is made:
 * the disk is waited on a few times rather than once per file, and the making is not waited on at all.
 */
async function stageAll(
  engine: StoreEngine,
  transaction: string,
  contents: readonly StagedContent[],
  marker: Marker,
): Promise<void> {
  const firstCreated = mkdirSync(transaction, { recursive: true });
  await fewAtOnce(
    contents.map((content, index) => ({ content, path: join(transaction, stagedName(index)) })),
    ({ content, path }) => stageNew(engine, path, content),
  );
  fsyncDirectory(transaction);
  engine.openFile(transaction, MARKER).write(marker);
  fsyncDirectory(transaction);
  fsyncDirectory(dirname(transaction));
  // The journal folder itself was new: its name in the dataset folder must last too.
  if (firstCreated !== transaction) fsyncDirectory(dirname(dirname(transaction)));
}

function changeOfOneFile(directory: string, engine: StoreEngine, target: string, content: StagedContent): void {
  const staged = join(directory, JOURNAL_FOLDER, `${newTransactionId()}.json`);
  try {
    stage(engine, staged, content);
    for (const folder of moveFile(staged, join(directory, target))) fsyncDirectory(folder);
  } catch (error) {
    rmSync(staged, { force: true });
    throw new JournalApplyError(directory, join(directory, target), error, null);
  }
}

function removeOneFile(directory: string, target: string): void {
  rmSync(join(directory, target), { force: true });
  if (existsSync(dirname(join(directory, target)))) fsyncDirectory(dirname(join(directory, target)));
  removeEmptyZoneFolder(directory, target);
}

/**
 * Resolves once the change is in place and durable. When it is committed (its marker is on disk)
 * but cannot be put in place, rejects with JournalApplyError: recoverJournals finishes it on the
 * next open, once the cause is fixed, and nothing else may write before that.
 */
export async function commitFileSet(
  directory: string,
  engine: StoreEngine,
  change: FileSetChange,
): Promise<'applied' | 'pending'> {
  const contents: [string, StagedContent][] = [...(change.write ?? []), ...(change.copy ?? [])];
  const marker: Marker = MarkerSchema.parse({
    files: contents.map(([file]) => file),
    remove: [...(change.remove ?? [])],
  });
  const [only] = contents;
  const [removeOnly] = marker.remove;
  if (contents.length + marker.remove.length === 1) {
    if (only) changeOfOneFile(directory, engine, ...only);
    else if (removeOnly) removeOneFile(directory, removeOnly);
    return 'applied';
  }
  const journal = join(directory, JOURNAL_FOLDER);
  const transaction = join(journal, newTransactionId());
  try {
    await stageAll(
      engine,
      transaction,
      contents.map(([, content]) => content),
      marker,
    );
  } catch (error) {
    removeTree(transaction);
    throw new JournalApplyError(directory, journal, error, null);
  }
  await applyTransaction(directory, transaction, marker);
  return 'applied';
}

export interface Recovery {
  rolledForward: number;
  discarded: number;
}

function readMarker(transaction: string): Marker | undefined {
  try {
    return MarkerSchema.parse(readJsonFile(join(transaction, MARKER)));
  } catch {
    return undefined;
  }
}

/** Finishes committed changes and drops the rest; run before reading the dataset. */
export async function recoverJournals(directory: string): Promise<Recovery> {
  const journal = join(directory, JOURNAL_FOLDER);
  const recovery: Recovery = { rolledForward: 0, discarded: 0 };
  if (!existsSync(journal)) return recovery;
  for (const name of readdirSync(journal).sort()) {
    const entry = join(journal, name);
    const marker = statSync(entry).isDirectory() ? readMarker(entry) : undefined;
    if (marker) {
      await applyTransaction(directory, entry, marker);
      recovery.rolledForward++;
    } else {
      removeTree(entry);
      recovery.discarded++;
    }
  }
  return recovery;
}
