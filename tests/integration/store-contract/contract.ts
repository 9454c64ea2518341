import { describe, expect, it } from 'vitest';
import type { ObservationQuery } from '../../../shared/api';
import type { Clock, DatasetStore } from '../../../shared/app';
import { observationKey, type Observation, type ObservationKey } from '../../../shared/model';
import { makeCatalog, makeObservation, makeObservations, steppingClock, zoneId } from '../store/dataset-fixture';

/** What every DatasetStore must do, whatever it keeps the dataset in (run for the file store and PostgreSQL). */

export type ClosableStore = DatasetStore & { close(): Promise<void> };

export interface StoreFactory {
  /** A store on a new, empty dataset. */
  create(clock?: Clock): Promise<ClosableStore>;
  /** The same dataset as `store`, opened afresh after `store` was closed. */
  reopen(store: ClosableStore, clock?: Clock): Promise<ClosableStore>;
  /** How many backups a store keeps (the file store's KEEP_BACKUPS). */
  keepBackups: number;
}

const keys = (observations: readonly ObservationKey[]) => observations.map(observationKey).sort();
const byKey = (observations: readonly Observation[]) =>
  [...observations].sort((a, b) => (observationKey(a) < observationKey(b) ? -1 : 1));

export function storeContract(name: string, factory: StoreFactory, timeout = 30_000): void {
  describe(`the DatasetStore contract: ${name}`, { timeout }, () => {
    it('round-trips a catalog, observations with their history, and documents, across a reopen', async () => {
      const catalog = makeCatalog(3, 2);
      catalog.indicators[1] = {
        ...catalog.indicators[1]!,
        parentId: 'ind-01',
        required: true,
        kind: 'stock',
        plausibleYoyMin: -30.5,
        plausibleYoyMax: 45,
      };
      const observations = makeObservations({ zones: 2, indicators: 2, years: 2, revisions: 2 });
      // Figures a store must keep exactly: nulls, negatives, fractions no float32 could hold, text with tabs, newlines, backslashes and Chinese.
      observations[0] = {
        ...observations[0]!,
        value: null,
        yoyPct: -3.25,
        note: 'line one\nline\ttwo \\N 备注',
        source: '统计局',
      };
      observations[1] = { ...observations[1]!, value: 0.1 + 0.2, yoyPct: null };
      observations[2] = { ...observations[2]!, value: -123456789.123456, history: [] };
      const documents = {
        'entry-status.zone-01': { '2024-01|month': { status: 'verified', updatedAt: 'x' } },
        'import-log': [{ id: 'a', rows: 3 }],
        'import-undo-a': { restore: [] },
        'import-profiles': [{ source: '局', mapping: { B: 'value' } }],
        text: '数据 "quoted"',
      };

      const store = await factory.create();
      await store.commit({ catalog, upsert: observations, meta: documents });
      const reopened = await factory.reopen(store);
      expect(await reopened.readCatalog()).toEqual(catalog);
      expect(byKey(await reopened.readObservations({}))).toEqual(byKey(observations));
      for (const [name, value] of Object.entries(documents)) expect(await reopened.readMeta(name)).toEqual(value);
      expect(await reopened.readMeta('import-undo-b')).toBeUndefined();
      await reopened.close();
    });

    it('keeps the catalog in its order and replaces it whole', async () => {
      const store = await factory.create();
      const catalog = makeCatalog(3, 3);
      await store.commit({ catalog: { zones: [...catalog.zones].reverse(), indicators: catalog.indicators } });
      expect((await store.readCatalog()).zones.map((zone) => zone.id)).toEqual([zoneId(2), zoneId(1), zoneId(0)]);
      await store.commit({ catalog: makeCatalog(1, 1) });
      expect(await store.readCatalog()).toEqual(makeCatalog(1, 1));
      await store.close();
    });

    describe('readObservations', () => {
      // 3 zones × 4 indicators × 2016–2018 × 12 months × 2 bases.
      const all = makeObservations({ zones: 3, indicators: 4, years: 3 });
      it.each<[string, ObservationQuery]>([
        ['nothing', {}],
        ['zones', { zoneIds: [zoneId(2), zoneId(0)] }],
        ['indicators', { indicatorIds: ['ind-02', 'ind-04'] }],
        ['a period range across years', { from: '2016-11', to: '2017-02' }],
        ['from only', { from: '2018-12' }],
        ['to only', { to: '2016-01' }],
        ['a basis', { basis: 'ytd' }],
        [
          'everything at once',
          { zoneIds: [zoneId(1)], indicatorIds: ['ind-03'], from: '2017-06', to: '2017-07', basis: 'month' },
        ],
        ['an unknown zone', { zoneIds: ['nowhere'] }],
      ])('filters by %s', async (_, query) => {
        const store = await factory.create();
        await store.commit({ catalog: makeCatalog(3, 4), upsert: all });
        const expected = all.filter(
          (o) =>
            (!query.zoneIds || query.zoneIds.includes(o.zoneId)) &&
            (!query.indicatorIds || query.indicatorIds.includes(o.indicatorId)) &&
            (!query.from || o.period >= query.from) &&
            (!query.to || o.period <= query.to) &&
            (!query.basis || o.basis === query.basis),
        );
        expect(keys(await store.readObservations(query))).toEqual(keys(expected));
        await store.close();
      });

      it('gives the asked zones in the asked order, each by period', async () => {
        const store = await factory.create();
        await store.commit({ upsert: all });
        const found = await store.readObservations({
          zoneIds: [zoneId(1), zoneId(0)],
          indicatorIds: ['ind-01'],
          basis: 'month',
        });
        expect(found.map((o) => o.zoneId)).toEqual([...Array(36).fill(zoneId(1)), ...Array(36).fill(zoneId(0))]);
        expect(found.slice(0, 36).map((o) => o.period)).toEqual([...found.slice(0, 36).map((o) => o.period)].sort());
        await store.close();
      });

      it('hands out observations, the catalog and documents that no caller can change the store through', async () => {
        const store = await factory.create();
        await store.commit({ catalog: makeCatalog(3, 1), upsert: all.slice(0, 4), meta: { doc: { a: 1 } } });
        const [first] = await store.readObservations({ zoneIds: [zoneId(0)] });
        const before = structuredClone(first);
        // A store may hand out frozen observations (the change throws) or new ones each time (it is lost).
        try {
          first!.value = 0;
          first!.history.push({ value: 0, yoyPct: null, source: '', note: '', replacedAt: '2026-01-01T00:00:00.000Z' });
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
        expect((await store.readObservations({ zoneIds: [zoneId(0)] }))[0]).toEqual(before);
        const catalog = await store.readCatalog();
        catalog.zones.pop();
        expect((await store.readCatalog()).zones).toHaveLength(3);
        const doc = (await store.readMeta('doc')) as { a: number };
        doc.a = 2;
        expect(await store.readMeta('doc')).toEqual({ a: 1 });
        await store.close();
      });
    });

    describe('commit', () => {
      it('applies removals before upserts, the last upsert of a key wins, and null removes a document', async () => {
        const store = await factory.create();
        const a = makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1 });
        const b = makeObservation(zoneId(0), 'ind-01', '2024-02', 'month', { value: 2 });
        await store.commit({ upsert: [a, b], meta: { gone: 1, kept: 2 } });
        await store.commit({
          remove: [a, b],
          upsert: [
            { ...a, value: 10 },
            { ...a, value: 11 },
          ],
          meta: { gone: null },
        });
        expect((await store.readObservations({})).map((o) => [o.period, o.value])).toEqual([['2024-01', 11]]);
        expect(await store.readMeta('gone')).toBeUndefined();
        expect(await store.readMeta('kept')).toBe(2);
        await store.close();
      });

      it('keeps exactly the history of the last upsert: grown, rewritten, shortened or emptied', async () => {
        const store = await factory.create();
        const base = makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 10, revisions: 2 });
        const revision = (value: number) => ({
          value,
          yoyPct: null,
          source: 'flash',
          note: '',
          replacedAt: '2026-01-01T00:00:00.000Z',
        });
        await store.commit({ upsert: [base] });
        for (const history of [
          [...base.history, revision(7)],
          [revision(1), revision(2), revision(3)],
          [revision(4)],
          [],
        ]) {
          await store.commit({ upsert: [{ ...base, history }] });
          expect((await store.readObservations({}))[0]!.history).toEqual(history);
        }
        await store.close();
      });

      it('refuses a change with one invalid part whole: nothing of it is written', async () => {
        const store = await factory.create();
        const good = makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1 });
        await store.commit({ catalog: makeCatalog(1, 1), upsert: [good] });
        const noFigure = { ...makeObservation(zoneId(0), 'ind-01', '2024-02', 'month'), value: null, yoyPct: null };
        await expect(
          store.commit({ catalog: makeCatalog(2, 2), upsert: [{ ...good, value: 2 }, noFigure], meta: { doc: true } }),
        ).rejects.toThrow(/invalid change/);
        await expect(store.commit({ upsert: [{ ...good, period: '2024-13' }] })).rejects.toThrow(/invalid change/);
        expect(await store.readCatalog()).toEqual(makeCatalog(1, 1));
        expect((await store.readObservations({})).map((o) => o.value)).toEqual([1]);
        expect(await store.readMeta('doc')).toBeUndefined();
        // The store goes on working.
        await store.commit({ upsert: [{ ...good, value: 3 }] });
        expect((await store.readObservations({})).map((o) => o.value)).toEqual([3]);
        await store.close();
      });
    });

    describe('backups', () => {
      it('are listed newest first with their clock times, distinct within one millisecond', async () => {
        const store = await factory.create({ now: () => new Date('2026-11-28T10:00:00.000Z') });
        const ids = [];
        for (let index = 0; index < 3; index++)
          ids.push((await store.backup({ kind: 'other', words: `b${index}` })).id);
        expect(ids).toEqual(['20261128T100000000Z', '20261128T100000000Z-001', '20261128T100000000Z-002']);
        const listed = await store.listBackups();
        expect(
          listed.map((backup) => [
            backup.id,
            backup.reason.kind === 'other' ? backup.reason.words : backup.reason.kind,
            backup.createdAt,
          ]),
        ).toEqual([
          ['20261128T100000000Z-002', 'b2', '2026-11-28T10:00:00.000Z'],
          ['20261128T100000000Z-001', 'b1', '2026-11-28T10:00:00.000Z'],
          ['20261128T100000000Z', 'b0', '2026-11-28T10:00:00.000Z'],
        ]);
        await store.close();
      });

      it(`keep the last ${factory.keepBackups}`, async () => {
        const store = await factory.create(steppingClock());
        const made = [];
        for (let index = 0; index < factory.keepBackups + 3; index++)
          made.push(await store.backup({ kind: 'other', words: `backup ${index}` }));
        const kept = await store.listBackups();
        expect(kept).toHaveLength(factory.keepBackups);
        expect(kept.at(-1)).toEqual(made[3]);
        expect(kept[0]).toEqual(made.at(-1));
        await store.close();
      });

      it('restore a backup after backing up the current state, and undo the restore with that backup', async () => {
        const store = await factory.create(steppingClock());
        await store.commit({
          catalog: makeCatalog(1, 1),
          upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1, revisions: 1 })],
          meta: { early: 'yes' },
        });
        const before = await store.backup({ kind: 'other', words: 'before changes' });
        await store.commit({
          catalog: makeCatalog(2, 1),
          upsert: [
            makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 2 }),
            makeObservation(zoneId(1), 'ind-01', '2025-01', 'month', { value: 5 }),
          ],
          meta: { later: true, early: null },
        });

        await store.restoreBackup(before.id);
        expect(await store.readCatalog()).toEqual(makeCatalog(1, 1));
        expect(await store.readObservations({})).toEqual([
          makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: 1, revisions: 1 }),
        ]);
        expect(await store.readMeta('later')).toBeUndefined();
        expect(await store.readMeta('early')).toBe('yes');

        const [undo] = await store.listBackups();
        expect(undo!.reason).toEqual({ kind: 'restoring', backupId: before.id });
        await store.restoreBackup(undo!.id);
        const reopened = await factory.reopen(store);
        expect((await reopened.readObservations({})).map((o) => o.value).sort()).toEqual([2, 5]);
        expect(await reopened.readMeta('later')).toBe(true);
        expect(await reopened.readCatalog()).toEqual(makeCatalog(2, 1));
        await reopened.close();
      });

      it('refuse to restore a backup that does not exist, changing nothing', async () => {
        const store = await factory.create();
        await store.commit({ upsert: [makeObservation(zoneId(0), 'ind-01', '2024-01', 'month')] });
        await expect(store.restoreBackup('20200101T000000000Z')).rejects.toThrow(/no backup "20200101T000000000Z"/);
        await expect(store.restoreBackup('../../etc')).rejects.toThrow(/no backup/);
        expect(await store.listBackups()).toEqual([]);
        expect(await store.readObservations({})).toHaveLength(1);
        await store.close();
      });
    });
  });
}
