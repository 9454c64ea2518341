import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppShell, ChangedElsewhere } from '../../../../shared/api';
import { useApiValue } from '../../../../renderer/data/use-api-value';
import { openTempApp, type TempApp } from '../../../integration/app/temp-app';
import { apiOver } from '../support/handler-gateway';

let app: TempApp;
const listeners = new Set<(change: ChangedElsewhere) => void>();
const key = { zoneId: 'z1', indicatorId: 'iav', basis: 'ytd' as const };

beforeEach(async () => {
  app = await openTempApp();
  await app.handlers.createZone({
    zone: { id: 'z1', name: 'Zone one', nameZh: '一区', region: '', benchmarkZoneId: null },
  });
  await app.handlers.createIndicator({
    indicator: { id: 'iav', name: 'IAV', nameZh: '', unit: '', kind: 'flow', parentId: null },
  });
  await app.handlers.saveObservations({
    observations: [
      { ...key, period: '2024-05', value: 1000, yoyPct: null },
      { ...key, period: '2025-05', value: 1148, yoyPct: null },
    ],
  });
  window.api = apiOver(app.handlers);
  window.shell = {
    openFile: async () => ({ ok: true, value: null }),
    openDroppedFile: async () => ({ ok: false, error: { code: 'not_found', message: 'no drops here' } }),
    saveFile: async () => null,
    chooseSaveTarget: async () => ({ ok: true, value: null }),
    revealInFolder: async () => undefined,
    appVersion: async () => 'test',
    onMenuCommand: () => () => undefined,
    onChangedElsewhere: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } satisfies AppShell;
});
afterEach(async () => {
  listeners.clear();
  await app.dispose();
});

describe("Compare's figures when another user commits", () => {
  it('are read again, without a change of what is asked', async () => {
    const { result } = renderHook(() =>
      useApiValue('getMetrics', { zoneIds: ['z1'], from: '2025-05', to: '2025-05', basis: 'ytd' }),
    );
    await waitFor(() => expect(result.current.status).toBe('ready'));
    // 1148 / 1000 − 1 = 14.8 %
    expect(result.current.value?.rows[0]?.yoyPct).toBeCloseTo(14.8, 10);

    // Someone else's figure lands (here through the same handlers), then the database announces it.
    await app.handlers.saveObservations({ observations: [{ ...key, period: '2024-05', value: 1100, yoyPct: null }] });
    act(() =>
      listeners.forEach((listener) => listener({ by: 'ada', zoneIds: ['z1'], catalog: false, replaced: false })),
    );
    // 1148 / 1100 − 1 = 4.3636… %
    await waitFor(() => expect(result.current.value?.rows[0]?.yoyPct).toBeCloseTo((1148 / 1100 - 1) * 100, 10));
  });
});
