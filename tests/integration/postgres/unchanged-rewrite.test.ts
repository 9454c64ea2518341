import { describe, expect, it } from 'vitest';
import { openPgDatasetStore } from '../../../electron/store-pg';
import { makeCatalog, makeObservation, zoneId } from '../store/dataset-fixture';
import { createDatasetDatabase } from './dataset-database';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

describe.skipIf(missing)('a blind rewrite of the same figures', { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  it('writes nothing: no new version, no revision', async () => {
    const database = await createDatasetDatabase(postgres.server());
    const url = await database.user('ada', 'admin');
    const store = postgres.closeAfter(await openPgDatasetStore({ url }));
    const figures = ['2025-04', '2025-05'].map((period) =>
      makeObservation(zoneId(0), 'ind-01', period, 'month', { value: 100 }),
    );
    await store.commit({ catalog: makeCatalog(1, 1), upsert: figures });
    const versions = await store.readVersions(figures);

    await store.commit({ upsert: figures.map((figure) => ({ ...figure })) });

    expect(await store.readVersions(figures)).toEqual(versions);
    const raw = await database.connectAs(url);
    try {
      const { rows } = await raw.query<{ n: number }>('SELECT count(*)::int AS n FROM zone_stats.revisions');
      expect(rows[0]!.n).toBe(0);
    } finally {
      await raw.end();
    }
  });
});
