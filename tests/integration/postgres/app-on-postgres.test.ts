import { describe, expect, it } from 'vitest';
import type { AppApi } from '../../../shared/api';
import { createDatasetDatabase, loginOf } from './dataset-database';
import { createZoneOne } from '../app/zone-one';
import { openPgApp } from './pg-app';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

const key = { zoneId: 'z1', indicatorId: 'iav', basis: 'ytd' as const };

async function ytdGrowth(handlers: AppApi): Promise<number | null | undefined> {
  const result = await handlers.getMetrics({ zoneIds: ['z1'], from: '2025-05', to: '2025-05', basis: 'ytd' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.rows[0]?.yoyPct;
}

/** Polls until `read` gives `wanted` or `ms` pass; the time it took, or null. */
async function within<T>(ms: number, read: () => Promise<T>, wanted: (value: T) => boolean): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < ms) {
    if (wanted(await read())) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return null;
}

describe.skipIf(missing)('the app on PostgreSQL: two users, one dataset', { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  /** Ada and Bob, each with the app's handlers on one fresh database holding z1's May 2024 and 2025 (1000 → 1148). */
  async function twoApps() {
    const database = await createDatasetDatabase(postgres.server());
    const adaUrl = await database.user('ada', 'admin');
    const bobUrl = await database.user('bob', 'admin');
    const ada = postgres.closeAfter(await openPgApp(adaUrl));
    const bob = postgres.closeAfter(await openPgApp(bobUrl));
    await createZoneOne(ada.handlers);
    const saved = await ada.handlers.saveObservations({
      observations: [
        { ...key, period: '2024-05', value: 1000, yoyPct: null },
        { ...key, period: '2025-05', value: 1148, yoyPct: null },
      ],
    });
    expect(saved.ok).toBe(true);
    return { ada, bob, adaLogin: loginOf(adaUrl), bobLogin: loginOf(bobUrl) };
  }

  it("another user's commit reaches an open app's metrics within a second", async () => {
    const { ada, bob } = await twoApps();
    // Bob's engine is built (and cached) before Ada's edit: 1148 / 1000 − 1 = 14.8 %. Ada's setup
    // commits are announced to Bob too; once they are in, a build is kept.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ytdGrowth(bob.handlers)).toBeCloseTo(14.8, 10);
    expect(await ytdGrowth(ada.handlers)).toBeCloseTo(14.8, 10);

    const edited = await ada.handlers.saveObservations({
      observations: [{ ...key, period: '2024-05', value: 1100, yoyPct: null }],
    });
    expect(edited.ok).toBe(true);
    // 1148 / 1100 − 1 = 4.3636… %
    const expected = (1148 / 1100 - 1) * 100;
    const took = await within(
      1000,
      () => ytdGrowth(bob.handlers),
      (growth) => growth !== null && growth !== undefined && Math.abs(growth - expected) < 1e-9,
    );
    expect(took, "Bob's metrics never showed Ada's edit within 1 s").not.toBeNull();
  });

  it('versions: the store reports them, and a save based on an older one is a conflict Result with both figures and who made the other', async () => {
    const { ada, bob, adaLogin, bobLogin } = await twoApps();
    const may = { ...key, period: '2025-05' };
    const read = await bob.handlers.getObservationVersions({ zoneIds: ['z1'] });
    expect(read.ok && read.value).toEqual({ 'z1|iav|2024-05|ytd': 1, 'z1|iav|2025-05|ytd': 1 });

    // Ada saves 1150 on top of version 1; Bob, still holding version 1, saves 1160.
    const adaSaved = await ada.handlers.saveObservations({
      observations: [{ ...may, value: 1150, yoyPct: null }],
      expectedVersions: { 'z1|iav|2025-05|ytd': 1 },
    });
    expect(adaSaved.ok && adaSaved.value).toEqual({ added: 0, changed: 1, unchanged: 0, warnings: [] });
    const bobSaved = await bob.handlers.saveObservations({
      observations: [{ ...may, value: 1160, yoyPct: null }],
      expectedVersions: { 'z1|iav|2025-05|ytd': 1 },
    });
    expect(bobSaved.ok).toBe(false);
    if (bobSaved.ok) return;
    expect(bobSaved.error.code).toBe('conflict');
    expect(bobSaved.error.details).toMatchObject({
      conflicts: 1,
      key: 'z1|iav|2025-05|ytd',
      theirs: '1150',
      mine: '1160',
      changedBy: adaLogin,
    });
    expect(bobSaved.error.problems).toEqual([
      expect.objectContaining({ place: 'z1|iav|2025-05|ytd', found: '1150', expected: '1160' }),
    ]);

    // Nothing of Bob's was written; Ada's figure stands at version 2, and the history says who made it.
    const stored = await bob.handlers.getObservations({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(stored.ok && stored.value.map((o) => o.value)).toEqual([1150]);
    const versions = await bob.handlers.getObservationVersions({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(versions.ok && versions.value).toEqual({ 'z1|iav|2025-05|ytd': 2 });

    // Shown Ada's figure, Bob saves again on version 2: it lands.
    const again = await bob.handlers.saveObservations({
      observations: [{ ...may, value: 1160, yoyPct: null }],
      expectedVersions: { 'z1|iav|2025-05|ytd': 2 },
    });
    expect(again.ok).toBe(true);

    // The history says who saved the current figure, and keeps the two before it.
    const history = await ada.handlers.getObservationHistory({ key: may });
    expect(history.ok && history.value.changedBy).toBe(bobLogin);
    expect(history.ok && history.value.current?.value).toBe(1160);
    expect(history.ok && history.value.revisions.map((revision) => revision.value)).toEqual([1148, 1150]);
    // Each earlier version names who saved it, as the database recorded it: Ada twice, then Bob.
    expect(history.ok && history.value.revisions.map((revision) => revision.changedBy)).toEqual([adaLogin, adaLogin]);
    const thirdEdit = await ada.handlers.saveObservations({
      observations: [{ ...may, value: 1170, yoyPct: null }],
      expectedVersions: { 'z1|iav|2025-05|ytd': 3 },
    });
    expect(thirdEdit.ok).toBe(true);
    const later = await bob.handlers.getObservationHistory({ key: may });
    expect(later.ok && later.value.changedBy).toBe(adaLogin);
    expect(later.ok && later.value.revisions.map(({ value, changedBy }) => [value, changedBy])).toEqual([
      [1148, adaLogin],
      [1150, adaLogin],
      [1160, bobLogin],
    ]);
    // A deleted figure keeps the name of who saved it.
    expect((await bob.handlers.deleteObservations({ keys: [may] })).ok).toBe(true);
    const deleted = await ada.handlers.getObservationHistory({ key: may });
    expect(
      deleted.ok && deleted.value.deleted.map(({ observation, changedBy }) => [observation.value, changedBy]),
    ).toEqual([[1170, adaLogin]]);
  });

  it('a new figure expected absent (version 0) that another user has just added is a conflict too', async () => {
    const { ada, bob, adaLogin } = await twoApps();
    const june = { ...key, period: '2025-04' };
    expect(
      (
        await ada.handlers.saveObservations({
          observations: [{ ...june, value: 900, yoyPct: null }],
          expectedVersions: { 'z1|iav|2025-04|ytd': 0 },
        })
      ).ok,
    ).toBe(true);
    const late = await bob.handlers.saveObservations({
      observations: [{ ...june, value: 901, yoyPct: null }],
      expectedVersions: { 'z1|iav|2025-04|ytd': 0 },
    });
    expect(!late.ok && late.error.details).toMatchObject({ theirs: '900', mine: '901', changedBy: adaLogin });
  });
});
