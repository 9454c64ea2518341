import { join } from 'node:path';
import type { ObservationQuery } from '../../shared/api';
import type { StoreStats } from '../../shared/app/ports';
import type { Catalog, Observation } from '../../shared/model';
import type { DatasetState } from './dataset-state';
import { fileSize } from './durable-fs';
import { SCHEMA_VERSION } from './file-schemas';
import { listDatasetFiles } from './layout';

/**
 * The reads a file store answers from the dataset in memory, for the read-write and the
 * read-only store alike. Each read is refused once the store is closed.
 */
export class DatasetReads {
  constructor(
    private readonly currentState: () => DatasetState,
    private readonly ensureOpen: () => void,
    /** Makes sure what the query covers is in memory (a lazily opened store reads its shards). */
    private readonly prepareQuery: (query: ObservationQuery) => void = () => undefined,
  ) {}

  async readCatalog(): Promise<Catalog> {
    this.ensureOpen();
    return structuredClone(this.currentState().catalog);
  }

  async readObservations(query: ObservationQuery): Promise<Observation[]> {
    this.ensureOpen();
    this.prepareQuery(query);
    return this.currentState().query(query);
  }

  async readMeta(name: string): Promise<unknown> {
    this.ensureOpen();
    return this.currentState().readMeta(name);
  }

  async listMeta(): Promise<string[]> {
    this.ensureOpen();
    return this.currentState().metaNames();
  }
}

/** The size and count of the dataset's files as they are on disk now. */
export function datasetFolderStats(directory: string): StoreStats {
  const files = listDatasetFiles(directory);
  const sizeBytes = files.reduce((total, file) => total + fileSize(join(directory, file)), 0);
  return { location: directory, sizeBytes, fileCount: files.length, schemaVersion: SCHEMA_VERSION };
}
