import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** How a platform that cannot fsync a folder (Windows) refuses it. */
export function isFolderSyncRefusal(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPERM' || code === 'EISDIR' || code === 'EBADF' || code === 'EINVAL';
}

/**
 * Makes the names in a folder (a rename, a new file) survive a power cut. Windows cannot open a
 * folder for fsync; there the rename itself is what the file system journals.
 */
export function fsyncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch (error) {
    if (!isFolderSyncRefusal(error)) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A copy (a copy-on-write clone where the file system has them), not yet flushed to disk. */
export function copyFileUnsynced(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
}

/** A new file of `content` (a text as UTF-8), flushed to disk; the writing and the flush run off the main thread. */
export async function writeNewFileDurably(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A copy flushed to disk. */
export function copyFileDurably(from: string, to: string): void {
  copyFileUnsynced(from, to);
  fsyncFile(to);
}

const BUSY = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** Windows refuses a rename while a virus scanner or indexer has the file open; that passes in a moment. */
function renameRetrying(from: string, to: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 50 || !BUSY.has((error as NodeJS.ErrnoException).code ?? ''))
        throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

/**
 * Renames `from` to `to`; returns the folders whose entries changed (new folders' parents too), to
 * fsync. `present`: folders known to exist (one change moves 200 shards into 20 zone folders),
 * added to as folders are made.
 */
export function moveFile(from: string, to: string, present: Set<string> = new Set()): string[] {
  const folder = dirname(to);
  const firstCreated = present.has(folder) ? undefined : mkdirSync(folder, { recursive: true });
  present.add(folder);
  renameRetrying(from, to);
  const changed = [folder];
  if (firstCreated !== undefined) {
    for (let created = folder; created !== dirname(firstCreated); created = dirname(created))
      changed.push(dirname(created));
  }
  return changed;
}

export function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** Every file under `root`, as paths relative to it with `/` separators. */
export function listFiles(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

export function fileSize(path: string): number {
  return statSync(path).size;
}

/** The folders between `files` and `root` (`root` too): those whose names must be made durable for them. */
export function foldersUpTo(root: string, files: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = dirname(file); folder.startsWith(root) && !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (folder === root) break;
    }
  }
  return [...folders].filter((folder) => existsSync(folder));
}
