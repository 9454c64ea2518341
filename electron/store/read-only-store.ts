import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, ObservationQuery, StoreNotice } from '../../shared/api';
import type { Clock, StoreStats } from '../../shared/app/ports';
import { listBackups } from './backups';
import { DatasetReads, datasetFolderStats } from './dataset-reads';
import type { DatasetState } from './dataset-state';
import type { OpenedDatasetStore } from './dataset-store';
import type { StoreEngine } from './engine';
import { ReadOnlyStoreError, StoreClosedError } from './errors';
import { JOURNAL_FOLDER } from './layout';
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
export async function openReadOnlyStore(
  directory: string,
  engine: StoreEngine,
  clock: Clock,
): Promise<OpenedDatasetStore> {
  const journal = join(directory, JOURNAL_FOLDER);
  if (existsSync(journal) && readdirSync(journal).length > 0)
    throw new ReadOnlyStoreError(
      directory,
      'a change was left unfinished in its journal and cannot be finished without writing',
    );
  const loaded = await loadDataset({ directory, engine, now: () => clock.now(), readOnly: true });
  let state: DatasetState = loaded.state;
  for (const changes of readLogBatches(directory)) state = state.apply(changes).state;
  return new ReadOnlyDatasetStore(directory, state, loaded.notices);
}

class ReadOnlyDatasetStore implements OpenedDatasetStore {
  private closed = false;
  private readonly reads = new DatasetReads(
    () => this.state,
    () => this.ensureOpen(),
  );

  constructor(
    readonly directory: string,
    private readonly state: DatasetState,
    private readonly found: StoreNotice[],
  ) {}

  readCatalog = () => this.reads.readCatalog();
  readObservations = (query: ObservationQuery) => this.reads.readObservations(query);
  readMeta = (name: string) => this.reads.readMeta(name);
  listMeta = () => this.reads.listMeta();

  async listBackups(): Promise<BackupInfo[]> {
    return listBackups(this.directory);
  }

  async stats(): Promise<StoreStats> {
    return datasetFolderStats(this.directory);
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
