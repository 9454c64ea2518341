import type { ClientBase } from 'pg';
import type { DatasetChange } from '../../shared/app/ports';
import { StoreConflictError, type StoreConflict } from '../../shared/app/store-conflict';
import { observationKey, type Observation, type ObservationKey } from '../../shared/model';
import { writeCatalog } from './catalog-rows';
import { copyRows } from './copy-in';
import { writeDocument } from './documents';
import { SCHEMA } from './migrations';
import { notifySql } from './commit-feed';
import { keyArrays, readCurrent, readVersions } from './observation-rows';

/** Per connection: the rows of one commit, emptied when it ends. */
export const STAGING = 'zone_stats_staging';
export const CREATE_STAGING_SQL = `CREATE TEMP TABLE IF NOT EXISTS ${STAGING} (
  zone_id text COLLATE "C" NOT NULL, indicator_id text COLLATE "C" NOT NULL, period text COLLATE "C" NOT NULL, basis text COLLATE "C" NOT NULL,
  value double precision, yoy_pct double precision, source text NOT NULL, note text NOT NULL, updated_at text NOT NULL,
  history json NOT NULL, revision_count integer NOT NULL, based_on bigint
) ON COMMIT DELETE ROWS`;

const ANALYZE_FROM_ROWS = 1000;

