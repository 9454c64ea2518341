import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/api';
import { EMPTY_CATALOG, observationKey, type Catalog } from '../../shared/model';
import { createBackup, latestBackupId } from './backups';
import { DatasetState, type Shard } from './dataset-state';
import { listFiles } from './durable-fs';
import type { StoreEngine } from './engine';
import { DamagedFileError, ReadOnlyStoreError, StoreVersionError } from './errors';
import { CatalogFileSchema, fileVersion, MetaFileSchema, SCHEMA_VERSION, ShardFileSchema } from './file-schemas';
import { commitFileSet, recoverJournals } from './journal';
import {
  CATALOG_FILE,
  isMetaFile,
  listDatasetFiles,
  META_FOLDER,
  metaFile,
  OBSERVATIONS_FOLDER,
  shardFile,
} from './layout';
import { migrate } from './migrations';
import { StringPool } from './intern';
import { moveAside } from './move-aside';
import { plainShard } from './plain-shard';

export interface LoadedDataset {
  state: DatasetState;
  notices: StoreNotice[];
}

interface LoadContext {
  directory: string;
  engine: StoreEngine;
  now: () => Date;
  /** A folder that cannot be written: nothing is moved, finished or removed; a damaged file is reported where it is. */
  readOnly?: boolean;
}

const TEMP_FILE = /\.json\.tmp-[0-9a-f]+$/;

/** Temporary files of writes a crash cut short: never part of the dataset. */
function removeStrayTempFiles(directory: string): void {
  const stray = [
    ...readdirSync(directory).filter((file) => TEMP_FILE.test(file)),
    ...[OBSERVATIONS_FOLDER, META_FOLDER].flatMap((folder) =>
      listFiles(join(directory, folder))
        .filter((file) => TEMP_FILE.test(file))
        .map((file) => `${folder}/${file}`),
    ),
  ];
  for (const file of stray) rmSync(join(directory, file), { force: true });
}

/** What the loaded files add up to, before it becomes a DatasetState. */
class Contents {
  catalog: Catalog = EMPTY_CATALOG;
  readonly shards: Shard[] = [];
  readonly meta = new Map<string, unknown>();
  private readonly strings = new StringPool();

  /** Takes a current-version file in; false when it fails its schema or sits under the wrong name. */
  add(file: string, content: unknown): boolean {
    if (file === CATALOG_FILE) {
      const parsed = CatalogFileSchema.safeParse(content);
      if (parsed.success) this.catalog = { zones: parsed.data.zones, indicators: parsed.data.indicators };
      return parsed.success;
    }
    if (isMetaFile(file)) {
      const parsed = MetaFileSchema.safeParse(content);
      if (!parsed.success || metaFile(parsed.data.name) !== file) return false;
      this.meta.set(parsed.data.name, parsed.data.value);
      return true;
    }
    const shard = plainShard(content) ?? ShardFileSchema.safeParse(content).data;
    if (!shard) return false;
    const { zoneId, year, observations } = shard;
    if (shardFile(zoneId, year) !== file) return false;
    const byKey = new Map(
      observations.map((observation) => [observationKey(observation), this.strings.observation(observation)]),
    );
    this.shards.push({ zoneId, year, observations: byKey });
    return true;
  }
}

/** Brings files older than SCHEMA_VERSION up to it, after a backup, in one journaled change. */
function upgrade({ directory, engine, now }: LoadContext, old: Map<string, unknown>): Map<string, unknown> {
  const version = Math.min(...[...old.values()].map(fileVersion));
  createBackup(directory, engine, {
    reason: { kind: 'upgrading', from: version, to: SCHEMA_VERSION },
    now: now(),
    schemaVersion: version,
  });
  const migrated = migrate(old, version, { now: now() });
  const write = new Map<string, Record<string, unknown>>();
  for (const [file, content] of migrated) {
    if (content !== old.get(file) && content !== null && typeof content === 'object' && !Array.isArray(content))
      write.set(file, content as Record<string, unknown>);
  }
  const remove = [...old.keys()].filter((file) => !migrated.has(file));
  if (commitFileSet(directory, engine, { write, remove }) === 'pending') recoverJournals(directory);
  return migrated;
}

/**
 * Opens the dataset folder's content: finishes or drops an interrupted commit, upgrades old files,
 * and checks every file. A damaged file is moved aside with a notice; the rest still loads.
 * Files are checked one by one as they are read, so only one file's raw JSON is held at a time.
 */
export function loadDataset(context: LoadContext): LoadedDataset {
  const { directory, engine, now, readOnly = false } = context;
  if (!readOnly) {
    recoverJournals(directory);
    removeStrayTempFiles(directory);
  }
  const notices: StoreNotice[] = [];
  const damaged = (file: string) =>
    notices.push(
      readOnly
        ? {
            kind: 'damaged-file',
            file: join(directory, file),
            movedTo: join(directory, file),
            at: now().toISOString(),
            latestBackupId: latestBackupId(directory),
          }
        : moveAside(directory, file, now(), latestBackupId(directory)),
    );
  const contents = new Contents();
  const old = new Map<string, unknown>();
  for (const file of listDatasetFiles(directory)) {
    let content: unknown;
    try {
      content = engine.openFile(directory, file).read();
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      damaged(file);
      continue;
    }
    const version = fileVersion(content);
    if (version > SCHEMA_VERSION) throw new StoreVersionError(directory, version, SCHEMA_VERSION);
    if (version < SCHEMA_VERSION) old.set(file, content);
    else if (!contents.add(file, content)) damaged(file);
  }
  if (old.size > 0 && readOnly)
    throw new ReadOnlyStoreError(directory, 'its files are from an older Zone Stats and must be upgraded first');
  if (old.size > 0) {
    for (const [file, content] of upgrade(context, old)) if (!contents.add(file, content)) damaged(file);
  }
  return { state: DatasetState.of(contents.catalog, contents.shards, contents.meta), notices };
}
