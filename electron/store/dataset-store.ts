import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupInfo, ObservationQuery, StoreNotice } from '../../shared/api';
import { systemClock, type Clock, type DatasetChange, type DatasetStore, type StoreStats } from '../../shared/app/ports';
import type { Catalog, Observation } from '../../shared/model';
import { backupFiles, createBackup, listBackups, removePartialBackups } from './backups';
import { CommitBatcher, SerialQueue } from './commit-batcher';
import { confEngine } from './conf-engine';
import { changedFiles } from './dataset-files';
import type { DatasetState } from './dataset-state';
import { fileSize } from './durable-fs';
import type { StoreEngine } from './engine';
import { StoreClosedError } from './errors';
import { SCHEMA_VERSION } from './file-schemas';
import { commitFileSet, recoverJournals } from './journal';
import { listDatasetFiles } from './layout';
import { loadDataset } from './load-dataset';
import { acquireLock, type StoreLock } from './lock';
import { parseChange } from './parse-change';

export interface DatasetStoreOptions {
  directory: string;
  /** conf by default; the app passes electronStoreEngine (electron/store/electron-store-engine.ts). */
  engine?: StoreEngine;
  clock?: Clock;
}

export type OpenedDatasetStore = DatasetStore & {
  readonly directory: string;
  close(): Promise<void>;
};

/**
 * The dataset in memory, in front of its sharded folder. Reads never touch the disk; commits are
 * coalesced and written one file per shard, through a journal when a batch spans several files.
 */
class ShardedDatasetStore implements OpenedDatasetStore {
  private readonly queue = new SerialQueue();
  private readonly batcher = new CommitBatcher<DatasetChange>(this.queue, (changes) => this.writeBatch(changes));
  private journalPending = false;
  private closed = false;

  constructor(
    readonly directory: string,
    private readonly engine: StoreEngine,
    private readonly clock: Clock,
    private readonly lock: StoreLock,
    private state: DatasetState,
    private readonly foundNotices: StoreNotice[],
  ) {}

  async readCatalog(): Promise<Catalog> {
    this.ensureOpen();
    return structuredClone(this.state.catalog);
  }

  async readObservations(query: ObservationQuery): Promise<Observation[]> {
    this.ensureOpen();
    return this.state.query(query);
  }

  async readMeta(name: string): Promise<unknown> {
    this.ensureOpen();
    return this.state.readMeta(name);
  }

  async commit(change: DatasetChange): Promise<void> {
    this.ensureOpen();
    return this.batcher.submit(parseChange(change));
  }

  async backup(reason: string): Promise<BackupInfo> {
    this.ensureOpen();
    return this.queue.run(() => {
      this.batcher.drain();
      return createBackup(this.directory, this.engine, { reason, now: this.clock.now(), schemaVersion: SCHEMA_VERSION });
    });
  }

  async listBackups(): Promise<BackupInfo[]> {
    this.ensureOpen();
    return listBackups(this.directory);
  }

  async restoreBackup(id: string): Promise<void> {
    this.ensureOpen();
    return this.queue.run(() => {
      this.batcher.drain();
      const files = backupFiles(this.directory, id);
      this.finishPendingJournal();
      createBackup(this.directory, this.engine, { reason: `before restoring backup ${id}`, now: this.clock.now(), schemaVersion: SCHEMA_VERSION, keep: new Set([id]) });
      const remove = listDatasetFiles(this.directory).filter((file) => !files.has(file));
      this.journalPending = commitFileSet(this.directory, this.engine, { copy: files, remove }) === 'pending';
      this.finishPendingJournal();
      const loaded = loadDataset({ directory: this.directory, engine: this.engine, now: () => this.clock.now() });
      this.state = loaded.state;
      this.foundNotices.push(...loaded.notices);
    });
  }

  async stats(): Promise<StoreStats> {
    this.ensureOpen();
    const files = listDatasetFiles(this.directory);
    const sizeBytes = files.reduce((total, file) => total + fileSize(join(this.directory, file)), 0);
    return { location: this.directory, sizeBytes, fileCount: files.length, schemaVersion: SCHEMA_VERSION };
  }

  notices(): StoreNotice[] {
    return [...this.foundNotices];
  }

  flush(): Promise<void> {
    return this.queue.run(() => this.batcher.drain());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    // Closed first, so no commit slips in behind the last flush.
    this.closed = true;
    await this.flush();
    this.lock.release();
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreClosedError(this.directory);
  }

  private finishPendingJournal(): void {
    if (!this.journalPending) return;
    recoverJournals(this.directory);
    this.journalPending = false;
  }

  /** All of a batch or none of it: the new state replaces the old only once the files are durable. */
  private writeBatch(changes: DatasetChange[]): void {
    this.finishPendingJournal();
    const { state, touched } = this.state.apply(changes);
    const { write, remove } = changedFiles(state, touched);
    if (write.size > 0 || remove.length > 0) this.journalPending = commitFileSet(this.directory, this.engine, { write, remove }) === 'pending';
    this.state = state;
  }
}

export async function openDatasetStore({ directory, engine = confEngine, clock = systemClock }: DatasetStoreOptions): Promise<OpenedDatasetStore> {
  const folder = resolve(directory);
  mkdirSync(folder, { recursive: true });
  const lock = acquireLock(folder, clock.now());
  try {
    removePartialBackups(folder);
    const { state, notices } = loadDataset({ directory: folder, engine, now: () => clock.now() });
    return new ShardedDatasetStore(folder, engine, clock, lock, state, notices);
  } catch (error) {
    lock.release();
    throw error;
  }
}
