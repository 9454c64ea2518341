import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../shared/api';
import type { ObservationKey } from '../../../../shared/model';
import { EntrySession } from '../../../../renderer/features/entry/model/session/entry-session';
import { withField, type Figures } from '../../../../renderer/features/entry/model/session/figures';
import { openTempApp, type TempApp } from '../../../integration/app/temp-app';
import { apiOver } from '../support/handler-gateway';

let app: TempApp;
let session: EntrySession;
const may: ObservationKey = { zoneId: 'z1', indicatorId: 'iav', period: '2025-05', basis: 'ytd' };
const april: ObservationKey = { ...may, period: '2025-04' };
const figures = (value: number | null, yoyPct: number | null = null): Figures => ({
  value,
  yoyPct,
  source: '',
  note: '',
});

beforeEach(async () => {
  app = await openTempApp();
  await app.handlers.createZone({
    zone: { id: 'z1', name: 'Zone one', nameZh: '', region: '', benchmarkZoneId: null },
  });
  await app.handlers.createIndicator({
    indicator: {
      id: 'iav',
      name: 'IAV',
      nameZh: '',
      unit: '',
      kind: 'flow',
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    },
  });
  session = new EntrySession(apiOver(app.handlers));
});
afterEach(async () => {
  await app.dispose();
});

async function stored(): Promise<Record<string, number | null>> {
  const result = await app.handlers.getObservations({ zoneIds: ['z1'] });
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(result.value.map((o) => [o.period, o.value]));
}

describe('an entry session', () => {
  it('shows a change at once, saves it behind, and reports Saving… then Saved', async () => {
    const states: string[] = [];
    session.subscribe(() => states.push(session.saveState.kind));
    session.commit('edit', [{ key: may, before: null, after: figures(1148000, 14.8) }]);
    expect(session.figures(may)).toEqual(figures(1148000, 14.8));
    expect(session.saveState.kind).toBe('saving');
    await session.flush();
    expect(session.saveState.kind).toBe('saved');
    expect(states).toContain('saving');
    expect(await stored()).toEqual({ '2025-05': 1148000 });
  });

  it('undoes a paste as one action, deleting what it added and restoring what it changed, and redoes it', async () => {
    await app.handlers.saveObservations({ observations: [{ ...april, ...figures(900) }] });
    await session.load({ zoneIds: ['z1'], from: '2025-01', to: '2025-12' });
    session.commit('paste', [
      { key: april, before: session.figures(april), after: withField(session.figures(april), 'value', 950) },
      { key: may, before: null, after: withField(null, 'value', 1000) },
    ]);
    await session.flush();
    expect(await stored()).toEqual({ '2025-04': 950, '2025-05': 1000 });

    expect(session.undo()).toBe(true);
    expect(session.figures(may)).toBeNull();
    await session.flush();
    expect(await stored()).toEqual({ '2025-04': 900 });
    const history = await app.handlers.getObservationHistory({ key: may });
    expect(history.ok && history.value.deleted.map((entry) => entry.observation.value)).toEqual([1000]);

    expect(session.redo()).toBe(true);
    await session.flush();
    expect(await stored()).toEqual({ '2025-04': 950, '2025-05': 1000 });
    expect(session.canRedo).toBe(false);
  });

  it('drops what changes nothing, and a new action clears what could be redone', async () => {
    expect(session.commit('edit', [{ key: may, before: null, after: null }])).toBe(false);
    session.commit('edit', [{ key: may, before: null, after: figures(1) }]);
    session.undo();
    expect(session.canRedo).toBe(true);
    session.commit('edit', [{ key: april, before: null, after: figures(2) }]);
    expect(session.canRedo).toBe(false);
    await session.flush();
    expect(await stored()).toEqual({ '2025-04': 2 });
  });

  it('rolls a refused save back on screen, forgets it for undo and reports the error', async () => {
    const failures: AppError[] = [];
    session.onFailure((error) => failures.push(error));
    const nowhere = { ...may, zoneId: 'nowhere' };
    session.commit('edit', [{ key: nowhere, before: null, after: figures(5) }]);
    expect(session.figures(nowhere)).toEqual(figures(5));
    await session.flush();
    expect(session.figures(nowhere)).toBeNull();
    expect(session.canUndo).toBe(false);
    expect(session.saveState.kind).toBe('failed');
    expect(failures.map((failure) => failure.code)).toEqual(['invalid']);
  });

  it('reloads a window from the store only after pending saves have landed', async () => {
    session.commit('edit', [{ key: may, before: null, after: figures(7) }]);
    await session.load({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(session.figures(may)).toEqual(figures(7));
  });
  it('never undoes over a figure changed from outside: keeps the stored one, drops the history and says so', async () => {
    const told: string[] = [];
    session.onOutsideChange((change) => told.push(change));
    session.commit('edit', [{ key: may, before: null, after: figures(1148) }]);
    session.commit('edit', [{ key: april, before: null, after: figures(900) }]);
    await session.flush();
    // The command line (or an import) rewrites May behind the session's back.
    await app.handlers.saveObservations({ observations: [{ ...may, ...figures(1200) }] });
    session.undo(); // April: untouched outside, undone
    await session.flush();
    expect(await stored()).toEqual({ '2025-05': 1200 });
    expect(told).toEqual([]);
    session.undo(); // May: 1148 → nothing would delete the outside 1200
    await session.flush();
    expect(await stored()).toEqual({ '2025-05': 1200 });
    expect(session.figures(may)).toEqual(figures(1200));
    expect(told).toEqual(['changed']);
    expect(session.canUndo).toBe(false);
    expect(session.canRedo).toBe(false);
  });

  it('forgets everything it could undo once the dataset was replaced by a restored backup', async () => {
    const told: string[] = [];
    session.onOutsideChange((change) => told.push(change));
    session.commit('edit', [{ key: may, before: null, after: figures(123) }]);
    await session.flush();
    session.forgetAfterReplace();
    expect(session.canUndo).toBe(false);
    expect(session.figures(may)).toBeNull();
    expect(session.undo()).toBe(false);
    await session.flush();
    expect(await stored()).toEqual({ '2025-05': 123 });
    expect(told).toEqual(['replaced']);
  });
});
