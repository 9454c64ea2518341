import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from './temp-app';
import { createZoneOne } from './zone-one';

let app: TempApp;
const key = { zoneId: 'z1', indicatorId: 'iav', basis: 'ytd' as const };

beforeEach(async () => {
  app = await openTempApp();
  await createZoneOne(app.handlers);
  await app.handlers.saveObservations({
    observations: [
      { ...key, period: '2024-05', value: 1000, yoyPct: null },
      { ...key, period: '2025-05', value: 1148, yoyPct: null },
    ],
  });
});
afterEach(async () => {
  await app.dispose();
});

async function mayGrowth(): Promise<number | null | undefined> {
  const result = await app.handlers.getMetrics({ zoneIds: ['z1'], from: '2025-05', to: '2025-05', basis: 'ytd' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.rows[0]?.yoyPct;
}

describe('metrics follow every change made through the handlers', () => {
  it('after a saved edit, a deletion, a catalog change and a restored backup', async () => {
    expect(await mayGrowth()).toBeCloseTo(14.8, 10);

    await app.handlers.saveObservations({ observations: [{ ...key, period: '2024-05', value: 1100, yoyPct: null }] });
    expect(await mayGrowth()).toBeCloseTo((1148 / 1100 - 1) * 100, 10);

    await app.handlers.deleteObservations({ keys: [{ ...key, period: '2024-05' }] });
    expect(await mayGrowth()).toBeNull();

    await app.handlers.saveObservations({ observations: [{ ...key, period: '2025-05', value: 1148, yoyPct: 14.8 }] });
    const reported = await app.handlers.getMetrics({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(reported.ok && reported.value.rows[0]).toMatchObject({ yoyPct: 14.8, yoySource: 'reported' });

    const backup = await app.store.backup({ kind: 'other', words: 'before renaming' });
    await app.handlers.updateZone({
      zone: { id: 'z1', name: 'Zone one, renamed', nameZh: '一区', region: '', benchmarkZoneId: null },
    });
    const renamed = await app.handlers.getMetrics({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(renamed.ok && renamed.value.rows[0]?.zone).toBe('Zone one, renamed');

    await app.handlers.restoreBackup({ id: backup.id });
    const restored = await app.handlers.getMetrics({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(restored.ok && restored.value.rows[0]?.zone).toBe('Zone one');
  });
});
