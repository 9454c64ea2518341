import type { ClientBase } from 'pg';
import { MIGRATIONS, SCHEMA, SCHEMA_VERSION } from './migrations';
import { ROLES } from './roles';

/** The newest migration applied, 0 for a database without the schema. */
export async function schemaVersion(client: ClientBase): Promise<number> {
  const exists = await client.query<{ found: boolean }>(
    `SELECT to_regclass('${SCHEMA}.schema_migrations') IS NOT NULL AS found`,
  );
  if (!exists.rows[0]!.found) return 0;
  const { rows } = await client.query<{ version: number | null }>(
    `SELECT max(version) AS version FROM ${SCHEMA}.schema_migrations`,
  );
  return rows[0]!.version ?? 0;
}

/**
 * Brings the schema up to SCHEMA_VERSION (or `upTo`, for tests of a migration), one transaction per
 * migration. The lock on schema_migrations makes two inits at once take turns instead of applying a
 * migration twice.
 */
export async function migrate(client: ClientBase, upTo = SCHEMA_VERSION): Promise<number[]> {
  await client.query(`
    CREATE SCHEMA IF NOT EXISTS ${SCHEMA};
    GRANT USAGE ON SCHEMA ${SCHEMA} TO ${ROLES.reader};
    CREATE TABLE IF NOT EXISTS ${SCHEMA}.schema_migrations (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now(),
      applied_by text NOT NULL DEFAULT current_user
    );
    GRANT SELECT ON ${SCHEMA}.schema_migrations TO ${ROLES.reader};`);
  const applied: number[] = [];
  for (const { version, sql } of MIGRATIONS.filter((migration) => migration.version <= upTo)) {
    await client.query('BEGIN');
    try {
      await client.query(`LOCK TABLE ${SCHEMA}.schema_migrations IN EXCLUSIVE MODE`);
      const done = await client.query(`SELECT 1 FROM ${SCHEMA}.schema_migrations WHERE version = $1`, [version]);
      if (done.rowCount === 0) {
        await client.query(sql);
        await client.query(`INSERT INTO ${SCHEMA}.schema_migrations (version) VALUES ($1)`, [version]);
        applied.push(version);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw new Error(
        `Migration ${version} of the Zone Stats schema failed, nothing of it was applied: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  return applied;
}

export { SCHEMA_VERSION };
