import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo, BackupReason, ObservationQuery, StoreNotice } from '../../shared/api';
import {
  systemClock,
  type Clock,
  type DatasetChange,
  type DatasetStore,
  type StoreStats,
} from '../../shared/app/ports';
import { periodYear } from '../../shared/model';
import { backupFiles, createBackup, latestBackupId, listBackups, removePartialBackups } from './backups';
import { BackgroundShards } from './background-shards';
import { CommitBatcher, SerialQueue } from './commit-batcher';
import { confEngine } from './conf-engine';
import { changedFiles } from './dataset-files';
import { isLargeBatch } from './large-batch';
import { DatasetReads, datasetFolderStats } from './dataset-reads';
import type { DatasetState } from './dataset-state';
import { DirtyFiles } from './dirty-files';
import type { StoreEngine } from './engine';
import { DamagedStoreError, JournalApplyError, StoreClosedError } from './errors';
import { SCHEMA_VERSION } from './file-schemas';
import { IdleTimer } from './idle-timer';
import { commitFileSet, recoverJournals } from './journal';
import { readFirst } from './first-screen';
import { listDatasetFiles, shardFile } from './layout';
import { loadDataset, readShardLater, type LoadContext } from './load-dataset';
import { acquireLock, type StoreLock } from './lock';
import { parseChange } from './parse-change';
import { isWritableFolder, openReadOnlyStore } from './read-only-store';
import { archiveSetAside, listSetAside, setAsideNotice } from './set-aside';
import { WriteAheadLog } from './wal';

/**
 * A batch of commits up to this size goes to the write-ahead log; a larger one (an import) is
 * written straight into its files, where appending it would cost about as much as the files.
 */
const LOGGED_BATCH_BYTES = 256 * 1024;
/** Quiet time after the last logged commit before its shards are rewritten. */
const COMPACT_AFTER_IDLE_MS = 1000;
/** A log this large is compacted at once, which also bounds the replay on the next open. */
const COMPACT_AT_LOG_BYTES = 4 * 1024 * 1024;

export interface DatasetStoreOptions {
  directory: string;
  /** conf by default; the app passes electronStoreEngine (electron/store/electron-store-engine.ts). */
  engine?: StoreEngine;
  clock?: Clock;
  /**
   * Resolve once the catalog, the documents and the shards of the Entry screen's years are read
   * (first-screen.ts), and read the other shards in the background: a read that needs one of them
   * reads it first, and commits, backups and the store's notices wait for all of them. The app opens
   * lazily; the command line and tests read everything before the open resolves (the default).
   */
  lazy?: boolean;
}

export type OpenedDatasetStore = DatasetStore &
  Required<Pick<DatasetStore, 'listMeta'>> & {
    readonly directory: string;
    /**
     * Damaged files moved aside (at this open or an earlier one) and not yet decided on, relative to
     * the folder. While any is left, commit and backup refuse with DamagedStoreError.
     */
    setAside(): string[];
    /**
     * The user accepts the loss of what the set-aside files held: they move under
     * `damaged-accepted/<time>/` (kept, never deleted) and writes are allowed again. Returns where they went.
     */
    acceptDamaged(): Promise<string[]>;
    /** Resolves once every stored file is read and checked (at once unless opened lazily). */
    loaded(): Promise<void>;
    close(): Promise<void>;
  };

/**
 * The dataset in memory, in front of its sharded folder. Reads never touch the disk; commits are
 * coalesced; a small batch is made durable by one append to the write-ahead log and its files are
 * rewritten later (compaction); a large one is written one file per shard, through a journal when
 * it spans several files. Files are always written whole from the in-memory state.
 */
class ShardedDatasetStore implements OpenedDatasetStore {
  private readonly queue = new SerialQueue();
  private readonly batcher = new CommitBatcher<DatasetChange>(this.queue, (changes) => this.writeBatch(changes));
  private readonly idle = new IdleTimer(COMPACT_AFTER_IDLE_MS, () => this.compactInBackground());
  private journalPending = false;
  private closed = false;
  /** A change the journal holds but could not put in place: the files are behind, so nothing more is written. */
  private blocked: JournalApplyError | null = null;
  private pendingSetAside: string[];
  private readonly reads = new DatasetReads(
    () => this.state,
    () => this.ensureOpen(),
    (query) =>
      this.background?.readFor({
        zoneIds: query.zoneIds,
        fromYear: query.from ? periodYear(query.from) : -Infinity,
        toYear: query.to ? periodYear(query.to) : Infinity,
      }),
  );
  /** The shards a lazy open left to read in the background; null when it read them all. */
  private background: BackgroundShards | null;

