import type { ClientBase } from 'pg';
import { StoreRefusal } from '../../shared/app/ports';
import type { ObservationKey } from '../../shared/model';
import { SCHEMA } from './migrations';

/** PostgreSQL's "new row violates row-level security policy" (42501 with these words; a missing grant says "permission denied"). */
export function isRowSecurityError(error: unknown): boolean {
  return (
    error instanceof Error && (error as { code?: string }).code === '42501' && /row-level security/.test(error.message)
  );
}

/**
 * Rows a statement's row-level security policy hid from it: PostgreSQL skips them without an
 * error (a DELETE or UPDATE simply affects fewer rows), so the store names them itself.
 */
export class RowsHiddenByPolicyError extends Error {
  constructor(readonly keys: readonly ObservationKey[]) {
    super(`row-level security hid ${keys.length} stored figure(s) from the change`);
    this.name = 'RowsHiddenByPolicyError';
  }
}

/** A change the database's row-level security refused: a `refused` Result naming the places, never an internal fault. */
export class RowSecurityRefusal extends StoreRefusal {
  constructor(
    readonly places: readonly { zoneId: string; period: string; figures: number }[],
    cause: Error,
  ) {
    const figures = places.reduce((sum, place) => sum + place.figures, 0);
    const named = places
      .slice(0, 3)
      .map((place) => `${place.zoneId} ${place.period}`)
      .join(', ');
    super(
      `The database refused to change ${figures} figure(s) under its row-level security policy (a zone not granted to you, or a verified month: ${named}${places.length > 3 ? ', …' : ''}); nothing was saved.`,
    );
    this.name = 'RowSecurityRefusal';
    this.cause = cause;
  }
}

function placesOf(keys: readonly ObservationKey[]): { zoneId: string; period: string; figures: number }[] {
  const figures = new Map<string, number>();
  for (const key of keys) {
    const place = `${key.zoneId}\u0000${key.period}`;
    figures.set(place, (figures.get(place) ?? 0) + 1);
  }
  return [...figures.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([place, count]) => {
      const [zoneId = '', period = ''] = place.split('\u0000');
      return { zoneId, period, figures: count };
    });
}

/**
 * After a write the policies refused (and its rollback): the same words whichever part of the
 * change hit it, with how many figures and the first places: a zone not granted to this user, or a
 * verified month. The database decided; this only finds the places to name. Rows a policy hid are
 * named exactly; an error names the change's places the policies forbid this user.
 */
export async function rowSecurityRefusal(
  client: ClientBase,
  keys: readonly ObservationKey[],
  cause: Error,
): Promise<Error> {
  if (cause instanceof RowsHiddenByPolicyError) return new RowSecurityRefusal(placesOf(cause.keys), cause);
  const { rows } = await client.query<{ zone_id: string; period: string; figures: number }>(
    `SELECT k.zone_id, k.period, count(*)::int AS figures FROM unnest($1::text[], $2::text[]) AS k(zone_id, period)
     WHERE NOT EXISTS (SELECT 1 FROM ${SCHEMA}.zone_grants g WHERE g.grantee = current_user AND g.zone_id = k.zone_id)
        OR EXISTS (SELECT 1 FROM ${SCHEMA}.verified_months v WHERE v.zone_id = k.zone_id AND v.period = k.period)
     GROUP BY 1, 2 ORDER BY 1, 2`,
    [keys.map((key) => key.zoneId), keys.map((key) => key.period)],
  );
  if (rows.length === 0) return cause;
  return new RowSecurityRefusal(
    rows.map((row) => ({ zoneId: row.zone_id, period: row.period, figures: row.figures })),
    cause,
  );
}
