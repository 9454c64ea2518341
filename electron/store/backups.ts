import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { backupReasonWords, readBackupReason, type BackupInfo, type BackupReason } from '../../shared/api';
import { copyFileUnsynced, fileSize, foldersUpTo, fsyncDirectory, listFiles, removeTree } from './durable-fs';
import type { StoreEngine } from './engine';
import { readJsonFile } from './json-file';
import { BACKUPS_FOLDER, listDatasetFiles } from './layout';
import { syncFilesTogether, syncFoldersTogether } from './sync-together';
import { nextBackupId } from './time-stamp';

/**
 * Copies of the whole dataset in `backups/<id>/`: the files under `data/` and a `manifest.json`.
 * A backup is assembled under a `.partial-` name and renamed when complete, so a crash never leaves
 * half a backup that looks whole. Ids sort by time; the newest KEEP_BACKUPS are kept.
 */
export const KEEP_BACKUPS = 20;

const DATA = 'data';
const MANIFEST = 'manifest.json';
const PARTIAL = '.partial-';
const BACKUP_ID = /^[0-9]{8}T[0-9]{9}Z(-[0-9]{3})?$/;

const ManifestSchema = z.object({
  id: z.string().regex(BACKUP_ID),
  createdAt: z.string(),
  reason: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(z.string()),
});

function backupsFolder(directory: string): string {
  return join(directory, BACKUPS_FOLDER);
}

function backupIds(directory: string): string[] {
  const folder = backupsFolder(directory);
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => BACKUP_ID.test(name))
        .sort()
    : [];
}

function readManifest(directory: string, id: string): z.infer<typeof ManifestSchema> | null {
  try {
    const manifest = ManifestSchema.parse(readJsonFile(join(backupsFolder(directory), id, MANIFEST)));
    return manifest.id === id ? manifest : null;
  } catch {
    return null;
  }
}

function nextId(directory: string, now: Date): string {
  return nextBackupId(backupIds(directory).at(-1), now);
}

export function listBackups(directory: string): BackupInfo[] {
  return backupIds(directory)
    .reverse()
    .map((id) => readManifest(directory, id))
    .filter((manifest) => manifest !== null)
    .map(({ id, createdAt, reason, sizeBytes }) => ({ id, createdAt, reason: readBackupReason(reason), sizeBytes }));
}

export function latestBackupId(directory: string): string | null {
  return listBackups(directory)[0]?.id ?? null;
}

/** Relative dataset file → its copy in the backup. Throws when there is no such backup. */
export function backupFiles(directory: string, id: string): Map<string, string> {
  const manifest = BACKUP_ID.test(id) ? readManifest(directory, id) : null;
  if (!manifest) throw new Error(`There is no backup "${id}" in ${backupsFolder(directory)}.`);
  const data = join(backupsFolder(directory), id, DATA);
  const present = new Set(listFiles(data));
  const missing = manifest.files.filter((file) => !present.has(file));
  if (missing.length > 0) throw new Error(`Backup "${id}" is incomplete: ${missing.join(', ')} missing.`);
  return new Map(manifest.files.map((file) => [file, join(data, file)]));
}

/** Removes the oldest backups beyond KEEP_BACKUPS, sparing those in `keep`. */
function prune(directory: string, keep: ReadonlySet<string>): void {
  const ids = backupIds(directory);
  const removable = ids.filter((id) => !keep.has(id));
  for (const id of removable.slice(0, Math.max(0, ids.length - KEEP_BACKUPS)))
    removeTree(join(backupsFolder(directory), id));
}

export interface BackupRequest {
  reason: BackupReason;
  now: Date;
  /** The version of the files being copied (older than the current one before an upgrade). */
  schemaVersion: number;
  /** Backups that pruning must spare (the one about to be restored). */
  keep?: ReadonlySet<string>;
}

/** Copies the dataset files as they are on disk now. */
export async function createBackup(
  directory: string,
  engine: StoreEngine,
  { reason, now, schemaVersion, keep = new Set() }: BackupRequest,
): Promise<BackupInfo> {
  const folder = backupsFolder(directory);
  const id = nextId(directory, now);
  const partial = join(folder, `${PARTIAL}${id}`);
  removeTree(partial);
  const files = listDatasetFiles(directory);
  let sizeBytes = 0;
  const copies = files.map((file) => join(partial, DATA, file));
  files.forEach((file, index) => {
    copyFileUnsynced(join(directory, file), copies[index]!);
    sizeBytes += fileSize(join(directory, file));
  });
  // Every copy first, then their syncs together: the disk is waited on a few times, not once per file.
  await syncFilesTogether(copies);
  const manifest = {
    id,
    createdAt: now.toISOString(),
    reason: backupReasonWords(reason),
    sizeBytes,
    schemaVersion,
    files,
  };
  engine.openFile(partial, MANIFEST).write(manifest);
  await syncFoldersTogether(foldersUpTo(partial, copies));
  renameSync(partial, join(folder, id));
  fsyncDirectory(folder);
  prune(directory, new Set([...keep, id]));
  return { id, createdAt: manifest.createdAt, reason, sizeBytes };
}

/** Half-made backups from a crash. */
export function removePartialBackups(directory: string): void {
  const folder = backupsFolder(directory);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (name.startsWith(PARTIAL)) removeTree(join(folder, name));
}
