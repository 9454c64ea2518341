import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { grantRole, openPgDatasetStore } from '../../../electron/store-pg';
import { migrate } from '../../../electron/store-pg/migrate';
import { CREATE_ROLES_SQL } from '../../../electron/store-pg/roles';
import { FIGURE_COLUMNS, figureFields } from '../../../electron/store-pg/staging';
import { observationKey, revisedObservation, type Observation } from '../../../shared/model';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

const figure = (indicatorId: string, value: number, history: Observation['history'] = []): Observation => ({
  zoneId: 'zone-01',
  indicatorId,
  period: '2025-06',
  basis: 'month',
  value,
  yoyPct: 4.2,
  source: 'bureau',
  note: '',
  updatedAt: '2026-11-20T10:00:00.000Z',
  history,
});

const tricky = [
  { value: 0.30000000000000004, yoyPct: null, source: '统计局\tflash', note: 'a "quoted"\nnote', replacedAt: 't1' },
  { value: -123456789.125, yoyPct: 1e-3, source: '', note: 'back\\slash', replacedAt: '2026-11-19T10:00:00.000Z' },
];

/** What the store wrote before migration 4: the history as the JSON text the client made. */
async function insertAtV3(client: pg.Client, observations: readonly Observation[]): Promise<void> {
  for (const o of observations)
    await client.query(
      `INSERT INTO zone_stats.observations (${FIGURE_COLUMNS.join(', ')}, history)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [...figureFields(o), JSON.stringify(o.history)],
    );
}

async function updateAtV3(client: pg.Client, o: Observation): Promise<void> {
  await client.query(
    `UPDATE zone_stats.observations SET value = $5, updated_at = $6, history = $7
     WHERE zone_id = $1 AND indicator_id = $2 AND period = $3 AND basis = $4`,
    [o.zoneId, o.indicatorId, o.period, o.basis, o.value, o.updatedAt, JSON.stringify(o.history)],
  );
}

describe.skipIf(missing)(
  'migration 4: histories move from the JSON column to the revisions',
  { timeout: 60_000 },
  () => {
    const postgres = postgresForSuite();

    it('a database at migration 3 reads back the same observations, histories, authors and backups', async () => {
      const server = postgres.server();
      const { ownerUrl } = await server.createDatabase('at_v3');
      const owner = new pg.Client({ connectionString: ownerUrl });
      await owner.connect();
      postgres.closeAfter({ close: () => owner.end() });
      await owner.query(CREATE_ROLES_SQL);
      expect(await migrate(owner, 3)).toEqual([1, 2, 3]);
      const login = 'at_v3_ada';
      await server.createLogin(login);
      await grantRole(owner, login, 'admin');
      const url = server.url(login, 'at_v3');
      const ada = new pg.Client({ connectionString: url });
      await ada.connect();
      postgres.closeAfter({ close: () => ada.end() });

      const plain = figure('ind-01', 10);
      const revised = figure('ind-02', 20, tricky);
      const edited = figure('ind-03', 30, [tricky[0]!]);
      const rewritten = figure('ind-04', 40, tricky);
      const deleted = figure('ind-05', 50);
      await insertAtV3(ada, [plain, revised, edited, rewritten, deleted]);
      // An edit and a deletion at migration 3: the trigger records who made the versions replaced.
      const editedNow = revisedObservation(edited, { ...edited, value: 31 }, '2026-11-21T10:00:00.000Z');
      await updateAtV3(ada, editedNow);
      await ada.query(`DELETE FROM zone_stats.observations WHERE indicator_id = 'ind-05'`);
      await ada.query(
        `SELECT zone_stats.take_backup('20261121T100000000Z', '2026-11-21T10:00:00.000Z', 'manual', NULL)`,
      );
      // After the backup, one figure only gains an entry, another's history is rewritten.
      const revisedNow = revisedObservation(revised, { ...revised, value: 21 }, '2026-11-22T10:00:00.000Z');
      const rewrittenNow = { ...rewritten, history: [tricky[1]!] };
      await updateAtV3(ada, revisedNow);
      await updateAtV3(ada, rewrittenNow);

      const authors = async () =>
        (
          await owner.query(
            `SELECT indicator_id, version, changed_by, changed_at FROM zone_stats.observations ORDER BY indicator_id`,
          )
        ).rows;
      const authorsAtV3 = await authors();
      expect(await migrate(owner)).toEqual([4]);
      // Moving the histories made no new version of any figure.
      expect(await authors()).toEqual(authorsAtV3);
      const store = postgres.closeAfter(await openPgDatasetStore({ url }));
      const live = [plain, revisedNow, editedNow, rewrittenNow];
      expect(await store.readObservations({})).toEqual(live);
      expect((await store.readRevisions(editedNow)).map(({ value, changedBy }) => ({ value, changedBy }))).toEqual([
        { value: 30, changedBy: login },
      ]);
      expect((await store.readRevisions(deleted)).map(({ value, deleted: gone }) => ({ value, gone }))).toEqual([
        { value: 50, gone: true },
      ]);
      const { rows: columns } = await owner.query(
        `SELECT table_name FROM information_schema.columns WHERE table_schema = 'zone_stats' AND column_name = 'history'`,
      );
      expect(columns).toEqual([]);

      // The first edit of a moved figure sends its history whole; the next appends: in each history, one
      // recorded (authored) version, the last entry.
      const firstEdits = live.map((o) =>
        revisedObservation(o, { ...o, value: o.value! + 1 }, '2026-12-01T09:00:00.000Z'),
      );
      await store.commit({ upsert: firstEdits });
      expect(await store.readObservations({})).toEqual(firstEdits);
      const edits = firstEdits.map((o) =>
        revisedObservation(o, { ...o, value: o.value! + 1 }, '2026-12-01T10:00:00.000Z'),
      );
      await store.commit({ upsert: edits });
      expect(await store.readObservations({})).toEqual(edits);
      const { rows: appended } = await owner.query<{
        key: string;
        changed_by: string | null;
        history_position: number;
      }>(
        `SELECT r.zone_id || '|' || r.indicator_id || '|' || r.period || '|' || r.basis AS key, r.changed_by, r.history_position
       FROM zone_stats.revisions r JOIN zone_stats.observations o USING (zone_id, indicator_id, period, basis)
       WHERE r.history_id = o.history_id AND r.history_position < o.history_length AND r.changed_by IS NOT NULL
       ORDER BY r.indicator_id`,
      );
      expect(appended).toEqual(
        edits.map((o) => ({ key: observationKey(o), changed_by: login, history_position: o.history.length - 1 })),
      );

      await store.restoreBackup('20261121T100000000Z');
      expect(await store.readObservations({})).toEqual([plain, revised, editedNow, rewritten]);
    });
  },
);
