import pg, { type ClientBase } from 'pg';
import { withConnection } from './connect';
import { migrate, SCHEMA_VERSION } from './migrate';
import { SCHEMA } from './migrations';
import { CREATE_ROLES_SQL, ROLES, type ZoneStatsRole } from './roles';

export interface InitOutcome {
  schemaVersion: number;
  /** Migrations this call applied (none when the database was up to date). */
  applied: number[];
}

/**
 * `zone-stats db init`: the four roles and the schema, brought up to date. Needs a role that may
 * create roles (CREATEROLE) and owns the database or may create in it, never a superuser; the app's
 * users are then ordinary login roles in one of the groups.
 */
export async function initDatabase(url: string): Promise<InitOutcome> {
  return withConnection(url, async (client) => {
    // Two inits at once take turns: CREATE … IF NOT EXISTS and GRANT are not safe against each other.
    await client.query(`SELECT pg_advisory_lock(hashtext('${SCHEMA}.init'))`);
    try {
      await client.query(CREATE_ROLES_SQL);
      const applied = await migrate(client);
      return { schemaVersion: SCHEMA_VERSION, applied };
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtext('${SCHEMA}.init'))`);
    }
  });
}

/** Makes a login role a member of one Zone Stats group (needs CREATEROLE, as `db init` does). */
export async function grantRole(client: ClientBase, login: string, role: ZoneStatsRole): Promise<void> {
  await client.query(`GRANT ${ROLES[role]} TO ${pg.escapeIdentifier(login)}`);
}

/** Lets a clerk write these zones (an admin's connection). */
export async function grantZones(client: ClientBase, login: string, zoneIds: readonly string[]): Promise<void> {
  await client.query(
    `INSERT INTO ${SCHEMA}.zone_grants (grantee, zone_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
    [login, zoneIds],
  );
}

export async function revokeZones(client: ClientBase, login: string, zoneIds: readonly string[]): Promise<void> {
  await client.query(`DELETE FROM ${SCHEMA}.zone_grants WHERE grantee = $1 AND zone_id = ANY($2::text[])`, [
    login,
    zoneIds,
  ]);
}

/** A reviewer's mark: the zone-month becomes read-only for clerks. */
export async function markVerified(client: ClientBase, zoneId: string, period: string): Promise<void> {
  await client.query(`INSERT INTO ${SCHEMA}.verified_months (zone_id, period) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    zoneId,
    period,
  ]);
}

export async function unmarkVerified(client: ClientBase, zoneId: string, period: string): Promise<void> {
  await client.query(`DELETE FROM ${SCHEMA}.verified_months WHERE zone_id = $1 AND period = $2`, [zoneId, period]);
}
