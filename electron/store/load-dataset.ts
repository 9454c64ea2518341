import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/api';
import { EMPTY_CATALOG, observationKey, type Catalog } from '../../shared/model';
import { createBackup, latestBackupId } from './backups';
import { DatasetState, type Shard } from './dataset-state';
import { listFiles } from './durable-fs';
import type { StoreEngine } from './engine';
import { DamagedFileError, StoreVersionError } from './errors';
import { CatalogFileSchema, fileVersion, MetaFileSchema, SCHEMA_VERSION, ShardFileSchema } from './file-schemas';
import { commitFileSet, recoverJournals } from './journal';
import { CATALOG_FILE, isMetaFile, listDatasetFiles, metaFile, OBSERVATIONS_FOLDER, shardFile } from './layout';
import { migrate } from './migrations';
import { moveAside } from './move-aside';

export interface LoadedDataset {
  state: DatasetState;
  notices: StoreNotice[];
}

interface LoadContext {
  directory: string;
  engine: StoreEngine;
  now: () => Date;
}

const TEMP_FILE = /\.json\.tmp-[0-9a-f]+$/;

/** Temporary files of writes a crash cut short: never part of the dataset. */
function removeStrayTempFiles(directory: string): void {
  const stray = [
    ...readdirSync(directory).filter((file) => TEMP_FILE.test(file)),
    ...listFiles(join(directory, OBSERVATIONS_FOLDER))
      .filter((file) => TEMP_FILE.test(file))
      .map((file) => `${OBSERVATIONS_FOLDER}/${file}`),
  ];
  for (const file of stray) rmSync(join(directory, file), { force: true });
}

function readFiles({ directory, engine, now }: LoadContext, notices: StoreNotice[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  for (const file of listDatasetFiles(directory)) {
    try {
      files.set(file, engine.openFile(directory, file).read());
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      notices.push(moveAside(directory, file, now(), latestBackupId(directory)));
    }
  }
  return files;
}

/** Brings older files up to SCHEMA_VERSION, after a backup, all in one journaled change. */
function upgrade(context: LoadContext, files: Map<string, unknown>): Map<string, unknown> {
  const versions = [...files.values()].map(fileVersion);
  const newest = Math.max(...versions, 0);
  if (newest > SCHEMA_VERSION) throw new StoreVersionError(context.directory, newest, SCHEMA_VERSION);
  const version = Math.min(...versions, SCHEMA_VERSION);
  if (version === SCHEMA_VERSION) return files;
  const { directory, engine, now } = context;
  createBackup(directory, engine, { reason: `before upgrading the dataset from schema version ${version} to ${SCHEMA_VERSION}`, now: now(), schemaVersion: version });
  const migrated = migrate(files, version, { now: now() });
  const write = new Map<string, Record<string, unknown>>();
  for (const [file, content] of migrated) {
    if (content !== files.get(file) && content !== null && typeof content === 'object' && !Array.isArray(content)) write.set(file, content as Record<string, unknown>);
  }
  const remove = [...files.keys()].filter((file) => !migrated.has(file));
  if (commitFileSet(directory, engine, { write, remove }) === 'pending') recoverJournals(directory);
  return migrated;
}

/** The shard a file holds, or null when it fails the schema or sits under another zone's or year's name. */
function toShard(file: string, content: unknown): Shard | null {
  const parsed = ShardFileSchema.safeParse(content);
  if (!parsed.success) return null;
  const { zoneId, year, observations } = parsed.data;
  if (shardFile(zoneId, year) !== file) return null;
  return { zoneId, year, observations: new Map(observations.map((observation) => [observationKey(observation), observation])) };
}

/**
 * Opens the dataset folder's content: finishes or drops an interrupted commit, upgrades old files,
 * and checks every file. A damaged file is moved aside with a notice; the rest still loads.
 */
export function loadDataset(context: LoadContext): LoadedDataset {
  const { directory } = context;
  recoverJournals(directory);
  removeStrayTempFiles(directory);
  const notices: StoreNotice[] = [];
  const files = upgrade(context, readFiles(context, notices));
  let catalog: Catalog = EMPTY_CATALOG;
  const shards: Shard[] = [];
  const meta = new Map<string, unknown>();
  const damaged = (file: string) => notices.push(moveAside(directory, file, context.now(), latestBackupId(directory)));
  for (const [file, content] of files) {
    if (content === undefined) continue;
    if (file === CATALOG_FILE) {
      const parsed = CatalogFileSchema.safeParse(content);
      if (parsed.success) catalog = { zones: parsed.data.zones, indicators: parsed.data.indicators };
      else damaged(file);
      continue;
    }
    if (isMetaFile(file)) {
      const parsed = MetaFileSchema.safeParse(content);
      if (parsed.success && metaFile(parsed.data.name) === file) meta.set(parsed.data.name, parsed.data.value);
      else damaged(file);
      continue;
    }
    const shard = toShard(file, content);
    if (shard === null) damaged(file);
    else shards.push(shard);
  }
  return { state: DatasetState.of(catalog, shards, meta), notices };
}
