import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantZones, markVerified, openPgDatasetStore, type OpenedPgDatasetStore } from '../../../electron/store-pg';
import { makeCatalog, makeObservation, zoneId } from '../store/dataset-fixture';
import { createDatasetDatabase, loginOf } from './dataset-database';
import { postgresMissing, startPostgres, type PostgresServer } from './server';

const missing = postgresMissing();

/**
 * PostgreSQL itself enforces who may do what: each test writes hand-made SQL through the user's
 * own connection, as someone bypassing the app would.
 */
describe.skipIf(missing)('PostgreSQL roles and row-level security', { timeout: 30_000 }, () => {
  let server: PostgresServer;
  const clients: pg.Client[] = [];
  const stores: OpenedPgDatasetStore[] = [];
  let admin: OpenedPgDatasetStore;
  let clerk: pg.Client;
  let reviewer: pg.Client;
  let reader: pg.Client;
  let clerkUrl: string;
  let adminUrl: string;

  const value = async (zone: string, period: string) => {
    const rows = await admin.readObservations({ zoneIds: [zone], from: period, to: period });
    return rows.map((o) => o.value);
  };

  beforeAll(async () => {
    server = await startPostgres();
    const database = await createDatasetDatabase(server);
    adminUrl = await database.user('ada', 'admin');
    clerkUrl = await database.user('cleo', 'clerk');
    admin = await openPgDatasetStore({ url: adminUrl });
    stores.push(admin);
    await admin.commit({
      catalog: makeCatalog(2, 1),
      upsert: [zoneId(0), zoneId(1)].flatMap((zone) =>
        ['2025-04', '2025-05'].map((period) => makeObservation(zone, 'ind-01', period, 'month', { value: 100 })),
      ),
    });
    const adminClient = await database.connectAs(adminUrl);
    clients.push(adminClient);
    await grantZones(adminClient, loginOf(clerkUrl), [zoneId(0)]);
    clerk = await database.connectAs(clerkUrl);
    reviewer = await database.connectAs(await database.user('rita', 'reviewer'));
    reader = await database.connectAs(await database.user('rob', 'reader'));
    clients.push(clerk, reviewer, reader);
  }, 90_000);

  afterAll(async () => {
    await Promise.all([...clients.map((client) => client.end()), ...stores.map((store) => store.close())]);
    server?.stop();
  });

  it('a clerk writes a granted zone', async () => {
    const updated = await clerk.query(
      `UPDATE zone_stats.observations SET value = 101 WHERE zone_id = $1 AND period = '2025-04'`,
      [zoneId(0)],
    );
    expect(updated.rowCount).toBe(1);
    expect(await value(zoneId(0), '2025-04')).toEqual([101]);
  });

  it('a clerk cannot claim another author: the server writes who made each version and when, and only it writes revisions', async () => {
    const ada = loginOf(adminUrl);
    const cleo = loginOf(clerkUrl);
    const authorOf = async (period: string) =>
      (
        await clerk.query(
          `SELECT changed_by, changed_at > now() - interval '1 minute' AS recent FROM zone_stats.observations WHERE zone_id = $1 AND indicator_id = 'ind-01' AND period = $2 AND basis = 'month'`,
          [zoneId(0), period],
        )
      ).rows[0];
    await clerk.query(
      `UPDATE zone_stats.observations SET value = 102, changed_by = $2, changed_at = '2000-01-01' WHERE zone_id = $1 AND period = '2025-04' AND basis = 'month'`,
      [zoneId(0), ada],
    );
    expect(await authorOf('2025-04')).toEqual({ changed_by: cleo, recent: true });
    await clerk.query(
      `INSERT INTO zone_stats.observations (zone_id, indicator_id, period, basis, value, updated_at, changed_by) VALUES ($1, 'ind-01', '2025-08', 'month', 8, 'x', $2)`,
      [zoneId(0), ada],
    );
    expect(await authorOf('2025-08')).toEqual({ changed_by: cleo, recent: true });
    await expect(
      clerk.query(
        `INSERT INTO zone_stats.revisions (zone_id, indicator_id, period, basis, version, source, note, changed_by, changed_at, replaced_by, replaced_at, deleted)
         VALUES ($1, 'ind-01', '2025-04', 'month', 9, '', '', $2, now(), $2, now(), false)`,
        [zoneId(0), ada],
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(clerk.query(`UPDATE zone_stats.revisions SET changed_by = $1`, [ada])).rejects.toThrow(
      /permission denied/,
    );
    await expect(clerk.query(`DELETE FROM zone_stats.revisions`)).rejects.toThrow(/permission denied/);
    // The version the clerk replaced is recorded with its real author, and the clerk as who replaced it.
    const { rows } = await clerk.query(
      `SELECT value, changed_by, replaced_by FROM zone_stats.revisions WHERE zone_id = $1 AND period = '2025-04' AND basis = 'month' ORDER BY replaced_at, version`,
      [zoneId(0)],
    );
    expect(rows.at(-1)).toEqual({ value: 101, changed_by: cleo, replaced_by: cleo });
    expect(rows.at(-2)).toEqual({ value: 100, changed_by: ada, replaced_by: cleo });
    await clerk.query(`DELETE FROM zone_stats.observations WHERE zone_id = $1 AND period = '2025-08'`, [zoneId(0)]);
  });

  it('a clerk cannot change, add or remove figures of a zone not granted, nor move a figure into it', async () => {
    const updated = await clerk.query(`UPDATE zone_stats.observations SET value = 1 WHERE zone_id = $1`, [zoneId(1)]);
    expect(updated.rowCount).toBe(0);
    const removed = await clerk.query(`DELETE FROM zone_stats.observations WHERE zone_id = $1`, [zoneId(1)]);
    expect(removed.rowCount).toBe(0);
    await expect(
      clerk.query(
        `INSERT INTO zone_stats.observations (zone_id, indicator_id, period, basis, value, updated_at) VALUES ($1, 'ind-01', '2025-06', 'month', 1, 'x')`,
        [zoneId(1)],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      clerk.query(`UPDATE zone_stats.observations SET zone_id = $1 WHERE zone_id = $2 AND period = '2025-05'`, [
        zoneId(1),
        zoneId(0),
      ]),
    ).rejects.toThrow(/row-level security/);
    expect(await value(zoneId(1), '2025-04')).toEqual([100]);
    expect(await value(zoneId(1), '2025-05')).toEqual([100]);
    expect(await admin.readObservations({ zoneIds: [zoneId(1)] })).toHaveLength(2);
  });

  it('a clerk cannot grant themselves a zone, edit the catalog, take another role, or read the backups', async () => {
    await expect(
      clerk.query(`INSERT INTO zone_stats.zone_grants (grantee, zone_id) VALUES (current_user, $1)`, [zoneId(1)]),
    ).rejects.toThrow(/permission denied/);
    await expect(clerk.query(`UPDATE zone_stats.zones SET name = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(clerk.query(`SET ROLE zone_stats_admin`)).rejects.toThrow(/permission denied/);
    await expect(clerk.query(`SELECT * FROM zone_stats.backup_observations`)).rejects.toThrow(/permission denied/);
    // They see only their own grants.
    expect((await clerk.query(`SELECT zone_id FROM zone_stats.zone_grants`)).rows).toEqual([{ zone_id: zoneId(0) }]);
  });

  it("a clerk's store saves a granted zone, and a save that touches another zone fails whole", async () => {
    const store = await openPgDatasetStore({ url: clerkUrl });
    stores.push(store);
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2025-06', 'month', { value: 60 })] });
    await expect(
      store.commit({
        upsert: [
          makeObservation(zoneId(0), 'ind-01', '2025-07', 'month', { value: 70 }),
          makeObservation(zoneId(1), 'ind-01', '2025-04', 'month', { value: 1 }),
        ],
      }),
    ).rejects.toThrow(/row-level security/);
    expect(await value(zoneId(0), '2025-06')).toEqual([60]);
    expect(await value(zoneId(0), '2025-07')).toEqual([]);
    expect(await value(zoneId(1), '2025-04')).toEqual([100]);
    // A backup before an import is allowed (through take_backup); restoring one is an admin's.
    const backup = await store.backup({ kind: 'other', words: 'before import' });
    await expect(store.restoreBackup(backup.id)).rejects.toThrow(/permission denied/);
  });

  it('a month a reviewer verified is read-only for the clerk; the other months stay writable', async () => {
    await markVerified(reviewer, zoneId(0), '2025-05');
    const updated = await clerk.query(
      `UPDATE zone_stats.observations SET value = 5 WHERE zone_id = $1 AND period = '2025-05'`,
      [zoneId(0)],
    );
    expect(updated.rowCount).toBe(0);
    const removed = await clerk.query(`DELETE FROM zone_stats.observations WHERE zone_id = $1 AND period = '2025-05'`, [
      zoneId(0),
    ]);
    expect(removed.rowCount).toBe(0);
    await expect(
      clerk.query(
        `INSERT INTO zone_stats.observations (zone_id, indicator_id, period, basis, value, updated_at) VALUES ($1, 'ind-01', '2025-05', 'ytd', 1, 'x')`,
        [zoneId(0)],
      ),
    ).rejects.toThrow(/row-level security/);
    expect(await value(zoneId(0), '2025-05')).toEqual([100]);
    // Nor can the clerk lift the mark.
    await expect(clerk.query(`DELETE FROM zone_stats.verified_months`)).rejects.toThrow(/permission denied/);
    const other = await clerk.query(
      `UPDATE zone_stats.observations SET value = 44 WHERE zone_id = $1 AND period = '2025-04'`,
      [zoneId(0)],
    );
    expect(other.rowCount).toBe(1);
    // Through the store, an import over the verified month is refused whole, naming the place.
    const store = await openPgDatasetStore({ url: clerkUrl });
    stores.push(store);
    const verified = makeObservation(zoneId(0), 'ind-01', '2025-05', 'month', { value: 5 });
    const open = makeObservation(zoneId(0), 'ind-01', '2025-04', 'month', { value: 45 });
    await expect(store.commit({ upsert: [open, verified] })).rejects.toThrow(
      /refused to change 1 figure.*row-level security.*zone-01 2025-05/,
    );
    expect(await value(zoneId(0), '2025-04')).toEqual([44]);
    expect(await value(zoneId(0), '2025-05')).toEqual([100]);
  });

  it('a reviewer marks months but does not write figures; a reader writes nothing, not even a backup', async () => {
    await expect(reviewer.query(`UPDATE zone_stats.observations SET value = 1`)).rejects.toThrow(/permission denied/);
    await expect(reader.query(`UPDATE zone_stats.observations SET value = 1`)).rejects.toThrow(/permission denied/);
    await expect(
      reader.query(`INSERT INTO zone_stats.verified_months (zone_id, period) VALUES ($1, '2025-04')`, [zoneId(0)]),
    ).rejects.toThrow(/permission denied/);
    await expect(reader.query(`SELECT zone_stats.take_backup('20260101T000000000Z', 'x', 'x', null)`)).rejects.toThrow(
      /permission denied/,
    );
    expect((await reader.query(`SELECT count(*)::int AS n FROM zone_stats.observations`)).rows[0]).toEqual({ n: 5 });
  });

  it('a clerk writes the entries of a history sent whole only for a figure they may write, and only a new one', async () => {
    const adminSql = new pg.Client({ connectionString: adminUrl });
    await adminSql.connect();
    clients.push(adminSql);
    const entry = { value: 7, yoyPct: null, source: 'sent whole', note: '', replacedAt: 'then' };
    const pending = (client: pg.Client, zone: string, period: string) =>
      client.query(
        `UPDATE zone_stats.observations SET history_id = nextval('zone_stats.history_ids'), history_length = 1
         WHERE zone_id = $1 AND indicator_id = 'ind-01' AND period = $2 AND basis = 'month'`,
        [zone, period],
      );
    const writeHistory = (zone: string, period: string) =>
      clerk.query(
        `SELECT zone_stats.write_histories($1::text[], $2::text[], $3::text[], $4::text[], $5::json[]) AS n`,
        [[zone], ['ind-01'], [period], ['month'], [JSON.stringify([entry])]],
      );
    // Figures an admin gave a new, empty history: one of a zone not granted, one of a verified month.
    await pending(adminSql, zoneId(1), '2025-04');
    await pending(adminSql, zoneId(0), '2025-05');
    await expect(writeHistory(zoneId(1), '2025-04')).rejects.toThrow(/only who may write a figure/);
    await expect(writeHistory(zoneId(0), '2025-05')).rejects.toThrow(/only who may write a figure/);
    // Its own figure: written once; a history already there is left alone.
    expect((await pending(clerk, zoneId(0), '2025-04')).rowCount).toBe(1);
    expect((await writeHistory(zoneId(0), '2025-04')).rows).toEqual([{ n: 1 }]);
    expect((await writeHistory(zoneId(0), '2025-04')).rows).toEqual([{ n: 0 }]);
    const [figure] = await admin.readObservations({ zoneIds: [zoneId(0)], from: '2025-04', to: '2025-04' });
    expect(figure!.history).toEqual([entry]);
    await expect(
      clerk.query(`SELECT * FROM zone_stats.pending_histories('{}', '{}', '{}', '{}', '{}')`),
    ).rejects.toThrow(/permission denied/);
  });
});
