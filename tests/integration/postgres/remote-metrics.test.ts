import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppApi, ObservationQuery } from '../../../shared/api';
import { createHandlers, type DatasetStore } from '../../../shared/app';
import { openPreferencesStore } from '../../../electron/store';
import { openPgDatasetStore, type OpenedPgDatasetStore } from '../../../electron/store-pg';
import { FIXED_CLOCK } from '../app/temp-app';
import { indicatorId, makeCatalog, makeObservations, zoneId } from '../store/dataset-fixture';
import { createDatasetDatabase } from './dataset-database';
import { postgresMissing, startPostgres, type PostgresServer } from './server';

const missing = postgresMissing();
const EVERYTHING = { from: '2024-01', to: '2025-12' } as const;

/**
 * Another user's commit reaches the metrics through the same incremental path as a local edit: the
 * announced zone-months are read back and applied, never the whole dataset, and the metrics equal
 * those of an app that builds them from scratch.
 */
describe.skipIf(missing)("the metrics follow another user's commits incrementally", { timeout: 60_000 }, () => {
  let server: PostgresServer;
  const cleanups: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    server?.stop();
  });

  /** The app's handlers on `url`, its store's reads of observations recorded. */
  async function openApp(
    url: string,
  ): Promise<{ handlers: AppApi; store: OpenedPgDatasetStore; reads: ObservationQuery[] }> {
    const directory = await mkdtemp(join(tmpdir(), 'zone-stats-remote-metrics-'));
    const store = await openPgDatasetStore({ url, clock: FIXED_CLOCK });
    cleanups.push(
      () => rm(directory, { recursive: true, force: true }),
      () => store.close(),
    );
    const reads: ObservationQuery[] = [];
    const recording: DatasetStore = Object.create(store) as DatasetStore;
    recording.readObservations = (query) => {
      reads.push(query);
      return store.readObservations(query);
    };
    const handlers = createHandlers({
      store: recording,
      preferences: openPreferencesStore({ directory }),
      clock: FIXED_CLOCK,
    });
    await store.listening();
    return { handlers, store, reads };
  }

  async function metrics(handlers: AppApi) {
    const result = await handlers.getMetrics(EVERYTHING);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  it('one cell saved by Ada: Bob reads back that zone-month only, and his metrics equal a fresh build', async () => {
    const database = await createDatasetDatabase(server);
    const adaUrl = await database.user('ada', 'admin');
    const bobUrl = await database.user('bob', 'admin');
    const ada = await openApp(adaUrl);
    const bob = await openApp(bobUrl);
    const observations = makeObservations({ zones: 3, indicators: 4, years: 2, firstYear: 2024 }).map((o, index) => ({
      ...o,
      value: 1000 + ((index * 37) % 101),
      yoyPct: null,
    }));
    await ada.store.commit({ catalog: makeCatalog(3, 4), upsert: observations });
    // Let the setup's announcements reach Bob before his engine is built.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await metrics(bob.handlers);
    bob.reads.length = 0;

    const cell = { zoneId: zoneId(1), indicatorId: indicatorId(2), period: '2025-06', basis: 'ytd' as const };
    const saved = await ada.handlers.saveObservations({ observations: [{ ...cell, value: 5000, yoyPct: null }] });
    expect(saved.ok).toBe(true);
    const row = (rows: Awaited<ReturnType<typeof metrics>>['rows']) =>
      rows.find(
        (r) =>
          r.zoneId === cell.zoneId &&
          r.indicatorId === cell.indicatorId &&
          r.period === cell.period &&
          r.basis === 'ytd',
      );
    await expect
      .poll(async () => row((await metrics(bob.handlers)).rows)?.value, { timeout: 1000, interval: 20 })
      .toBe(5000);
    expect(bob.reads).toEqual([{ zoneIds: [cell.zoneId], from: cell.period, to: cell.period }]);

    const fresh = await openApp(bobUrl);
    expect(await metrics(bob.handlers)).toEqual(await metrics(fresh.handlers));

    // A removal travels the same way.
    bob.reads.length = 0;
    const removed = await ada.handlers.deleteObservations({ keys: [cell] });
    expect(removed.ok).toBe(true);
    await expect
      .poll(async () => row((await metrics(bob.handlers)).rows), { timeout: 1000, interval: 20 })
      .toBeUndefined();
    expect(bob.reads.every((read) => read.zoneIds?.length === 1 && read.from === cell.period)).toBe(true);
    const rebuilt = await openApp(bobUrl);
    expect(await metrics(bob.handlers)).toEqual(await metrics(rebuilt.handlers));
  });
});
