import { describe, expect, it } from 'vitest';
import { StoreConflictError, type StoreCommitEvent } from '../../../shared/app';
import { observationKey } from '../../../shared/model';
import { openPgDatasetStore } from '../../../electron/store-pg';
import { makeCatalog, makeObservation, zoneId } from '../store/dataset-fixture';
import { createDatasetDatabase, loginOf } from './dataset-database';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

describe.skipIf(missing)('PostgreSQL: two users on one dataset', { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  /** Two admins (so permissions play no part) on a fresh database holding one cell of value 100. */
  async function twoUsers() {
    const database = await createDatasetDatabase(postgres.server());
    const [adaUrl, bobUrl] = [await database.user('ada', 'admin'), await database.user('bob', 'admin')];
    const ada = postgres.closeAfter(await openPgDatasetStore({ url: adaUrl }));
    const bob = postgres.closeAfter(await openPgDatasetStore({ url: bobUrl }));
    const cell = makeObservation(zoneId(0), 'ind-01', '2025-05', 'ytd', { value: 100 });
    await ada.commit({ catalog: makeCatalog(2, 1), upsert: [cell] });
    return {
      database,
      adaUrl,
      ada,
      bob,
      ada_login: loginOf(adaUrl),
      bob_login: loginOf(bobUrl),
      cell,
      key: observationKey(cell),
    };
  }

  it('each observation carries a version, raised by every write', async () => {
    const { ada, cell, key } = await twoUsers();
    expect(await ada.readVersions([cell])).toEqual({ [key]: 1 });
    await ada.commit({ upsert: [{ ...cell, value: 101 }] });
    await ada.commit({ upsert: [{ ...cell, value: 102 }] });
    expect(await ada.readVersions([cell, { ...cell, period: '2025-06' }])).toEqual({ [key]: 3 });
  });

  it('two saves of one cell based on the same version at once: one lands, the other is a conflict naming the figure and its author, nothing lost', async () => {
    const { ada, bob, ada_login, bob_login, cell, key } = await twoUsers();
    const [base] = Object.values(await ada.readVersions([cell]));
    expect(base).toBe(1);
    const outcomes = await Promise.allSettled([
      ada.commit({ upsert: [{ ...cell, value: 111 }], expectedVersions: { [key]: base! } }),
      bob.commit({ upsert: [{ ...cell, value: 222 }], expectedVersions: { [key]: base! } }),
    ]);
    const landed = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const winnerValue = outcomes[0]!.status === 'fulfilled' ? 111 : 222;
    const error = (refused[0] as PromiseRejectedResult).reason as StoreConflictError;
    expect(error).toBeInstanceOf(StoreConflictError);
    expect(error.conflicts).toHaveLength(1);
    const [conflict] = error.conflicts;
    expect(conflict).toMatchObject({ key, expectedVersion: 1, currentVersion: 2 });
    expect(conflict!.current!.value).toBe(winnerValue);
    expect(conflict!.changedBy).toBe(winnerValue === 111 ? ada_login : bob_login);
    expect(Date.now() - Date.parse(conflict!.changedAt!)).toBeLessThan(60_000);

    // The winner's figure is what both now read; the loser, shown it, saves again on top of it.
    const [stored] = await bob.readObservations({});
    expect(stored!.value).toBe(winnerValue);
    const loser = winnerValue === 111 ? bob : ada;
    await loser.commit({ upsert: [{ ...cell, value: 333 }], expectedVersions: { [key]: 2 } });
    expect((await ada.readObservations({}))[0]!.value).toBe(333);
    expect(await ada.readVersions([cell])).toEqual({ [key]: 3 });
  });

  it('a whole change is refused when one of its figures moved on: the others are not written either', async () => {
    const { ada, bob, ada_login, cell, key } = await twoUsers();
    await ada.commit({ upsert: [{ ...cell, value: 150 }] });
    const fresh = makeObservation(zoneId(1), 'ind-01', '2025-05', 'ytd', { value: 7 });
    const error = await bob
      .commit({
        upsert: [fresh, { ...cell, value: 175 }],
        meta: { note: 'x' },
        expectedVersions: { [key]: 1, [observationKey(fresh)]: 0 },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreConflictError);
    expect((error as StoreConflictError).conflicts).toEqual([
      expect.objectContaining({
        key,
        expectedVersion: 1,
        currentVersion: 2,
        changedBy: ada_login,
        current: expect.objectContaining({ value: 150 }),
      }),
    ]);
    expect((await bob.readObservations({})).map((o) => o.value)).toEqual([150]);
    expect(await bob.readMeta('note')).toBeUndefined();
  });

  it('"it did not exist" (version 0) conflicts with a figure someone else added, and a removal with a stale version is refused', async () => {
    const { ada, bob, cell, key } = await twoUsers();
    const added = makeObservation(zoneId(1), 'ind-01', '2025-05', 'ytd', { value: 9 });
    const addedKey = observationKey(added);
    const outcomes = await Promise.allSettled([
      ada.commit({ upsert: [added], expectedVersions: { [addedKey]: 0 } }),
      bob.commit({ upsert: [{ ...added, value: 10 }], expectedVersions: { [addedKey]: 0 } }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await ada.readVersions([added])).toEqual({ [addedKey]: 1 });

    await ada.commit({ upsert: [{ ...cell, value: 120 }] });
    await expect(bob.commit({ remove: [cell], expectedVersions: { [key]: 1 } })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect((await bob.readObservations({ zoneIds: [zoneId(0)] })).map((o) => o.value)).toEqual([120]);
    await bob.commit({ remove: [cell], expectedVersions: { [key]: 2 } });
    expect(await bob.readObservations({ zoneIds: [zoneId(0)] })).toEqual([]);
    // Based on a version of a figure that is gone: a conflict, not a silent re-creation.
    await expect(ada.commit({ upsert: [cell], expectedVersions: { [key]: 2 } })).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    expect(await ada.readObservations({ zoneIds: [zoneId(0)] })).toEqual([]);
  });

  it('every replaced version is recorded with who made it and who replaced it, in order', async () => {
    const { database, adaUrl, ada, bob, ada_login, bob_login, cell } = await twoUsers();
    const revision = (value: number) => ({
      value,
      yoyPct: cell.yoyPct,
      source: cell.source,
      note: '',
      replacedAt: 'x',
    });
    await bob.commit({ upsert: [{ ...cell, value: 130, history: [revision(100)] }] });
    await ada.commit({ upsert: [{ ...cell, value: 140, history: [revision(100), revision(130)] }] });
    expect(
      (await ada.readRevisions(cell)).map(({ value, changedBy, replacedBy, deleted }) => ({
        value,
        changedBy,
        replacedBy,
        deleted,
      })),
    ).toEqual([
      { value: 100, changedBy: ada_login, replacedBy: bob_login, deleted: false },
      { value: 130, changedBy: bob_login, replacedBy: ada_login, deleted: false },
    ]);
    expect(await bob.readAuthors([cell])).toEqual({
      [observationKey(cell)]: expect.objectContaining({ changedBy: ada_login }),
    });
    // A deletion is a revision too, by whoever deleted it.
    await bob.commit({ remove: [cell] });
    const client = await database.connectAs(adaUrl);
    const { rows } = await client.query(
      // History entries a client sent whole (these histories' replacedAt is not the write's time) have no author.
      `SELECT value, changed_by, replaced_by, deleted FROM zone_stats.revisions WHERE changed_by IS NOT NULL ORDER BY replaced_at, version`,
    );
    await client.end();
    expect(rows.at(-1)).toEqual({ value: 140, changed_by: ada_login, replaced_by: bob_login, deleted: true });
  });

  it("other connections' commits reach a subscribed store within a second; its own do not", async () => {
    const { ada, bob, bob_login, cell } = await twoUsers();
    const received: { event: StoreCommitEvent; at: number }[] = [];
    const unsubscribe = ada.subscribe((event) => received.push({ event, at: Date.now() }));
    await ada.listening();
    await ada.commit({ upsert: [{ ...cell, value: 1 }] });
    const sent = Date.now();
    await bob.commit({
      upsert: [{ ...cell, zoneId: zoneId(1), value: 2 }],
      meta: { 'entry-status.zone-02': { a: 1 } },
    });
    await expect.poll(() => received.length, { timeout: 1000, interval: 10 }).toBe(1);
    expect(received[0]!.at - sent).toBeLessThan(1000);
    expect(received[0]!.event).toMatchObject({
      by: bob_login,
      catalog: false,
      zoneIds: [zoneId(1)],
      meta: ['entry-status.zone-02'],
      replaced: false,
    });
    // A rolled-back change announces nothing.
    await expect(
      bob.commit({ upsert: [cell], expectedVersions: { [observationKey(cell)]: 1 } }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    await bob.commit({ catalog: makeCatalog(3, 1) });
    await expect.poll(() => received.length, { timeout: 1000, interval: 10 }).toBe(2);
    expect(received[1]!.event).toMatchObject({ by: bob_login, catalog: true, zoneIds: [] });
    unsubscribe();
    await bob.commit({ catalog: makeCatalog(2, 1) });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toHaveLength(2);
  });
});
