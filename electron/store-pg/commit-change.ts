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
const DIFFERS =
  '(o.value, o.yoy_pct, o.source, o.note, o.updated_at, o.history::text) IS DISTINCT FROM (s.value, s.yoy_pct, s.source, s.note, s.updated_at, s.history::text)';
/** Stored rows a blind write should change: those the UPDATE skipped are rows row-level security hid from it. */
const BLIND_DUE = `FROM ${STAGING} s JOIN ${SCHEMA}.observations o ON ${SAME_KEY} WHERE s.based_on IS NULL AND ${DIFFERS}`;
const COLUMNS =
  'zone_id, indicator_id, period, basis, value, yoy_pct, source, note, updated_at, history, version, based_on, changed_by, changed_at';

/**
 * The staged rows into observations, in one statement (one round trip, most of what a one-cell save
 * costs); its parts touch different rows and each sees the table as it was before the statement.
 * - blind (no version given): stored rows updated where a figure differs (an UPDATE, cheaper than
 *   ON CONFLICT's lock-then-update for an import of existing figures), new ones inserted (if
 *   another writer inserts one first, it is overwritten, as a blind write means).
 * - based on a version: written only if the stored row is still at that version (0: absent);
 *   `ON CONFLICT … WHERE` makes that check and the write one step, so a writer committing in
 *   between is seen, never overwritten.
 * Returns the version-checked keys that landed, and how many blind updates row-level security
 * silently skipped (an UPDATE filters the rows a policy hides instead of failing).
 */
const MERGE_STAGED = `WITH
  blind_updated AS (
    UPDATE ${SCHEMA}.observations o SET value = s.value, yoy_pct = s.yoy_pct, source = s.source, note = s.note, updated_at = s.updated_at, history = s.history,
      version = o.version + 1, based_on = NULL, changed_by = current_user, changed_at = now()
    FROM ${STAGING} s
    WHERE s.based_on IS NULL AND ${SAME_KEY}
      AND ${DIFFERS}
    RETURNING 1),
  blind_inserted AS (
    INSERT INTO ${SCHEMA}.observations AS o (${COLUMNS})
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, ${STAGED_FIGURES}, 1, NULL, current_user, now()
    FROM ${STAGING} s
    WHERE s.based_on IS NULL AND NOT EXISTS (SELECT 1 FROM ${SCHEMA}.observations o WHERE ${SAME_KEY})
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET
      value = excluded.value, yoy_pct = excluded.yoy_pct, source = excluded.source, note = excluded.note, updated_at = excluded.updated_at,
      history = excluded.history, version = o.version + 1, based_on = NULL, changed_by = excluded.changed_by, changed_at = excluded.changed_at),
  based AS (
    INSERT INTO ${SCHEMA}.observations AS o (${COLUMNS})
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, ${STAGED_FIGURES}, 1, s.based_on, current_user, now()
    FROM ${STAGING} s
    WHERE s.based_on IS NOT NULL AND (s.based_on = 0 OR EXISTS (SELECT 1 FROM ${SCHEMA}.observations o WHERE ${SAME_KEY}))
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET
      value = excluded.value, yoy_pct = excluded.yoy_pct, source = excluded.source, note = excluded.note, updated_at = excluded.updated_at,
      history = excluded.history, version = o.version + 1, based_on = excluded.based_on, changed_by = excluded.changed_by, changed_at = excluded.changed_at
    WHERE o.version = excluded.based_on
    RETURNING o.zone_id, o.indicator_id, o.period, o.basis)
  SELECT zone_id, indicator_id, period, basis, NULL::bigint AS skipped FROM based
  UNION ALL SELECT NULL, NULL, NULL, NULL, (SELECT count(*) ${BLIND_DUE}) - (SELECT count(*) FROM blind_updated)`;

/** Refused by PostgreSQL's row-level security: a zone not granted to this user, or a verified month. */
async function refuseSkipped(client: ClientBase, skipped: number): Promise<never> {
  const { rows } = await client.query<{ zone_id: string; period: string }>(
    `SELECT s.zone_id, s.period ${BLIND_DUE} ORDER BY 1, 2 LIMIT 3`,
  );
  const places = rows.map((row) => `${row.zone_id} ${row.period}`).join(', ');
  throw new Error(
    `The database refused to change ${skipped} figure(s) under its row-level security policy (a zone not granted to you, or a verified month: ${places}); nothing was saved.`,
  );
}

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
  const { rows: result } = await client.query<[string, string, string, 'month' | 'ytd', string | null]>({
    text: MERGE_STAGED,
    rowMode: 'array',
  });
  const skipped = Number(result.find((row) => row[4] !== null)?.[4] ?? 0);
  if (skipped > 0) await refuseSkipped(client, skipped);
  const written = result.filter((row) => row[4] === null);
  const landed = new Set(
    written.map(([zoneId, indicatorId, period, basis]) => observationKey({ zoneId, indicatorId, period, basis })),
  );
  // The staging table empties itself when the transaction ends (ON COMMIT DELETE ROWS).
  const keyOf = (row: (typeof rows)[number]) => `${row[0]}|${row[1]}|${row[2]}|${row[3]}`;
  return rows.filter((row) => row[10] !== null && !landed.has(keyOf(row))).map(keyOf);
}

/** Removes the keys; those based on a version are checked (and locked) first. */
async function removeObservations(
  client: ClientBase,
  keys: ObservationKey[],
  expected: ReadonlyMap<string, number>,
): Promise<string[]> {
  const based = keys.filter((key) => expected.has(observationKey(key)));
  const conflicted: string[] = [];
  if (based.length > 0) {
    const current = await readVersions(client, based, true);
    for (const key of based.map(observationKey))
      if ((current.get(key) ?? 0) !== expected.get(key)) conflicted.push(key);
  }
  await client.query(
    `DELETE FROM ${SCHEMA}.observations o USING unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(zone_id, indicator_id, period, basis)
     WHERE o.zone_id = k.zone_id AND o.indicator_id = k.indicator_id AND o.period = k.period AND o.basis = k.basis`,
    keyArrays(keys),
  );
  return conflicted;
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
    throw error;
  }
  conflicted = [...new Set(conflicted)];
  throw new StoreConflictError(await conflictReport(client, conflicted, expected));
}
