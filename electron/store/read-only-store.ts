import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, ObservationQuery, StoreNotice } from '../../shared/api';
import type { Clock, StoreStats } from '../../shared/app/ports';
import type { Catalog, Observation } from '../../shared/model';
import { listBackups } from './backups';
import type { DatasetState } from './dataset-state';
import type { OpenedDatasetStore } from './dataset-store';
import { fileSize } from './durable-fs';
import type { StoreEngine } from './engine';
import { ReadOnlyStoreError, StoreClosedError } from './errors';
import { SCHEMA_VERSION } from './file-schemas';
import { JOURNAL_FOLDER, listDatasetFiles } from './layout';
import { loadDataset } from './load-dataset';
import { listSetAside } from './set-aside';
import { readLogBatches } from './wal';

/** Whether this process may create and rename files in the folder. */
export function isWritableFolder(directory: string): boolean {
  try {
    accessSync(directory, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A dataset in a folder this process cannot write (permissions, a read-only disk or share): read
 * as the files and the log hold it, without a lock (none can be written), and every write refused
 * with what to do. An unfinished journaled change cannot be finished here, so it refuses to open.
 */
export function openReadOnlyStore(directory: string, engine: StoreEngine, clock: Clock): OpenedDatasetStore {
  const journal = join(directory, JOURNAL_FOLDER);
  if (existsSync(journal) && readdirSync(journal).length > 0)
    throw new ReadOnlyStoreError(
      directory,
      'a change was left unfinished in its journal and cannot be finished without writing',
    );
  const loaded = loadDataset({ directory, engine, now: () => clock.now(), readOnly: true });
  let state: DatasetState = loaded.state;
  for (const changes of readLogBatches(directory)) state = state.apply(changes).state;
  return new ReadOnlyDatasetStore(directory, state, loaded.notices);
}

class ReadOnlyDatasetStore implements OpenedDatasetStore {
  private closed = false;

  constructor(
    readonly directory: string,
    private readonly state: DatasetState,
    private readonly found: StoreNotice[],
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

  async listMeta(): Promise<string[]> {
    this.ensureOpen();
    return this.state.metaNames();
  }

  async listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.directory);
  }

  async stats(): Promise<StoreStats> {
    const files = listDatasetFiles(this.directory);
    return {
      location: this.directory,
      sizeBytes: files.reduce((total, file) => total + fileSize(join(this.directory, file)), 0),
      fileCount: files.length,
      schemaVersion: SCHEMA_VERSION,
    };
  }

  notices(): StoreNotice[] {
    return [...this.found];
  }

  setAside(): string[] {
    return listSetAside(this.directory);
  }

  async commit(): Promise<void> {
    throw new ReadOnlyStoreError(this.directory);
  }

  async backup(): Promise<BackupInfo> {
    throw new ReadOnlyStoreError(this.directory);
  }

  async restoreBackup(): Promise<void> {
    throw new ReadOnlyStoreError(this.directory);
  }

  async acceptDamaged(): Promise<string[]> {
    throw new ReadOnlyStoreError(this.directory);
  }

  async flush(): Promise<void> {}

  async loaded(): Promise<void> {}

  async close(): Promise<void> {
    this.closed = true;
  }

  private ensureOpen(): void {
    if (this.closed) throw new StoreClosedError(this.directory);
  }
}
