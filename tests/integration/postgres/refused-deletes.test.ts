import { describe, expect, it } from 'vitest';
import type { ObservationKey } from '../../../shared/model';
import { grantZones, markVerified } from '../../../electron/store-pg';
import { fileOf, testFiles } from '../import/import-app';
import { createDatasetDatabase } from './dataset-database';
import { openPgApp, type PgApp } from './pg-app';
import { FIXED_CLOCK } from '../app/temp-app';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

const figure = (zoneId: string, period: string): ObservationKey => ({
  zoneId,
  indicatorId: 'iav',
  period,
  basis: 'ytd',
});

/**
 * Row-level security skips the rows it hides from a DELETE without an error; the store must turn
 * that into a refusal naming the places, with nothing changed, never a reported success.
 */
describe.skipIf(missing)('a refused delete is never silent', { timeout: 60_000 }, () => {
  const postgres = postgresForSuite();

  /** Zones z1 (granted to the clerk) and z2 (not), each with figures for 2025-04 and 2025-05. */
  async function team() {
    const database = await createDatasetDatabase(postgres.server());
    const adminUrl = await database.user('ann', 'admin');
    const clerkUrl = await database.user('cleo', 'clerk');
    const reviewerUrl = await database.user('rex', 'reviewer');
    const admin = postgres.closeAfter(await openPgApp(adminUrl, FIXED_CLOCK, testFiles));
    for (const id of ['z1', 'z2'])
      await admin.handlers.createZone({ zone: { id, name: id, nameZh: id, region: '', benchmarkZoneId: null } });
    await admin.handlers.createIndicator({
      indicator: {
        id: 'iav',
        name: 'Industrial added value',
        nameZh: '工业增加值',
        unit: '10k CNY',
        kind: 'flow',
        parentId: null,
      },
    });
    const saved = await admin.handlers.saveObservations({
      observations: ['z1', 'z2'].flatMap((zone) =>
        ['2025-04', '2025-05'].map((period) => ({ ...figure(zone, period), value: 100, yoyPct: 1 })),
      ),
    });
    expect(saved.ok).toBe(true);
    const owner = await database.connectAs(database.ownerUrl);
    try {
      await grantZones(owner, new URL(clerkUrl).username, ['z1']);
    } finally {
      await owner.end();
    }
    const clerk = postgres.closeAfter(await openPgApp(clerkUrl, FIXED_CLOCK, testFiles));
    return { database, admin, clerk, reviewerUrl };
  }

  /** Every stored figure as `zone period: value`, read by the admin. */
  async function stored(admin: PgApp): Promise<string[]> {
    const result = await admin.handlers.getObservations({});
    if (!result.ok) throw new Error(result.error.message);
    return result.value.map((o) => `${o.zoneId} ${o.period} ${o.basis}: ${o.value}`).sort();
  }

  it("a clerk's delete in a zone not granted is refused with its place, and nothing is removed", async () => {
    const { admin, clerk } = await team();
    const before = await stored(admin);

    const refused = await clerk.handlers.deleteObservations({
      keys: [figure('z1', '2025-04'), figure('z2', '2025-05')],
    });
    expect(refused.ok).toBe(false);
    expect(!refused.ok && `${refused.error.code}: ${refused.error.message}`).toMatch(/^refused: /);
    expect(!refused.ok && refused.error.message).toMatch(/refused to change 1 figure.*row-level security.*z2 2025-05/);
    expect(await stored(admin)).toEqual(before);
    // The trash the delete would have filled was rolled back with it.
    const history = await admin.handlers.getObservationHistory({ key: figure('z1', '2025-04') });
    expect(history.ok && history.value.deleted).toEqual([]);

    // Through the store itself, as a bare commit: the same refusal, the same nothing.
    await expect(clerk.store.commit({ remove: [figure('z2', '2025-04')] })).rejects.toThrow(
      /refused to change 1 figure.*z2 2025-04/,
    );
    expect(await stored(admin)).toEqual(before);
    // The granted zone alone is removed.
    const allowed = await clerk.handlers.deleteObservations({ keys: [figure('z1', '2025-04')] });
    expect(allowed.ok && allowed.value).toEqual({ deleted: 1, missing: 0 });
  });

  it('a delete in a month a reviewer verified meanwhile is refused with its place, and nothing is removed', async () => {
    const { database, admin, clerk, reviewerUrl } = await team();
    const before = await stored(admin);
    // The reviewer verifies straight in the database, after the clerk's app last read the statuses.
    const reviewer = await database.connectAs(reviewerUrl);
    try {
      await markVerified(reviewer, 'z1', '2025-05');
    } finally {
      await reviewer.end();
    }

    const refused = await clerk.handlers.deleteObservations({
      keys: [figure('z1', '2025-04'), figure('z1', '2025-05')],
    });
    expect(!refused.ok && `${refused.error.code}: ${refused.error.message}`).toMatch(/^refused: /);
    expect(!refused.ok && refused.error.message).toMatch(/refused to change 1 figure.*z1 2025-05/);
    expect(await stored(admin)).toEqual(before);
  });

  it('undoing an import that touched a zone not granted is refused with its place, and nothing changes', async () => {
    const { admin, clerk } = await team();
    const csv = [
      'zone,indicator,period,basis,value,yoy_pct,source,note',
      'z1,iav,2025-06,ytd,600,6,bureau,',
      'z2,iav,2025-06,ytd,600,6,bureau,',
    ];
    const imported = await admin.handlers.commitImport({ file: await fileOf('june.csv', `${csv.join('\n')}\n`) });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value.added).toBe(2);
    const before = await stored(admin);

    const refused = await clerk.handlers.undoImport({ importId: imported.value.importId!, force: false });
    expect(!refused.ok && `${refused.error.code}: ${refused.error.message}`).toMatch(/^refused: /);
    expect(!refused.ok && refused.error.message).toMatch(/refused to change 1 figure.*z2 2025-06/);
    expect(await stored(admin)).toEqual(before);
    // The import can still be undone, by someone who may write both zones.
    const undone = await admin.handlers.undoImport({ importId: imported.value.importId!, force: false });
    expect(undone.ok && undone.value.removed).toBe(2);
  });
});
