import type { ClientBase } from 'pg';
import { observationKey, type ObservationKey } from '../../shared/model';
import { SCHEMA } from './migrations';
import { keyArrays, readVersions } from './observation-rows';
import { RowsHiddenByPolicyError } from './row-security-refusal';

type KeyRow = [string, string, string, 'month' | 'ytd'];

const KEYS = 'unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(zone_id, indicator_id, period, basis)';
const SAME_KEY =
  'o.zone_id = k.zone_id AND o.indicator_id = k.indicator_id AND o.period = k.period AND o.basis = k.basis';

const toKey = ([zoneId, indicatorId, period, basis]: KeyRow): ObservationKey => ({
  zoneId,
  indicatorId,
  period,
  basis,
});

/**
 * Of the keys the DELETE left, those still stored: row-level security hid them from it (a DELETE
 * skips such rows without an error). Asked in a statement of its own, whose fresh snapshot sees
 * this transaction's deletions and any other writer's committed since, so a row another user
 * deleted meanwhile is not mistaken for a refusal.
 */
async function stillStored(client: ClientBase, keys: readonly ObservationKey[]): Promise<ObservationKey[]> {
  const { rows } = await client.query<KeyRow>({
    text: `SELECT o.zone_id, o.indicator_id, o.period, o.basis FROM ${SCHEMA}.observations o, ${KEYS} WHERE ${SAME_KEY}`,
    values: keyArrays(keys),
    rowMode: 'array',
  });
  return rows.map(toKey);
}

/**
 * Removes the keys; those based on a version are checked (and locked) first. Returns the keys
 * whose version had moved on; throws RowsHiddenByPolicyError when the policies kept any stored
 * row from the DELETE, so the change fails whole instead of reporting a removal that did not happen.
 */
export async function removeObservations(
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
  const { rows: removed } = await client.query<KeyRow>({
    text: `DELETE FROM ${SCHEMA}.observations o USING ${KEYS} WHERE ${SAME_KEY} RETURNING o.zone_id, o.indicator_id, o.period, o.basis`,
    values: keyArrays(keys),
    rowMode: 'array',
  });
  if (removed.length < new Set(keys.map(observationKey)).size) {
    const gone = new Set(removed.map((row) => observationKey(toKey(row))));
    const hidden = await stillStored(
      client,
      keys.filter((key) => !gone.has(observationKey(key))),
    );
    if (hidden.length > 0) throw new RowsHiddenByPolicyError(hidden);
  }
  return conflicted;
}
