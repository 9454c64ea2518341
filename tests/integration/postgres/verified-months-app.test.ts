import { describe, expect, it } from 'vitest';
import { grantZones } from '../../../electron/store-pg';
import { createDatasetDatabase } from './dataset-database';
import { openPgApp, type PgApp } from './pg-app';
import { createZoneOne } from '../app/zone-one';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

const may = { zoneId: 'z1', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };

describe.skipIf(missing)("the app's verified status is enforced by PostgreSQL", { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  async function team() {
    const database = await createDatasetDatabase(postgres.server());
    const [adminUrl, clerkUrl, reviewerUrl] = [
      await database.user('ann', 'admin'),
      await database.user('cleo', 'clerk'),
      await database.user('rex', 'reviewer'),
    ];
    const admin = postgres.closeAfter(await openPgApp(adminUrl));
    await createZoneOne(admin.handlers);
    const owner = await database.connectAs(database.ownerUrl);
    try {
      await grantZones(owner, new URL(clerkUrl).username, ['z1']);
    } finally {
      await owner.end();
    }
    const clerk = postgres.closeAfter(await openPgApp(clerkUrl));
    const reviewer = postgres.closeAfter(await openPgApp(reviewerUrl));
    return { database, clerkUrl, clerk, reviewer };
  }

  const verifiedRows = async (app: PgApp) => {
    const result = await app.handlers.getEntryStatuses({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    return result.ok ? result.value.map((status) => status.status) : result.error.message;
  };

  it('a reviewer verifying a month locks it for clerks, even through their own SQL; back to draft, the clerk writes again', async () => {
    const { database, clerkUrl, clerk, reviewer } = await team();
    expect((await clerk.handlers.saveObservations({ observations: [{ ...may, value: 1148, yoyPct: 14.8 }] })).ok).toBe(
      true,
    );
    expect(
      (await clerk.handlers.setEntryStatus({ zoneId: 'z1', period: '2025-05', basis: 'ytd', status: 'complete' })).ok,
    ).toBe(true);
    const verified = await reviewer.handlers.setEntryStatus({
      zoneId: 'z1',
      period: '2025-05',
      basis: 'ytd',
      status: 'verified',
    });
    expect(verified.ok).toBe(true);
    expect(await verifiedRows(clerk)).toEqual(['verified']);

    // The clerk's own connection, hand-written SQL: row-level security hides the verified month from the UPDATE.
    const raw = await database.connectAs(clerkUrl);
    try {
      const updated = await raw.query(
        `UPDATE zone_stats.observations SET value = 1 WHERE zone_id = 'z1' AND period = '2025-05'`,
      );
      expect(updated.rowCount).toBe(0);
      await expect(
        raw.query(`INSERT INTO zone_stats.verified_months (zone_id, period) VALUES ('z1', '2025-04')`),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await raw.end();
    }

    // Through the app, asked to reopen the month: the database refuses the clerk, nothing changes.
    const reopened = await clerk.handlers.saveObservations({
      observations: [{ ...may, value: 1150, yoyPct: 14.8 }],
      reopenVerified: true,
    });
    expect(reopened.ok).toBe(false);
    expect(!reopened.ok && reopened.error.message).toContain('only a reviewer or an admin may do that');
    const stored = await reviewer.handlers.getObservations({ zoneIds: ['z1'] });
    expect(stored.ok && stored.value.map((o) => o.value)).toEqual([1148]);
    expect(await verifiedRows(reviewer)).toEqual(['verified']);

    // The reviewer returns it to draft: the lock is gone and the clerk's save lands.
    expect(
      (await reviewer.handlers.setEntryStatus({ zoneId: 'z1', period: '2025-05', basis: 'ytd', status: 'draft' })).ok,
    ).toBe(true);
    const saved = await clerk.handlers.saveObservations({ observations: [{ ...may, value: 1150, yoyPct: 14.8 }] });
    expect(saved.ok && saved.value).toEqual({ added: 0, changed: 1, unchanged: 0, warnings: [] });
  });

  it('a clerk may not mark a month verified: the database refuses it, the status stays complete', async () => {
    const { clerk } = await team();
    await clerk.handlers.saveObservations({ observations: [{ ...may, value: 1148, yoyPct: 14.8 }] });
    await clerk.handlers.setEntryStatus({ zoneId: 'z1', period: '2025-05', basis: 'ytd', status: 'complete' });
    const refused = await clerk.handlers.setEntryStatus({
      zoneId: 'z1',
      period: '2025-05',
      basis: 'ytd',
      status: 'verified',
    });
    expect(!refused.ok && refused.error.message).toContain('The database refused to mark z1 2025-05 verified');
    expect(await verifiedRows(clerk)).toEqual(['complete']);
  });
});
