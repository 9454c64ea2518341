import type { ClientBase } from 'pg';
import type { DatasetChange } from '../../shared/app/ports';
import { StoreConflictError, type StoreConflict } from '../../shared/app/store-conflict';
import { observationKey, type Observation, type ObservationKey } from '../../shared/model';
import { writeCatalog } from './catalog-rows';
import { copyRows } from './copy-in';
import { writeDocument } from './documents';
import { SCHEMA } from './migrations';
import { notifySql } from './commit-feed';
import { readCurrent } from './observation-rows';
import { removeObservations } from './remove-observations';
import { isRowSecurityError, RowsHiddenByPolicyError, rowSecurityRefusal } from './row-security-refusal';
import { statusDocumentZone, syncVerifiedMonths } from './verified-months';

/** Per connection: the rows of one commit, emptied when it ends. */
export const STAGING = 'zone_stats_staging';
export const CREATE_STAGING_SQL = `CREATE TEMP TABLE IF NOT EXISTS ${STAGING} (
  zone_id text COLLATE "C" NOT NULL, indicator_id text COLLATE "C" NOT NULL, period text COLLATE "C" NOT NULL, basis text COLLATE "C" NOT NULL,
  value double precision, yoy_pct double precision, source text NOT NULL, note text NOT NULL, updated_at text NOT NULL,
  history json NOT NULL, based_on bigint
) ON COMMIT DELETE ROWS`;

const STAGING_COLUMNS = [
  'zone_id',
  'indicator_id',
  'period',
  'basis',
  'value',
  'yoy_pct',
  'source',
  'note',
  'updated_at',
  'history',
  'based_on',
];

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

const SAME_KEY =
  'o.zone_id = s.zone_id AND o.indicator_id = s.indicator_id AND o.period = s.period AND o.basis = s.basis';
const STAGED_FIGURES = 's.value, s.yoy_pct, s.source, s.note, s.updated_at, s.history';
/** A blind write leaves a stored row alone when it would change nothing (not even its version). */
const DIFFERS =
  '(o.value, o.yoy_pct, o.source, o.note, o.updated_at, o.history::text) IS DISTINCT FROM (excluded.value, excluded.yoy_pct, excluded.source, excluded.note, excluded.updated_at, excluded.history::text)';
const COLUMNS =
  'zone_id, indicator_id, period, basis, value, yoy_pct, source, note, updated_at, history, version, based_on, changed_by, changed_at';
const SET_STAGED = `value = excluded.value, yoy_pct = excluded.yoy_pct, source = excluded.source, note = excluded.note, updated_at = excluded.updated_at,
      history = excluded.history, version = o.version + 1, based_on = excluded.based_on, changed_by = excluded.changed_by, changed_at = excluded.changed_at`;

/**
 * The staged rows into observations, in one statement (one round trip, most of what a one-cell save
 * costs); its parts touch different rows and each sees the table as it was before the statement.
 * Each staged row is one probe of the primary key: `ON CONFLICT … DO UPDATE` inserts or updates in
 * one step, and where row-level security hides the stored row from the update it fails the
 * statement (a plain UPDATE would skip the row silently).
 * - blind (no version given): inserted, or the stored row updated where a figure differs (if another
 *   writer inserts one first, it is overwritten, as a blind write means).
 * - based on a version: written only if the stored row is still at that version (0: absent);
 *   `ON CONFLICT … WHERE` makes that check and the write one step, so a writer committing in
 *   between is seen, never overwritten.
 * Returns the version-checked keys that landed.
 */
const MERGE_STAGED = `WITH
  blind AS (
    INSERT INTO ${SCHEMA}.observations AS o (${COLUMNS})
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, ${STAGED_FIGURES}, 1, NULL, session_user, now()
    FROM ${STAGING} s
    WHERE s.based_on IS NULL
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET ${SET_STAGED}
    WHERE ${DIFFERS}),
  based AS (
    INSERT INTO ${SCHEMA}.observations AS o (${COLUMNS})
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, ${STAGED_FIGURES}, 1, s.based_on, session_user, now()
    FROM ${STAGING} s
    WHERE s.based_on IS NOT NULL AND (s.based_on = 0 OR EXISTS (SELECT 1 FROM ${SCHEMA}.observations o WHERE ${SAME_KEY}))
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET ${SET_STAGED}
    WHERE o.version = excluded.based_on
    RETURNING o.zone_id, o.indicator_id, o.period, o.basis)
  SELECT zone_id, indicator_id, period, basis FROM based`;

function parseKey(key: string): ObservationKey {
  const [zoneId, indicatorId, period, basis] = key.split('|') as [string, string, string, 'month' | 'ytd'];
  return { zoneId, indicatorId, period, basis };
}

async function upsertObservations(
  client: ClientBase,
  observations: Observation[],
  expected: ReadonlyMap<string, number>,
): Promise<string[]> {
  const rows = lastOfEachKey(observations).map((o) => {
    const basedOn = expected.get(observationKey(o));
    return [
      o.zoneId,
      o.indicatorId,
      o.period,
      o.basis,
      o.value,
      o.yoyPct,
      o.source,
      o.note,
      o.updatedAt,
      JSON.stringify(o.history),
      basedOn ?? null,
    ];
  });
  await copyRows(client, STAGING, STAGING_COLUMNS, rows);
  const { rows: written } = await client.query<[string, string, string, 'month' | 'ytd']>({
    text: MERGE_STAGED,
    rowMode: 'array',
  });
  const landed = new Set(
    written.map(([zoneId, indicatorId, period, basis]) => observationKey({ zoneId, indicatorId, period, basis })),
  );
  // The staging table empties itself when the transaction ends (ON COMMIT DELETE ROWS).
  const keyOf = (row: (typeof rows)[number]) => `${row[0]}|${row[1]}|${row[2]}|${row[3]}`;
  return rows.filter((row) => row[10] !== null && !landed.has(keyOf(row))).map(keyOf);
}

async function conflictReport(
  client: ClientBase,
  keys: string[],
  expected: ReadonlyMap<string, number>,
): Promise<StoreConflict[]> {
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
 * One change in one transaction: catalog, documents (an entry-status document with verified_months
 * following it), removals, then upserts (COPY into the staging
 * table, then merged), and a notification other connections receive once it commits. A conflict
 * rolls the whole change back and throws StoreConflictError with the other figures.
 */
export async function commitChange(
  client: ClientBase,
  change: DatasetChange,
  expected: ReadonlyMap<string, number>,
): Promise<void> {
  await client.query('BEGIN');
  let conflicted: string[] = [];
  try {
    if (change.catalog) await writeCatalog(client, change.catalog);
    for (const [name, value] of Object.entries(change.meta ?? {})) {
      await writeDocument(client, name, value);
      const statusZone = statusDocumentZone(name);
      if (statusZone !== null) await syncVerifiedMonths(client, statusZone, value);
    }
    if (change.remove?.length) conflicted.push(...(await removeObservations(client, change.remove, expected)));
    if (change.upsert?.length) conflicted.push(...(await upsertObservations(client, change.upsert, expected)));
    if (conflicted.length === 0) {
      await client.query(`${notifySql(change)}; COMMIT`);
      return;
    }
    await client.query('ROLLBACK');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (!isRowSecurityError(error) && !(error instanceof RowsHiddenByPolicyError)) throw error;
    throw await rowSecurityRefusal(client, [...(change.upsert ?? []), ...(change.remove ?? [])], error as Error);
  }
  conflicted = [...new Set(conflicted)];
  throw new StoreConflictError(await conflictReport(client, conflicted, expected));
}
