import type { ClientBase } from 'pg';
import type { DatasetChange } from '../../shared/app/ports';
import { StoreConflictError, type StoreConflict } from '../../shared/app/store-conflict';
import { observationKey, type Observation, type ObservationKey } from '../../shared/model';
import { writeCatalog } from './catalog-rows';
import { copyRows } from './copy-in';
import { claimsAppend, historyClaim } from './history-claim';
import { writeHistories } from './write-histories';
import { writeDocument } from './documents';
import { notifySql } from './commit-feed';
import { readCurrent } from './observation-rows';
import { removeObservations } from './remove-observations';
import { isRowSecurityError, RowsHiddenByPolicyError, rowSecurityRefusal } from './row-security-refusal';
import { statusDocumentZone, syncVerifiedMonths } from './verified-months';
import { mergeStagedSql } from './merge-staged';
import { figureFields, STAGING, STAGING_COLUMNS } from './staging';

/** The last of each key wins, as when the file store applies the list in order. */
function lastOfEachKey(observations: readonly Observation[]): Map<string, Observation> {
  const byKey = new Map<string, Observation>();
  for (const observation of observations) {
    const key = observationKey(observation);
    byKey.delete(key);
    byKey.set(key, observation);
  }
  return byKey;
}

function parseKey(key: string): ObservationKey {
  const [zoneId, indicatorId, period, basis] = key.split('|') as [string, string, string, 'month' | 'ytd'];
  return { zoneId, indicatorId, period, basis };
}

/** SQLSTATE of a write that claimed to append to a history the figure no longer has (migration 4). */
const HISTORY_NOT_APPENDED = 'ZSH01';

/**
 * The staging row of an observation, made while the COPY sends it (STAGING_COLUMNS). Where `whole`,
 * no row claims to append: every history is sent whole, after the merge.
 */
function* stagingRows(staged: ReadonlyMap<string, Observation>, expected: ReadonlyMap<string, number>, whole: boolean) {
  for (const [key, o] of staged) {
    const claim = historyClaim(o);
    yield [...figureFields(o), claim.length, claim.digest, whole ? null : claim.appendsTo, expected.get(key) ?? null];
  }
}

/** The staged rows merged, then the entries of the histories sent whole; returns the version-checked keys that did not land. */
async function mergeStaged(
  client: ClientBase,
  staged: ReadonlyMap<string, Observation>,
  expected: ReadonlyMap<string, number>,
  based: readonly string[],
  whole: boolean,
): Promise<string[]> {
  await copyRows(client, STAGING, STAGING_COLUMNS, stagingRows(staged, expected, whole));
  const { rows: written } = await client.query<[string, string, string, 'month' | 'ytd']>({
    text: mergeStagedSql({ blind: based.length < staged.size, based: based.length > 0 }),
    rowMode: 'array',
  });
  const sentWhole = [...staged.values()].filter((o) => o.history.length > 0 && (whole || !claimsAppend(o)));
  if (sentWhole.length > 0) await writeHistories(client, sentWhole);
  const landed = new Set(
    written.map(([zoneId, indicatorId, period, basis]) => observationKey({ zoneId, indicatorId, period, basis })),
  );
  return based.filter((key) => !landed.has(key));
}

/**
 * Each history is first claimed as an append to the stored one (nothing of it sent); where a figure
 * turns out to hold another history (a copy, an undo, another writer's blind write in between, a
 * figure moved by migration 4 and not written since) the merge fails and the change's rows go again with every history sent whole.
 */
async function upsertObservations(
  client: ClientBase,
  observations: Observation[],
  expected: ReadonlyMap<string, number>,
): Promise<string[]> {
  const staged = lastOfEachKey(observations);
  const based = expected.size === 0 ? [] : [...staged.keys()].filter((key) => expected.has(key));
  await client.query('SAVEPOINT appending');
  try {
    const missed = await mergeStaged(client, staged, expected, based, false);
    await client.query('RELEASE SAVEPOINT appending');
    return missed;
  } catch (error) {
    if ((error as { code?: string }).code !== HISTORY_NOT_APPENDED) throw error;
    // The staging table's rows go with the savepoint; it empties itself when the transaction ends (ON COMMIT DELETE ROWS).
    await client.query('ROLLBACK TO SAVEPOINT appending');
    return mergeStaged(client, staged, expected, based, true);
  }
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
