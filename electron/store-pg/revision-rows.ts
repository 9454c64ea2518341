import type { ClientBase } from 'pg';
import type { StoredRevision } from '../../shared/app/ports';
import type { ObservationKey } from '../../shared/model';
import { SCHEMA } from './migrations';

type RevisionRow = [number | null, number | null, string, string, string, Date, string, Date, boolean];

/**
 * Every version of one observation the database replaced or deleted, oldest first, with its author
 * (history entries a client supplied whole have none, and are not versions the database replaced).
 */
export async function readRevisions(client: ClientBase, key: ObservationKey): Promise<StoredRevision[]> {
  const { rows } = await client.query<RevisionRow>({
    text: `SELECT value, yoy_pct, source, note, changed_by, changed_at, replaced_by, replaced_at, deleted FROM ${SCHEMA}.revisions
      WHERE zone_id = $1 AND indicator_id = $2 AND period = $3 AND basis = $4 AND changed_by IS NOT NULL
      ORDER BY replaced_at, version`,
    values: [key.zoneId, key.indicatorId, key.period, key.basis],
    rowMode: 'array',
  });
  return rows.map(([value, yoyPct, source, note, changedBy, changedAt, replacedBy, replacedAt, deleted]) => ({
    value,
    yoyPct,
    source,
    note,
    changedBy,
    changedAt: changedAt.toISOString(),
    replacedBy,
    replacedAt: replacedAt.toISOString(),
    deleted,
  }));
}