  constructor(
    readonly directory: string,
    private readonly engine: StoreEngine,
    private readonly clock: Clock,
    private readonly lock: StoreLock,
    private readonly wal: WriteAheadLog,
    private state: DatasetState,
    /** Files behind the state: what the log holds and they do not yet. */
    private readonly dirty: DirtyFiles,
    private readonly foundNotices: StoreNotice[],
    unread: readonly string[],
    private readonly loadContext: LoadContext,
  ) {
    this.pendingSetAside = listSetAside(directory);
    this.background = unread.length > 0 ? new BackgroundShards(unread, (file) => this.readLater(file)) : null;
    // Every write, backup and report waits for the whole dataset: none may act on part of it.
    if (this.background) void this.queue.run(() => this.background?.loaded).catch(() => undefined);
    if (!dirty.isEmpty && this.pendingSetAside.length === 0) this.compactInBackground();
  }

  loaded(): Promise<void> {
    return this.background?.loaded ?? Promise.resolve();
  }

  /** One shard the open left unread, into the state; a damaged one moved aside and reported, as at open. */
  private readLater(file: string): void {
    const { shard, notice } = readShardLater(this.loadContext, file);
    if (shard) this.state = this.state.withShards([shard]);
    if (notice) {
      this.foundNotices.push(notice);
      this.pendingSetAside = listSetAside(this.directory);
    }
  }

  setAside(): string[] {
    return [...this.pendingSetAside];
  }

  async acceptDamaged(): Promise<string[]> {
    this.ensureOpen();
    return this.queue.run(() => {
      const moved = archiveSetAside(this.directory, this.pendingSetAside, this.clock.now());
      this.pendingSetAside = [];
      this.foundNotices.splice(0);
      return moved;
    });
  }

  readCatalog = () => this.reads.readCatalog();
  readObservations = (query: ObservationQuery) => this.reads.readObservations(query);
  readMeta = (name: string) => this.reads.readMeta(name);
  listMeta = () => this.reads.listMeta();

