import type { ClientBase } from 'pg';
import type { ObservationKey } from '../../shared/model';
import { SCHEMA } from './migrations';

/** PostgreSQL's "new row violates row-level security policy" (42501 with these words; a missing grant says "permission denied"). */
export function isRowSecurityError(error: unknown): boolean {
  return (
    error instanceof Error && (error as { code?: string }).code === '42501' && /row-level security/.test(error.message)
  );
}

/**
 * After a write the policies refused (and its rollback): the same words whichever part of the
 * merge hit it, with how many figures and the first places: a zone not granted to this user, or a
 * verified month. The database decided; this only finds the places to name.
 */
export async function rowSecurityRefusal(
  client: ClientBase,
  keys: readonly ObservationKey[],
  cause: Error,
): Promise<Error> {
  const { rows } = await client.query<{ zone_id: string; period: string; figures: number }>(
    `SELECT k.zone_id, k.period, count(*)::int AS figures FROM unnest($1::text[], $2::text[]) AS k(zone_id, period)
     WHERE NOT EXISTS (SELECT 1 FROM ${SCHEMA}.zone_grants g WHERE g.grantee = current_user AND g.zone_id = k.zone_id)
        OR EXISTS (SELECT 1 FROM ${SCHEMA}.verified_months v WHERE v.zone_id = k.zone_id AND v.period = k.period)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [keys.map((key) => key.zoneId), keys.map((key) => key.period)],
  );
  if (rows.length === 0) return cause;
  const figures = rows.reduce((sum, row) => sum + row.figures, 0);
  const places = rows
    .slice(0, 3)
    .map((row) => `${row.zone_id} ${row.period}`)
    .join(', ');
  return new Error(
    `The database refused to change ${figures} figure(s) under its row-level security policy (a zone not granted to you, or a verified month: ${places}); nothing was saved.`,
    { cause },
  );
}
