import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './durable-fs';

/**
 * Where each part of a dataset lives inside its folder. The catalog is one small file; the
 * observations are sharded one file per zone and year (60 indicators × 12 months × 2 bases with
 * their history stay well under 1 MB), so saving one figure rewrites one small file.
 */
export const CATALOG_FILE = 'catalog.json';
export const OBSERVATIONS_FOLDER = 'observations';
/** Small named documents beside the observations (entry statuses, deleted observations). */
export const META_FOLDER = 'meta';
export const JOURNAL_FOLDER = 'journal';
export const BACKUPS_FOLDER = 'backups';
export const LOCK_FILE = 'store.lock';
/** Small commits not yet written into their shards (wal.ts). */
export const WAL_FILE = 'wal.log';

const SHARD_FILE = /^observations\/zone-[a-z0-9_-]+\/\d{4}\.json$/;
const META_FILE = /^meta\/[a-z0-9_-]+\.json$/;
/** Keeps `<name>.json.tmp-<16>` (conf's temporary file) well inside the 255 bytes a file name may have. */
const MAX_META_NAME = 120;

/**
 * A zone id as a folder name that no file system confuses with another: ids are case-sensitive
 * but macOS and Windows names are not, and Windows drops a trailing dot. Lower-case letters,
 * digits and `-` stay; anything else becomes `_` and its two hex digits (`A` → `_41`).
 */
export function fileSafeId(id: string): string {
  return id.replace(/[^a-z0-9-]/g, (char) => `_${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function shardFile(zoneId: string, year: number): string {
  return `${OBSERVATIONS_FOLDER}/zone-${fileSafeId(zoneId)}/${String(year).padStart(4, '0')}.json`;
}

export function isShardFile(file: string): boolean {
  return SHARD_FILE.test(file);
}

/** The year of a shard file's name (`…/2024.json` → 2024). */
export function shardFileYear(file: string): number {
  return Number(file.slice(-'0000.json'.length, -'.json'.length));
}

/** A long name is cut and completed with a hash of the whole; the file itself records the name. */
export function metaFile(name: string): string {
  const safe = fileSafeId(name);
  const short =
    safe.length <= MAX_META_NAME
      ? safe
      : `${safe.slice(0, MAX_META_NAME - 17)}-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
  return `${META_FOLDER}/${short}.json`;
}

export function isMetaFile(file: string): boolean {
  return META_FILE.test(file);
}

function filesIn(directory: string, folder: string, belongs: (file: string) => boolean): string[] {
  return listFiles(join(directory, folder))
    .map((file) => `${folder}/${file}`)
    .filter(belongs);
}

/** The dataset's own files (relative, `/`-separated): not backups, journal, write-ahead log, lock or damaged copies. */
export function listDatasetFiles(directory: string): string[] {
  const catalog = existsSync(join(directory, CATALOG_FILE)) ? [CATALOG_FILE] : [];
  return [
    ...catalog,
    ...filesIn(directory, OBSERVATIONS_FOLDER, isShardFile),
    ...filesIn(directory, META_FOLDER, isMetaFile),
  ];
}
