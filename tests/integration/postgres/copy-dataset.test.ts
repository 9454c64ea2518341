import { describe, expect, it } from 'vitest';
import { copyDataset, type DatasetStore } from '../../../shared/app';
import { observationKey } from '../../../shared/model';
import { openTempApp } from '../app/temp-app';
import { createDatasetDatabase } from './dataset-database';
import { openPgApp } from './pg-app';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

/** Everything a store holds, in a form two stores can be compared by. */
async function contents(store: DatasetStore) {
  const names = await store.listMeta!();
  const meta: Record<string, unknown> = {};
  for (const name of names) meta[name] = await store.readMeta(name);
  const observations = Object.fromEntries(
    (await store.readObservations({})).map((o) => [observationKey(o), { ...o, history: [...o.history] }]),
  );
  return { catalog: await store.readCatalog(), observations, meta };
}

describe.skipIf(missing)("copying this computer's data to a shared database and back", { timeout: 60_000 }, () => {
  const postgres = postgresForSuite();

  it('is exact both ways: catalog, figures with their revisions and times, statuses, deleted figures and documents; what the destination had besides is gone', async () => {
    const local = postgres.closeAfter(await openTempApp());
    const { handlers } = local;
    await handlers.createZone({
      zone: { id: 'bt', name: 'Baotou', nameZh: '包头', region: 'Inner Mongolia', benchmarkZoneId: null },
    });
    await handlers.createIndicator({
      indicator: {
        id: 'iav',
        name: 'Industrial added value',
        nameZh: '工业增加值',
        unit: '万元',
        kind: 'flow',
        parentId: null,
      },
    });
    const key = { zoneId: 'bt', indicatorId: 'iav', basis: 'ytd' as const };
    await handlers.saveObservations({
      observations: [
        { ...key, period: '2025-04', value: 900000, yoyPct: 14.1, source: 'bureau' },
        { ...key, period: '2025-05', value: 1148000, yoyPct: 14.8 },
      ],
    });
    await handlers.saveObservations({
      observations: [{ ...key, period: '2025-05', value: 1150000, yoyPct: 14.8, note: 'revised' }],
    });
    await handlers.saveObservations({ observations: [{ ...key, period: '2025-03', value: 1, yoyPct: null }] });
    await handlers.deleteObservations({ keys: [{ ...key, period: '2025-03' }] });
    expect(
      (await handlers.setEntryStatus({ zoneId: 'bt', period: '2025-05', basis: 'ytd', status: 'complete' })).ok,
    ).toBe(true);
    expect(
      (await handlers.setEntryStatus({ zoneId: 'bt', period: '2025-05', basis: 'ytd', status: 'verified' })).ok,
    ).toBe(true);
    await local.store.commit({
      meta: { 'import-profiles': { bureau: { map: { '本月(亿元)': 'value' } } }, 'import-undo-imp-1': { restore: [] } },
    });
    const original = await contents(local.store);
    // The revision of May and the deleted March figure are part of what is copied.
    expect(original.observations['bt|iav|2025-05|ytd']!.history).toHaveLength(1);
    expect(Object.keys(original.meta)).toEqual([
      'entry-status.bt',
      'entry-trash.bt',
      'import-profiles',
      'import-undo-imp-1',
    ]);

    const database = await createDatasetDatabase(postgres.server());
    const shared = postgres.closeAfter(await openPgApp(await database.user('ann', 'admin')));
    await shared.handlers.createZone({
      zone: { id: 'old', name: 'Old', nameZh: '旧', region: '', benchmarkZoneId: null },
    });
    await shared.handlers.createIndicator({
      indicator: { id: 'iav', name: 'IAV', nameZh: '', unit: '', kind: 'flow', parentId: null },
    });
    await shared.handlers.saveObservations({
      observations: [{ zoneId: 'old', indicatorId: 'iav', period: '2025-01', basis: 'month', value: 5, yoyPct: null }],
    });
    await shared.store.commit({ meta: { 'entry-status.old': {} } });

    const there = await copyDataset(local.store, shared.store, { kind: 'copying', from: 'local' });
    expect(there).toMatchObject({ zones: 1, indicators: 1, observations: 2, documents: 4 });
    expect(await contents(shared.store)).toEqual(original);
    // The database enforces the verified month it was given.
    const owner = await database.connectAs(database.ownerUrl);
    try {
      expect((await owner.query('SELECT zone_id, period FROM zone_stats.verified_months')).rows).toEqual([
        { zone_id: 'bt', period: '2025-05' },
      ]);
    } finally {
      await owner.end();
    }

    const back = postgres.closeAfter(await openTempApp());
    await copyDataset(shared.store, back.store, { kind: 'copying', from: 'database' });
    await back.reopen();
    expect(await contents(back.store)).toEqual(original);
  });
});
