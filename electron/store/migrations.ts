import { SCHEMA_VERSION } from './file-schemas';

/** A dataset's files as read from disk: relative file name → parsed JSON. */
export type DatasetFiles = ReadonlyMap<string, unknown>;

export interface MigrationContext {
  now: Date;
}

/**
 * One step from version n to n + 1 over the whole folder: it may rewrite, add or drop files.
 * Our own code rather than conf's `migrations` option, which works per file and is documented as buggy.
 */
export type Migration = (files: DatasetFiles, context: MigrationContext) => Map<string, unknown>;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Version 0: files written before the format had a version. Observations then carried no
 * `updatedAt` and no `history`; they get the time of the upgrade and an empty history.
 */
const fromUnversioned: Migration = (files, { now }) => {
  const migrated = new Map<string, unknown>();
  for (const [file, content] of files) {
    if (!isObject(content)) {
      migrated.set(file, content);
      continue;
    }
    const observations = Array.isArray(content.observations)
      ? content.observations.map((observation: unknown) =>
          isObject(observation) ? { updatedAt: now.toISOString(), history: [], ...observation } : observation,
        )
      : content.observations;
    migrated.set(file, { ...content, ...(observations === undefined ? {} : { observations }), schemaVersion: 1 });
  }
  return migrated;
};

/** MIGRATIONS[n] takes a dataset from version n to n + 1. */
export const MIGRATIONS: readonly Migration[] = [fromUnversioned];

if (MIGRATIONS.length !== SCHEMA_VERSION) throw new Error('one migration per schema version is expected');

/** Runs every step from `version` up to the current one. */
export function migrate(
  files: DatasetFiles,
  version: number,
  context: MigrationContext,
  migrations: readonly Migration[] = MIGRATIONS,
): Map<string, unknown> {
  let current = new Map(files);
  for (let step = version; step < migrations.length; step++) current = migrations[step]!(current, context);
  return current;
}