const STAGING_COLUMNS = ['zone_id', 'indicator_id', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note', 'updated_at', 'history', 'revision_count', 'based_on'];

/** The last of each key wins, as when the file store applies the list in order. */
function lastOfEachKey(observations: readonly Observation[]): Observation[] {
  const byKey = new Map<string, Observation>();
  for (const observation of observations) {
    const key = observationKey(observation);
    byKey.delete(key);
    byKey.set(key, observation);
  }
  return [...byKey.values()];
}

/**
 * The staged rows into observations. A row based on a version updates only if the stored row is
 * still at that version (0: still absent); `ON CONFLICT … WHERE` makes that check and the write one
 * step, so a writer that commits in between is seen, never overwritten. A row without a version
 * that is the same as the stored one is left alone (its version stays: nothing changed).
 */
function mergeSql(based: boolean): string {
  return `INSERT INTO ${SCHEMA}.observations AS o (zone_id, indicator_id, period, basis, value, yoy_pct, source, note, updated_at, revision_count, version, based_on, changed_by, changed_at)
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, s.value, s.yoy_pct, s.source, s.note, s.updated_at, s.revision_count, 1, s.based_on, current_user, now()
    FROM ${STAGING} s
    WHERE ${based ? `s.based_on IS NOT NULL AND (s.based_on = 0 OR EXISTS (SELECT 1 FROM ${SCHEMA}.observations x
      WHERE x.zone_id = s.zone_id AND x.indicator_id = s.indicator_id AND x.period = s.period AND x.basis = s.basis))` : 's.based_on IS NULL'}
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET
      value = excluded.value, yoy_pct = excluded.yoy_pct, source = excluded.source, note = excluded.note, updated_at = excluded.updated_at,
      revision_count = excluded.revision_count, version = o.version + 1, based_on = excluded.based_on, changed_by = excluded.changed_by, changed_at = excluded.changed_at
    ${based ? 'WHERE o.version = excluded.based_on' : `WHERE (o.value, o.yoy_pct, o.source, o.note, o.updated_at, o.revision_count) IS DISTINCT FROM
      (excluded.value, excluded.yoy_pct, excluded.source, excluded.note, excluded.updated_at, excluded.revision_count)`}
    ${based ? 'RETURNING o.zone_id, o.indicator_id, o.period, o.basis' : ''}`;
}

const SAME_KEY = 'r.zone_id = s.zone_id AND r.indicator_id = s.indicator_id AND r.period = s.period AND r.basis = s.basis';

/** Revisions beyond a staged history's length, where the stored one was longer. */
const REMOVE_SURPLUS_REVISIONS = `DELETE FROM ${SCHEMA}.revisions r USING ${STAGING} s, ${SCHEMA}.observations o
  WHERE o.zone_id = s.zone_id AND o.indicator_id = s.indicator_id AND o.period = s.period AND o.basis = s.basis AND o.revision_count > s.revision_count
    AND ${SAME_KEY} AND r.ordinal > s.revision_count`;

/**
 * Each staged history written by position. A history only grows at its end (the replaced figure is
 * appended), so the earlier positions are found unchanged and neither written nor locked.
 */
const UPSERT_STAGED_REVISIONS = `INSERT INTO ${SCHEMA}.revisions AS r (zone_id, indicator_id, period, basis, ordinal, value, yoy_pct, source, note, replaced_at)
  SELECT h.* FROM (
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, e.ordinal::integer AS ordinal, (e.revision->>'value')::double precision AS value,
      (e.revision->>'yoyPct')::double precision AS yoy_pct, e.revision->>'source' AS source, e.revision->>'note' AS note, e.revision->>'replacedAt' AS replaced_at
    FROM ${STAGING} s CROSS JOIN LATERAL json_array_elements(s.history) WITH ORDINALITY AS e(revision, ordinal)
    WHERE s.revision_count > 0) h
  LEFT JOIN ${SCHEMA}.revisions old ON old.zone_id = h.zone_id AND old.indicator_id = h.indicator_id AND old.period = h.period AND old.basis = h.basis AND old.ordinal = h.ordinal
  WHERE old.ordinal IS NULL OR (old.value, old.yoy_pct, old.source, old.note, old.replaced_at) IS DISTINCT FROM (h.value, h.yoy_pct, h.source, h.note, h.replaced_at)
  ON CONFLICT (zone_id, indicator_id, period, basis, ordinal) DO UPDATE SET
    value = excluded.value, yoy_pct = excluded.yoy_pct, source = excluded.source, note = excluded.note, replaced_at = excluded.replaced_at
  WHERE (r.value, r.yoy_pct, r.source, r.note, r.replaced_at) IS DISTINCT FROM (excluded.value, excluded.yoy_pct, excluded.source, excluded.note, excluded.replaced_at)`;

/**
 * The whole merge as one statement (one round trip, which is most of a one-cell save): every part
 * sees the tables as they were before it, which is what each needs (the stored history lengths,
 * the stored revisions), and touches rows the others do not. Returns the version-checked rows that landed.
 */
const MERGE_STAGED = `WITH surplus AS (${REMOVE_SURPLUS_REVISIONS}),
  blind AS (${mergeSql(false)}),
  based AS (${mergeSql(true)}),
  history AS (${UPSERT_STAGED_REVISIONS})
  SELECT zone_id, indicator_id, period, basis FROM based`;

function parseKey(key: string): ObservationKey {
  const [zoneId, indicatorId, period, basis] = key.split('|') as [string, string, string, 'month' | 'ytd'];
  return { zoneId, indicatorId, period, basis };
}

async function upsertObservations(client: ClientBase, observations: Observation[], expected: ReadonlyMap<string, number>): Promise<string[]> {
  const rows = lastOfEachKey(observations).map((o) => {
    const basedOn = expected.get(observationKey(o));
    return [o.zoneId, o.indicatorId, o.period, o.basis, o.value, o.yoyPct, o.source, o.note, o.updatedAt, JSON.stringify(o.history), o.history.length, basedOn ?? null];
  });
  await copyRows(client, STAGING, STAGING_COLUMNS, rows);
  // Without statistics the planner takes the staging table for a few rows and joins a large import row by row.
  if (rows.length > ANALYZE_FROM_ROWS) await client.query(`ANALYZE ${STAGING}`);
  const { rows: written } = await client.query<[string, string, string, 'month' | 'ytd']>({ text: MERGE_STAGED, rowMode: 'array' });
  const landed = new Set(written.map(([zoneId, indicatorId, period, basis]) => observationKey({ zoneId, indicatorId, period, basis })));
  // The staging table empties itself when the transaction ends (ON COMMIT DELETE ROWS).
  return rows.filter((row) => row[11] !== null && !landed.has(`${row[0]}|${row[1]}|${row[2]}|${row[3]}`)).map((row) => `${row[0]}|${row[1]}|${row[2]}|${row[3]}`);
}

/** Removes the keys; those based on a version are checked (and locked) first. */
async function removeObservations(client: ClientBase, keys: ObservationKey[], expected: ReadonlyMap<string, number>): Promise<string[]> {
  const based = keys.filter((key) => expected.has(observationKey(key)));
  const conflicted: string[] = [];
  if (based.length > 0) {
    const current = await readVersions(client, based, true);
    for (const key of based.map(observationKey)) if ((current.get(key) ?? 0) !== expected.get(key)) conflicted.push(key);
  }
  for (const table of ['revisions', 'observations']) {
    await client.query(
      `DELETE FROM ${SCHEMA}.${table} o USING unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(zone_id, indicator_id, period, basis)
       WHERE o.zone_id = k.zone_id AND o.indicator_id = k.indicator_id AND o.period = k.period AND o.basis = k.basis`,
      keyArrays(keys),
    );
  }
  return conflicted;
}

async function conflictReport(client: ClientBase, keys: string[], expected: ReadonlyMap<string, number>): Promise<StoreConflict[]> {
  const current = await readCurrent(client, keys.map(parseKey));
  return keys.map((key) => {
    const found = current.get(key);
    return {
      key,
      expectedVersion: expected.get(key)!,
      currentVersion: found?.version ?? 0,
      current: found?.observation ?? null,
      changedBy: found?.changedBy ?? null,
      changedAt: found?.changedAt ?? null,
    };
  });
}

/**
 * One change in one transaction: catalog, documents, removals, then upserts (COPY into the staging
 * table, then merged), and a notification other connections receive once it commits. A conflict
 * rolls the whole change back and throws StoreConflictError with the other figures.
 */
export async function commitChange(client: ClientBase, change: DatasetChange, expected: ReadonlyMap<string, number>): Promise<void> {
  await client.query('BEGIN');
  let conflicted: string[] = [];
  try {
    if (change.catalog) await writeCatalog(client, change.catalog);
    for (const [name, value] of Object.entries(change.meta ?? {})) await writeDocument(client, name, value);
    if (change.remove?.length) conflicted.push(...(await removeObservations(client, change.remove, expected)));
    if (change.upsert?.length) conflicted.push(...(await upsertObservations(client, change.upsert, expected)));
    if (conflicted.length === 0) {
      await client.query(`${notifySql(change)}; COMMIT`);
      return;
    }
    await client.query('ROLLBACK');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  conflicted = [...new Set(conflicted)];
  throw new StoreConflictError(await conflictReport(client, conflicted, expected));
}
