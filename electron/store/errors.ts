import { join } from 'node:path';
import { StoreRefusal } from '../../shared/app/ports';

/** A file that is not JSON, or JSON the schema refuses: moved aside, never silently reset. */
export class DamagedFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is damaged: ${reason}`);
    this.name = 'DamagedFileError';
  }
}

/** Another live process (the app or the command line) has the dataset open. */
export class StoreLockedError extends Error {
  constructor(
    readonly directory: string,
    readonly holder: { pid: number; hostname: string; since: string },
    readonly lockFile: string,
  ) {
    super(
      `The dataset at ${directory} is in use by another Zone Stats process (pid ${holder.pid} on ${holder.hostname}, since ${holder.since}). ` +
        `Close the other window or command and try again. If no Zone Stats is running, delete ${lockFile}.`,
    );
    this.name = 'StoreLockedError';
  }
}

/** The dataset was written by a newer Zone Stats than this one. */
export class StoreVersionError extends Error {
  constructor(
    readonly directory: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `The dataset at ${directory} has schema version ${found}, but this Zone Stats reads up to version ${supported}. Update Zone Stats to open it.`,
    );
    this.name = 'StoreVersionError';
  }
}

/** The data folder cannot be written (permissions, a read-only disk): it can be read, never changed. */
export class ReadOnlyStoreError extends StoreRefusal {
  constructor(
    readonly directory: string,
    why = 'nothing can be saved there',
  ) {
    super(
      `The data folder ${directory} is read-only: ${why}. Reading works; to save, make the folder writable for this user (or copy it somewhere writable and use --data).`,
      'refused',
    );
    this.name = 'ReadOnlyStoreError';
  }
}

export class StoreClosedError extends Error {
  constructor(directory: string) {
    super(`The dataset store at ${directory} is closed.`);
    this.name = 'StoreClosedError';
  }
}

/**
 * Damaged files are set aside and not yet decided on: a write would make their loss permanent
 * (a fresh shard holding only the new rows, a catalog recreated bare), so writes wait until the
 * user restores a backup or accepts the loss.
 */
export class DamagedStoreError extends StoreRefusal {
  constructor(
    readonly directory: string,
    readonly setAside: readonly string[],
    readonly latestBackupId: string | null,
  ) {
    super(
      `The dataset at ${directory} has ${setAside.length === 1 ? 'a damaged file' : `${setAside.length} damaged files`} set aside (${setAside.slice(0, 5).join(', ')}${setAside.length > 5 ? ', …' : ''}): ` +
        `writing now would lose what ${setAside.length === 1 ? 'it holds' : 'they hold'} for good, so nothing was written. ` +
        (latestBackupId
          ? `Restore the latest backup, ${latestBackupId} (in Zone Stats: Settings → Backups), or accept the loss to write again.`
          : 'There is no backup to restore: accept the loss to write again.'),
      'refused',
    );
    this.name = 'DamagedStoreError';
  }
}

/**
 * A change is committed in the journal but could not be put in place (a folder where a shard
 * belongs, a read-only folder): it is not in the dataset yet, and is finished when the dataset
 * next opens once the cause is fixed.
 */
export class JournalApplyError extends StoreRefusal {
  constructor(
    readonly directory: string,
    readonly file: string,
    readonly failure: unknown,
    /** Where the change waits: the journal (a committed file set), the write-ahead log, or nowhere (not made). */
    readonly keptIn: 'journal' | 'log' | null = 'journal',
  ) {
    super(JournalApplyError.text(directory, file, failure, keptIn), 'internal');
    this.name = 'JournalApplyError';
  }

  private static text(directory: string, file: string, failure: unknown, keptIn: 'journal' | 'log' | null): string {
    const why = `${file} ${blockedBecause(failure)}`;
    if (keptIn === 'journal')
      return `The change was not put in place: ${why}. It is kept in ${join(directory, 'journal')} and is finished the next time the dataset opens, once that is fixed.`;
    if (keptIn === 'log')
      return `Saved changes could not be written into their files: ${why}. They are kept in ${join(directory, 'wal.log')} and written there the next time, once that is fixed.`;
    return `Nothing was written: ${why}.`;
  }
}

function blockedBecause(cause: unknown): string {
  const code = (cause as { code?: string }).code;
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR')
    return 'is blocked by a folder of that name (or a file where a folder belongs): move it out of the way';
  if (code === 'EACCES' || code === 'EPERM')
    return 'cannot be written (permission denied): make the data folder writable for this user';
  if (code === 'EROFS') return 'is on a read-only file system: make the data folder writable';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'cannot be written: the disk is full; free some space';
  return `cannot be written (${cause instanceof Error ? cause.message : String(cause)})`;
}
