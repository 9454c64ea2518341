import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../shared/api';
import type { ObservationKey } from '../../../shared/model';
import { EntrySession, isVersionConflict } from '../../../renderer/features/entry/model/session/entry-session';
import type { Figures } from '../../../renderer/features/entry/model/session/figures';
import { apiOver } from '../../unit/renderer/support/handler-gateway';
import { createDatasetDatabase, loginOf } from './dataset-database';
import { openPgApp } from './pg-app';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

const may: ObservationKey = { zoneId: 'z1', indicatorId: 'iav', period: '2025-05', basis: 'ytd' };
const figures = (value: number): Figures => ({ value, yoyPct: null, source: '', note: '' });

describe.skipIf(missing)(
  'two entry screens on one database: the save sends the version it was based on',
  { timeout: 30_000 },
  () => {
    const postgres = postgresForSuite();

    it("the second edit of a cell another user changed is refused with both figures and who, and the store keeps the first user's figure", async () => {
      const database = await createDatasetDatabase(postgres.server());
      const adaUrl = await database.user('ada', 'admin');
      const ada = postgres.closeAfter(await openPgApp(adaUrl));
      const bob = postgres.closeAfter(await openPgApp(await database.user('bob', 'admin')));
      await ada.handlers.createZone({
        zone: { id: 'z1', name: 'Zone one', nameZh: '一区', region: '', benchmarkZoneId: null },
      });
      await ada.handlers.createIndicator({
        indicator: { id: 'iav', name: 'IAV', nameZh: '工业增加值', unit: '', kind: 'flow', parentId: null },
      });
      await ada.handlers.saveObservations({ observations: [{ ...may, ...figures(1000) }] });

      const adaScreen = new EntrySession(apiOver(ada.handlers));
      const bobScreen = new EntrySession(apiOver(bob.handlers));
      const window = { zoneIds: ['z1'], from: '2025-01', to: '2025-12' };
      await adaScreen.load(window);
      await bobScreen.load(window);
      const bobFailures: AppError[] = [];
      bobScreen.onFailure((error) => bobFailures.push(error));

      // Both read 1000 (version 1). Ada saves 1100 first; Bob, still on version 1, saves 1200.
      adaScreen.commit('edit', [{ key: may, before: figures(1000), after: figures(1100) }]);
      await adaScreen.flush();
      bobScreen.commit('edit', [{ key: may, before: figures(1000), after: figures(1200) }]);
      await bobScreen.flush();

      expect(bobFailures).toHaveLength(1);
      const [conflict] = bobFailures;
      expect(isVersionConflict(conflict!)).toBe(true);
      expect(conflict!.details).toMatchObject({ theirs: '1100', mine: '1200', changedBy: loginOf(adaUrl) });
      const stored = await bob.handlers.getObservations({ zoneIds: ['z1'] });
      expect(stored.ok && stored.value.map((o) => o.value)).toEqual([1100]);

      // Ada's own next edit is based on the version her save made (2): no false conflict.
      const adaFailures: AppError[] = [];
      adaScreen.onFailure((error) => adaFailures.push(error));
      adaScreen.commit('edit', [{ key: may, before: figures(1100), after: figures(1110) }]);
      await adaScreen.flush();
      expect(adaFailures).toEqual([]);

      // Bob, having reloaded (as the screen does after a failure), now sees 1110 and his save lands.
      await bobScreen.load(window);
      expect(bobScreen.figures(may)).toEqual(figures(1110));
      bobScreen.commit('edit', [{ key: may, before: figures(1110), after: figures(1200) }]);
      await bobScreen.flush();
      expect(bobFailures).toHaveLength(1);
      const final = await ada.handlers.getObservations({ zoneIds: ['z1'] });
      expect(final.ok && final.value.map((o) => o.value)).toEqual([1200]);

      // Ada, still showing 1110, clears the cell: Bob's 1200 is not removed behind his back.
      const adaRefusals: AppError[] = [];
      adaScreen.onFailure((error) => adaRefusals.push(error));
      adaScreen.commit('edit', [{ key: may, before: figures(1110), after: null }]);
      await adaScreen.flush();
      expect(adaRefusals).toHaveLength(1);
      expect(adaRefusals[0]!.details).toMatchObject({ theirs: '1200', mine: 'removed' });
      const kept = await ada.handlers.getObservations({ zoneIds: ['z1'] });
      expect(kept.ok && kept.value.map((o) => o.value)).toEqual([1200]);
    });
  },
);
