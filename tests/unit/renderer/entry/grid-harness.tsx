import './nesting-selectors';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import type { Indicator, Zone } from '../../../../shared/model';
import { EntryGrid } from '../../../../renderer/features/entry/components/grid/EntryGrid';
import { buildGridModel, type GridChoice } from '../../../../renderer/features/entry/model/grid/grid-model';
import { EntrySession } from '../../../../renderer/features/entry/model/session/entry-session';
import { createI18n } from '../../../../renderer/i18n';
import { openTempApp, type TempApp } from '../../../integration/app/temp-app';
import { apiOver } from '../support/handler-gateway';

export const ZONE: Zone = { id: 'z1', name: 'Zone one', nameZh: '一区', region: '', benchmarkZoneId: null };
const base = { nameZh: '', kind: 'flow' as const, required: false, plausibleYoyMin: null, plausibleYoyMax: null };
export const INDICATORS: Indicator[] = [
  { ...base, id: 'iav', name: 'Industrial added value', unit: '10k CNY', parentId: null },
  {
    ...base,
    id: 'rare',
    name: 'Rare earth value added',
    unit: '10k CNY',
    parentId: 'iav',
    plausibleYoyMin: -20,
    plausibleYoyMax: 60,
  },
  { ...base, id: 'magnet', name: 'Magnet output', unit: 't', parentId: null },
];
/** The clock of the temp app is 2025-06-25: July to December are in the future. */
export const LATEST = '2025-06';

export interface GridUnderTest {
  app: TempApp;
  session: EntrySession;
  user: ReturnType<typeof userEvent.setup>;
  grid: HTMLElement;
  /** The gridcell of a data row (0-based) and month (1–12). */
  cell(row: number, month: number): HTMLElement;
  activeCell(): { row: number; month: number } | null;
  stored(field?: 'value' | 'yoyPct'): Promise<Record<string, number | null>>;
  dispose(): Promise<void>;
}

/** The grid of one zone's indicators × 2025 over the real handlers and a temporary store. */
export async function renderGrid(choice: Partial<GridChoice> = {}): Promise<GridUnderTest> {
  const app = await openTempApp();
  await app.handlers.createZone({ zone: ZONE });
  for (const indicator of INDICATORS) await app.handlers.createIndicator({ indicator });
  const session = new EntrySession(apiOver(app.handlers));
  await session.load({ zoneIds: ['z1'], from: '2025-01', to: '2025-12', basis: 'ytd' });
  const model = buildGridModel(
    { mode: 'indicators', zoneId: 'z1', indicatorId: 'iav', year: 2025, basis: 'ytd', field: 'value', ...choice },
    [ZONE],
    INDICATORS,
  );
  const i18n = await createI18n('en');
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <EntryGrid
        session={session}
        model={model}
        indicators={INDICATORS}
        latest={LATEST}
        label="Figures"
        rowLabel={(spec) => spec.indicator.name}
        onOpenHistory={() => undefined}
        virtualize={false}
      />
    </I18nextProvider>,
  );
  const grid = screen.getByRole('grid', { name: 'Figures' });
  const rowOf = (index: number) => grid.querySelector(`[role="row"][aria-rowindex="${index + 2}"]`) as HTMLElement;
  return {
    app,
    session,
    user,
    grid,
    cell: (row, month) => rowOf(row).querySelector(`[aria-colindex="${month + 1}"]`) as HTMLElement,
    activeCell() {
      const active = grid.querySelector('[role="gridcell"][aria-selected="true"]');
      const row = active?.closest('[role="row"]');
      if (!active || !row) return null;
      return {
        row: Number(row.getAttribute('aria-rowindex')) - 2,
        month: Number(active.getAttribute('aria-colindex')) - 1,
      };
    },
    async stored(field = 'value') {
      await session.flush();
      const result = await app.handlers.getObservations({ zoneIds: ['z1'] });
      if (!result.ok) throw new Error(result.error.message);
      return Object.fromEntries(result.value.map((o) => [`${o.indicatorId} ${o.period}`, o[field]]));
    },
    async dispose() {
      cleanup();
      await session.flush();
      await app.dispose();
    },
  };
}

export { screen, waitFor, within };
