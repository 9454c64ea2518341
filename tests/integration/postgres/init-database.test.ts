import { describe, expect, it } from 'vitest';
import { DatabaseSchemaError, initDatabase, openPgDatasetStore, SCHEMA_VERSION } from '../../../electron/store-pg';
import { MIGRATIONS } from '../../../electron/store-pg/migrations';
import { createDatasetDatabase } from './dataset-database';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

describe.skipIf(missing)('initDatabase (what `zone-stats db init` runs)', { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  it("runs as the database's owner, not a superuser, and applies each migration once, even when two run at once", async () => {
    const { ownerUrl } = await postgres.server().createDatabase('fresh');
    const superuser = await postgres.server().superuser('fresh');
    try {
      const { rows } = await superuser.query(
        `SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = 'fresh_owner'`,
      );
      expect(rows).toEqual([{ rolsuper: false, rolcreaterole: true }]);
      const outcomes = await Promise.all([initDatabase(ownerUrl), initDatabase(ownerUrl)]);
      const versions = MIGRATIONS.map((migration) => migration.version);
      expect(
        outcomes
          .map((outcome) => outcome.applied)
          .flat()
          .sort((a, b) => a - b),
      ).toEqual(versions);
      expect(await initDatabase(ownerUrl)).toEqual({ schemaVersion: SCHEMA_VERSION, applied: [] });
      const migrations = await superuser.query(`SELECT version, applied_by FROM zone_stats.schema_migrations`);
      expect(migrations.rows).toEqual(versions.map((version) => ({ version, applied_by: 'fresh_owner' })));
      const roles = await superuser.query(
        `SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE 'zone_stats_%' ORDER BY rolname`,
      );
      expect(roles.rows).toEqual(
        ['admin', 'clerk', 'reader', 'reviewer'].map((role) => ({ rolname: `zone_stats_${role}`, rolcanlogin: false })),
      );
    } finally {
      await superuser.end();
    }
  });

  it('a store refuses a database without the schema, naming the command that makes it, and never shows the password', async () => {
    const { ownerUrl } = await postgres.server().createDatabase('empty');
    const error = await openPgDatasetStore({ url: ownerUrl }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseSchemaError);
    expect((error as Error).message).toMatch(/no Zone Stats schema yet.*zone-stats db init --database URL/);
    expect((error as Error).message).not.toContain('test-only-password');
  });

  it('a store opens a database initialised by another database on the same server (the roles are shared)', async () => {
    const database = await createDatasetDatabase(postgres.server());
    const store = await openPgDatasetStore({ url: await database.user('ada', 'admin') });
    expect((await store.stats()).schemaVersion).toBe(SCHEMA_VERSION);
    await store.close();
  });
});
