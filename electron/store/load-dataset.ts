import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/api';
import { EMPTY_CATALOG, type Catalog } from '../../shared/model';
import { createBackup, latestBackupId } from './backups';
import { DatasetState, type Shard } from './dataset-state';
import { listFiles } from './durable-fs';
import type { StoreEngine } from './engine';
import { DamagedFileError, ReadOnlyStoreError, StoreVersionError } from './errors';
import { CatalogFileSchema, fileVersion, MetaFileSchema, SCHEMA_VERSION } from './file-schemas';
import { commitFileSet, recoverJournals } from './journal';
import {
  CATALOG_FILE,
  isMetaFile,
  isShardFile,
  listDatasetFiles,
  META_FOLDER,
  metaFile,
  OBSERVATIONS_FOLDER,
} from './layout';
import { migrate } from './migrations';
import { moveAside } from './move-aside';
import { readShardFile, shardOf } from './read-shard';

export interface LoadedDataset {
  state: DatasetState;
  notices: StoreNotice[];
  /** Shard files left to read later: those loadDataset's `readNow` passed over. */
  unread: string[];
}

export interface LoadContext {
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

/** The notice of a damaged file, moved aside unless the folder is read-only. */
function damagedFile({ directory, now, readOnly = false }: LoadContext, file: string): StoreNotice {
  if (!readOnly) return moveAside(directory, file, now(), latestBackupId(directory));
  const path = join(directory, file);
  return {
    kind: 'damaged-file',
    file: path,
    movedTo: path,
    at: now().toISOString(),
    latestBackupId: latestBackupId(directory),
  };
}

/** A file's JSON, its text when it is a shard (for its checksum), or 'damaged' when it is not JSON. */
function readFile({ directory, engine }: LoadContext, file: string): { content: unknown; text?: string } | 'damaged' {
  try {
    return isShardFile(file) ? readShardFile(directory, file) : { content: engine.openFile(directory, file).read() };
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    return 'damaged';
  }
}

/** What the loaded files add up to, before it becomes a DatasetState. */
class Contents {
  catalog: Catalog = EMPTY_CATALOG;
  readonly shards: Shard[] = [];
  readonly meta = new Map<string, unknown>();

  /** Takes a current-version file in; false when it fails its check or sits under the wrong name. */
  add(file: string, content: unknown, text?: string): boolean {
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
    const shard = shardOf(file, content, text);
    if (shard) this.shards.push(shard);
    return shard !== null;
  }
}

/** Brings files older than SCHEMA_VERSION up to it, after a backup, in one journaled change. */
async function upgrade(
  { directory, engine, now }: LoadContext,
  old: Map<string, unknown>,
): Promise<Map<string, unknown>> {
  const version = Math.min(...[...old.values()].map(fileVersion));
  await createBackup(directory, engine, {
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
  if ((await commitFileSet(directory, engine, { write, remove })) === 'pending') await recoverJournals(directory);
  return migrated;
}

/**
 * Opens the dataset folder's content: finishes or drops an interrupted commit, upgrades old files,
 * and checks every file it reads. A damaged file is moved aside with a notice; the rest still loads.
 * Files are checked one by one as they are read, so only one file's raw JSON is held at a time.
 * Shard files `readNow` passes over are left for readShardLater (all are read when files need upgrading).
 */
export async function loadDataset(
  context: LoadContext,
  readNow: (file: string) => boolean = () => true,
): Promise<LoadedDataset> {
  const { directory, readOnly = false } = context;
  if (!readOnly) {
    await recoverJournals(directory);
    removeStrayTempFiles(directory);
  }
  const notices: StoreNotice[] = [];
  const contents = new Contents();
  const old = new Map<string, unknown>();
  const files = listDatasetFiles(directory);
  let unread = files.filter((file) => isShardFile(file) && !readNow(file));
  const read = (file: string) => {
    const found = readFile(context, file);
    if (found === 'damaged') return notices.push(damagedFile(context, file));
    const version = fileVersion(found.content);
    if (version > SCHEMA_VERSION) throw new StoreVersionError(directory, version, SCHEMA_VERSION);
    if (version < SCHEMA_VERSION) old.set(file, found.content);
    else if (!contents.add(file, found.content, found.text)) notices.push(damagedFile(context, file));
  };
  const skipped = new Set(unread);
  for (const file of files) if (!skipped.has(file)) read(file);
  // An upgrade is one change over the whole folder, so an old file means every file is read now.
  if (old.size > 0) {
    for (const file of unread) read(file);
    unread = [];
  }
  if (old.size > 0 && readOnly)
    throw new ReadOnlyStoreError(directory, 'its files are from an older Zone Stats and must be upgraded first');
  if (old.size > 0) {
    for (const [file, content] of await upgrade(context, old))
      if (!contents.add(file, content)) notices.push(damagedFile(context, file));
  }
  return { state: DatasetState.of(contents.catalog, contents.shards, contents.meta), notices, unread };
}

/**
 * A shard file loadDataset left unread, read now: its shard, or null with the notice of it moved
 * aside. Files of one folder share their version (an upgrade rewrites them all at once), so an
 * older one found here is one a backup brought back: it is upgraded in memory, and its file when it next changes.
 */
export function readShardLater(
  context: LoadContext,
  file: string,
): { shard: Shard | null; notice: StoreNotice | null } {
  const found = readFile(context, file);
  if (found === 'damaged') return { shard: null, notice: damagedFile(context, file) };
  const version = fileVersion(found.content);
  if (version > SCHEMA_VERSION) throw new StoreVersionError(context.directory, version, SCHEMA_VERSION);
  const content =
    version < SCHEMA_VERSION
      ? migrate(new Map([[file, found.content]]), version, { now: context.now() }).get(file)
      : found.content;
  const shard = shardOf(file, content, version < SCHEMA_VERSION ? undefined : found.text);
  return { shard, notice: shard ? null : damagedFile(context, file) };
}
