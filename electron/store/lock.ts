import { closeSync, fsyncSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { StoreLockedError } from './errors';
import { LOCK_FILE } from './layout';

/**
 * Keeps the app and the command line from writing one dataset at once (Electron's single-instance
 * lock only covers app windows). The lock file names its process; a lock whose process is gone
 * (a crash, a kill) is stale and taken over.
 */
export interface StoreLock {
  release(): void;
}

const HolderSchema = z.object({ pid: z.number().int().positive(), hostname: z.string(), since: z.string() });
type Holder = z.infer<typeof HolderSchema>;

/** Lock files this process holds: a lock naming our own pid is stale unless it is one of these. */
const heldHere = new Set<string>();

// A command that exits without closing its store leaves no lock behind (a crash still can: see isLive).
process.once('exit', () => {
  for (const path of heldHere) rmSync(path, { force: true });
});

/** A lock file being written this very moment is empty: give its writer this long before calling it stale. */
const FRESH_LOCK_MS = 2000;

function readHolder(path: string): Holder | 'unreadable' | 'gone' {
  try {
    return HolderSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLive(path: string, holder: Holder): boolean {
  // Another machine's process (a dataset on a shared drive) cannot be checked: assume it is running.
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(path);
  return isRunning(holder.pid);
}

function writeLock(path: string, holder: Holder): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, JSON.stringify(holder));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function acquireLock(directory: string, now: Date): StoreLock {
  const path = join(directory, LOCK_FILE);
  const holder: Holder = { pid: process.pid, hostname: hostname(), since: now.toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeLock(path, holder);
      heldHere.add(path);
      return {
        release() {
          if (!heldHere.delete(path)) return;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readHolder(path);
    if (current === 'gone') continue;
    if (current === 'unreadable') {
      const stat = statSync(path, { throwIfNoEntry: false });
      if (stat && Date.now() - stat.mtimeMs < FRESH_LOCK_MS)
        throw new StoreLockedError(directory, { pid: 0, hostname: 'unknown', since: 'just now' }, path);
    } else if (isLive(path, current)) {
      throw new StoreLockedError(directory, current, path);
    }
    rmSync(path, { force: true });
  }
  throw new Error(`Could not take the lock ${path}: other processes keep taking it.`);
}
