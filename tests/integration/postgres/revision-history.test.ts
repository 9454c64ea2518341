import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPgDatasetStore } from '../../../electron/store-pg';
import { revisedObservation, type Observation, type Revision } from '../../../shared/model';
import { makeCatalog, makeObservation, zoneId } from '../store/dataset-fixture';
import { createDatasetDatabase, loginOf } from './dataset-database';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

const entry = (value: number, replacedAt: string): Revision => ({
  value,
  yoyPct: 1.5,
  source: 'flash\testimate',
  note: '"quoted"\n',
  replacedAt,
});

/** An observation's key and figures, without when it changed and its history. */
const figuresOf = ({ updatedAt: _updatedAt, history: _history, ...figures }: Observation) => figures;

/**
 * Migration 4: a figure's earlier versions are revisions. An edit sends no history, only a claim
 * that it appends to the stored one; these check that every write, claim true or not, reads back
 * exactly as written, as the file store would give it.
 */
describe.skipIf(missing)("PostgreSQL: a figure's history lives in the revisions", { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  async function freshStore() {
    const database = await createDatasetDatabase(postgres.server());
    const url = await database.user('ada', 'admin');
    const store = postgres.closeAfter(await openPgDatasetStore({ url }));
    const owner = await database.connectAs(database.ownerUrl);
    postgres.closeAfter({ close: () => owner.end() });
    await store.commit({ catalog: makeCatalog(3, 2) });
    return { store, owner, login: loginOf(url) };
  }

  const rowsOf = async (owner: pg.Client, o: Observation) =>
    (
      await owner.query<{ changed_by: string | null; history_position: number | null }>(
        `SELECT changed_by, history_position FROM zone_stats.revisions
         WHERE zone_id = $1 AND indicator_id = $2 AND period = $3 AND basis = $4 ORDER BY history_id, history_position`,
        [o.zoneId, o.indicatorId, o.period, o.basis],
      )
    ).rows;

  it('an edit makes the version it replaced the new entry: recorded once, with its author', async () => {
    const { store, owner, login } = await freshStore();
    const first = makeObservation(zoneId(0), 'ind-01', '2025-03', 'month', { value: 10 });
    await store.commit({ upsert: [first] });
    let current = first;
    for (const [value, at] of [
      [11, '2026-12-01T08:00:00.000Z'],
      [12, '2026-12-02T08:00:00.000Z'],
    ] as const) {
      const [stored] = await store.readObservations({ zoneIds: [zoneId(0)] });
      current = revisedObservation(stored!, { ...figuresOf(stored!), value }, at);
      await store.commit({ upsert: [current] });
    }
    expect(await store.readObservations({ zoneIds: [zoneId(0)] })).toEqual([current]);
    expect(current.history.map((revision) => revision.value)).toEqual([10, 11]);
    expect(await rowsOf(owner, current)).toEqual([
      { changed_by: login, history_position: 0 },
      { changed_by: login, history_position: 1 },
    ]);
  });

  it('after hand-written SQL that kept a history as it was, the next edit sends it whole and reads back exactly', async () => {
    const { store, owner } = await freshStore();
    const first = makeObservation(zoneId(0), 'ind-02', '2025-08', 'ytd', { value: 10, revisions: 1 });
    await store.commit({ upsert: [first] });
    // Nothing a figure shows changes, but the version is replaced and recorded at the end of its history.
    await owner.query(`UPDATE zone_stats.observations SET based_on = 0 WHERE indicator_id = 'ind-02'`);
    const [stored] = await store.readObservations({});
    expect(stored).toEqual(first);
    const edited = revisedObservation(stored!, { ...figuresOf(stored!), value: 11 }, '2026-12-06T00:00:00.000Z');
    await store.commit({ upsert: [edited] });
    expect(await store.readObservations({})).toEqual([edited]);
  });

  it('a write that only looks like an append is stored exactly as written, and true appends follow', async () => {
    const { store } = await freshStore();
    const at = '2026-12-03T09:00:00.000Z';
    const stored = makeObservation(zoneId(1), 'ind-01', '2025-04', 'month', { value: 20, revisions: 2 });
    const other = makeObservation(zoneId(1), 'ind-02', '2025-04', 'month', { value: 30, revisions: 1 });
    await store.commit({ upsert: [stored, other] });
    const [storedBack, otherBack] = await store.readObservations({ zoneIds: [zoneId(1)] });
    // Another earlier history than the stored one, then the stored figures.
    const otherPast: Observation = {
      ...stored,
      value: 21,
      updatedAt: at,
      history: [entry(1, 'a'), { ...entry(20, at), yoyPct: 12.3 }],
    };
    // The stored history, then figures the store never held.
    const neverHeld = revisedObservation({ ...otherBack!, value: 29 }, { ...figuresOf(otherBack!), value: 31 }, at);
    // Nothing stored to append to.
    const nothingStored: Observation = { ...stored, zoneId: zoneId(2), updatedAt: at, history: [entry(5, at)] };
    await store.commit({ upsert: [otherPast, neverHeld, nothingStored] });
    expect(await store.readObservations({})).toEqual([otherPast, neverHeld, nothingStored]);
    // Built on the figure as it was before: it claims to append to a state that has gone since (a blind write).
    const appended = revisedObservation(storedBack!, { ...figuresOf(storedBack!), value: 22 }, at);
    await store.commit({ upsert: [appended] });
    const read = await store.readObservations({});
    expect(read).toEqual([appended, neverHeld, nothingStored]);
    // Each claim again, true this time.
    const next = read.map((o) => revisedObservation(o, { ...figuresOf(o), value: o.value! + 100 }, at));
    await store.commit({ upsert: next });
    expect(await store.readObservations({})).toEqual(next);
  });

  it('a restored figure reads back the history it had, and its next edit appends to it', async () => {
    const { store } = await freshStore();
    const edit = async (value: number, at: string) => {
      const [stored] = await store.readObservations({});
      const revised = revisedObservation(stored!, { ...figuresOf(stored!), value }, at);
      await store.commit({ upsert: [revised] });
      return revised;
    };
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2025-05', 'ytd', { value: 1 })] });
    await edit(2, '2026-12-04T01:00:00.000Z');
    const backedUp = await edit(3, '2026-12-04T02:00:00.000Z');
    const backup = await store.backup({ kind: 'manual' });
    await edit(4, '2026-12-04T03:00:00.000Z');
    await store.restoreBackup(backup.id);
    expect(await store.readObservations({})).toEqual([backedUp]);
    const after = await edit(5, '2026-12-04T04:00:00.000Z');
    expect(await store.readObservations({})).toEqual([after]);
    expect(after.history.map((revision) => revision.value)).toEqual([1, 2, 3]);
  });

  it('backups taken on either side of an edit both restore exactly, whatever was written between', async () => {
    const { store } = await freshStore();
    const edit = async (value: number, at: string, whole = false) => {
      const [stored] = await store.readObservations({});
      const revised = revisedObservation(stored!, { ...figuresOf(stored!), value }, at);
      // A history sent whole (its last entry replaced at another time than the write's).
      const written = whole ? { ...revised, updatedAt: `${at} (whole)` } : revised;
      await store.commit({ upsert: [written] });
      return written;
    };
    await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2025-07', 'month', { value: 1 })] });
    const first = await edit(2, '2026-12-05T01:00:00.000Z');
    const early = await store.backup({ kind: 'manual' });
    const second = await edit(3, '2026-12-05T02:00:00.000Z');
    const late = await store.backup({ kind: 'manual' });
    await store.restoreBackup(early.id);
    await edit(4, '2026-12-05T03:00:00.000Z');
    await edit(5, '2026-12-05T04:00:00.000Z', true);
    await store.restoreBackup(late.id);
    expect(await store.readObservations({})).toEqual([second]);
    await store.restoreBackup(early.id);
    expect(await store.readObservations({})).toEqual([first]);
  });
});