  commit(change: DatasetChange): Promise<void> {
    try {
      this.ensureWritable();
      // Not async itself: an awaiting frame would keep the caller's change alive beside the store's copy.
      return this.commitParsed(parseChange(change));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private async commitParsed(parsed: DatasetChange): Promise<void> {
    // A change applies over whole shards, and a damaged one may still be found: both need every file read.
    await this.loaded();
    this.ensureWritable();
    return this.batcher.submit(parsed);
  }

  async backup(reason: BackupReason): Promise<BackupInfo> {
    // A backup now would lack what the set-aside files hold, and push the good one down the list.
    this.ensureWritable();
    await this.loaded();
    this.ensureWritable();
    return this.queue.run(async () => {
      await this.batcher.drain();
      await this.compact();
      return createBackup(this.directory, this.engine, {
        reason,
        now: this.clock.now(),
        schemaVersion: SCHEMA_VERSION,
      });
    });
  }

  async listBackups(): Promise<BackupInfo[]> {
    this.ensureOpen();
    return listBackups(this.directory);
  }

  async restoreBackup(id: string): Promise<void> {
    this.ensureOpen();
    return this.queue.run(async () => {
      await this.batcher.drain();
      const files = backupFiles(this.directory, id);
      await this.compact(true);
      await createBackup(this.directory, this.engine, {
        reason: { kind: 'restoring', backupId: id },
        now: this.clock.now(),
        schemaVersion: SCHEMA_VERSION,
        keep: new Set([id]),
      });
      const remove = listDatasetFiles(this.directory).filter((file) => !files.has(file));
      this.journalPending = (await commitFileSet(this.directory, this.engine, { copy: files, remove })) === 'pending';
      await this.finishPendingJournal();
      // The files are the backup's now, read whole here: none is left to read in the background.
      this.background?.stop();
      const loaded = await loadDataset(this.loadContext);
      this.background = null;
      this.state = loaded.state;
      // What the damaged files held is back from the backup: they are kept, but no longer block writes.
      archiveSetAside(this.directory, this.pendingSetAside, this.clock.now());
      this.foundNotices.splice(0, this.foundNotices.length, ...loaded.notices);
      this.pendingSetAside = listSetAside(this.directory);
    });
  }

  async stats(): Promise<StoreStats> {
    this.ensureOpen();
    // Compacted first, so the sizes are those of files that hold every commit.
    await this.flush();
    return datasetFolderStats(this.directory);
  }

  /** The damaged files found at this open, and those set aside earlier still waiting for a decision. */
  notices(): StoreNotice[] {
    const found = new Set(this.foundNotices.map((notice) => notice.movedTo));
    const latest = latestBackupId(this.directory);
    const earlier = this.pendingSetAside
      .map((file) => setAsideNotice(this.directory, file, latest))
      .filter((notice) => !found.has(notice.movedTo));
    return [...this.foundNotices, ...earlier];
  }

  /** Every commit written into the dataset's files, and the log emptied. */
  flush(): Promise<void> {
    return this.queue.run(async () => {
      await this.batcher.drain();
      await this.compact();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Closed first, so no commit slips in behind the last flush.
    this.closed = true;
    this.idle.cancel();
    this.background?.stop();
    try {
      await this.flush();
    } finally {
      // Even when the last compaction failed: the log still holds what it could not write.
      this.wal.close();
      this.lock.release();
    }
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreClosedError(this.directory);
  }

  private ensureWritable(): void {
    this.ensureOpen();
    if (this.blocked) throw this.blocked;
    if (this.pendingSetAside.length > 0)
      throw new DamagedStoreError(this.directory, this.pendingSetAside, latestBackupId(this.directory));
  }

  private async finishPendingJournal(): Promise<void> {
    if (!this.journalPending) return;
    await recoverJournals(this.directory);
    this.journalPending = false;
  }

  /** All of a batch or none of it: the new state replaces the old only once the batch is durable. */
  private async writeBatch(changes: DatasetChange[]): Promise<void> {
    try {
      await this.writeBatchOrThrow(changes);
    } catch (error) {
      if (error instanceof JournalApplyError && error.keptIn === 'journal') this.blocked = error;
      throw error;
    }
  }

  /** `changes` is the batch's own array: emptied once applied, so an import's rows are not held while its files are written. */
  private async writeBatchOrThrow(changes: DatasetChange[]): Promise<void> {
    if (this.blocked) throw this.blocked;
    const large = isLargeBatch(changes);
    const { state, touched } = this.state.apply(changes, { asColumns: large });
    if (!touched.catalog && touched.shards.length === 0 && touched.meta.length === 0) return;
    const record = this.wal.usable && !large ? this.wal.encode(changes, LOGGED_BATCH_BYTES) : null;
    changes.length = 0;
    if (record) {
      this.wal.append(record);
      this.state = state;
      this.dirty.add(touched);
      if (this.wal.size >= COMPACT_AT_LOG_BYTES) this.compactInBackground();
      else this.idle.poke();
      return;
    }
    // The logged commits reach their files first: replaying them later over this batch would undo it.
    await this.compact();
    const { write, remove } = changedFiles(state, touched);
    if (write.size > 0 || remove.length > 0)
      this.journalPending = (await commitFileSet(this.directory, this.engine, { write, remove })) === 'pending';
    this.state = state;
  }

  /**
   * Writes the files the log is ahead of, in one journaled change, then empties the log. Not while
   * damaged files wait for a decision (a shard rewritten now would hold only the logged rows) or a
   * journaled change is stuck, unless a restore replaces everything anyway: the log keeps the commits.
   */
  private async compact(force = false): Promise<void> {
    this.idle.cancel();
    if (this.blocked || (!force && this.pendingSetAside.length > 0)) return;
    await this.finishPendingJournal();
    if (!this.dirty.isEmpty) {
      const { write, remove } = changedFiles(this.state, this.dirty.touched());
      try {
        if (write.size > 0 || remove.length > 0) await commitFileSet(this.directory, this.engine, { write, remove });
      } catch (error) {
        if (!(error instanceof JournalApplyError)) throw error;
        // Committed in the journal: it holds what the log does, so the log is no longer needed, but nothing more may be written.
        if (error.keptIn === 'journal') this.blocked = error;
        throw error.keptIn === 'journal'
          ? error
          : new JournalApplyError(this.directory, error.file, error.failure, 'log');
      }
      this.dirty.clear();
    }
    if (this.wal.size > 0 || !this.wal.usable) this.wal.reset();
  }

  /** A failure here loses nothing: the log keeps the commits, and flush or close reports the error. */
  private compactInBackground(): void {
    if (this.closed) return;
    void this.queue.run(() => this.compact()).catch(() => undefined);
  }
}

/** The shard files the logged commits change: read at open, so the commits apply over them. */
function loggedShards(batches: readonly DatasetChange[][]): Set<string> {
  const files = new Set<string>();
  for (const change of batches.flat())
    for (const key of [...(change.upsert ?? []), ...(change.remove ?? [])])
      files.add(shardFile(key.zoneId, periodYear(key.period)));
  return files;
}

export async function openDatasetStore({
  directory,
  engine = confEngine,
  clock = systemClock,
  lazy = false,
}: DatasetStoreOptions): Promise<OpenedDatasetStore> {
  const folder = resolve(directory);
  mkdirSync(folder, { recursive: true });
  if (!isWritableFolder(folder)) return await openReadOnlyStore(folder, engine, clock);
  const lock = acquireLock(folder, clock.now());
  let opened: ReturnType<typeof WriteAheadLog.open> | undefined;
  try {
    removePartialBackups(folder);
    opened = WriteAheadLog.open(folder, {
      now: () => clock.now(),
      latestBackupId: () => latestBackupId(folder),
    });
    const { wal, batches, notice } = opened;
    const context: LoadContext = { directory: folder, engine, now: () => clock.now() };
    const loaded = await loadDataset(context, lazy ? readFirst(clock.now(), loggedShards(batches)) : undefined);
    let state = loaded.state;
    const dirty = new DirtyFiles();
    for (const changes of batches) {
      const replayed = state.apply(changes);
      state = replayed.state;
      dirty.add(replayed.touched);
    }
    return new ShardedDatasetStore(
      folder,
      engine,
      clock,
      lock,
      wal,
      state,
      dirty,
      [...loaded.notices, ...(notice ? [notice] : [])],
      loaded.unread,
      context,
    );
  } catch (error) {
    opened?.wal.close();
    lock.release();
    throw error;
  }
}
