import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from './temp-app';
import { createZoneOne } from './zone-one';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
  await createZoneOne(app.handlers);
});
afterEach(async () => {
  await app.dispose();
});

const key = { zoneId: 'z1', indicatorId: 'iav', basis: 'ytd' as const };

describe('observations through the handlers', () => {
  it('saves a batch, reads it back by range after a restart, and keeps revisions', async () => {
    const first = await app.handlers.saveObservations({
      observations: [
        { ...key, period: '2025-04', value: 900, yoyPct: 14.1, source: 'bureau' },
        { ...key, period: '2025-05', value: 1148, yoyPct: 14.8, source: 'bureau' },
      ],
    });
    expect(first.ok && first.value).toEqual({ added: 2, changed: 0, unchanged: 0, warnings: [] });
    const revised = await app.handlers.saveObservations({
      observations: [{ ...key, period: '2025-05', value: 1150, yoyPct: 14.8, source: 'revision' }],
    });
    expect(revised.ok && revised.value).toEqual({ added: 0, changed: 1, unchanged: 0, warnings: [] });

    await app.reopen();
    const may = await app.handlers.getObservations({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
    expect(may.ok && may.value).toHaveLength(1);
    expect(may.ok && may.value[0]).toMatchObject({
      value: 1150,
      source: 'revision',
      history: [{ value: 1148, source: 'bureau' }],
    });
    const both = await app.handlers.getObservations({ zoneIds: ['z1'], from: '2025-01', to: '2025-12', basis: 'ytd' });
    expect(both.ok && both.value.map((o) => o.period).sort()).toEqual(['2025-04', '2025-05']);
  });

  it('refuses the whole batch when one row is impossible, naming each place', async () => {
    const result = await app.handlers.saveObservations({
      observations: [
        { ...key, period: '2025-05', value: 1, yoyPct: null },
        { ...key, period: '2025-05', zoneId: 'nowhere', value: 1, yoyPct: null },
        { ...key, period: '2031-01', value: 1, yoyPct: null },
        { ...key, period: '2025-03', value: null, yoyPct: -120 },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.problems?.map((p) => p.place)).toEqual([
      'observations.1.zoneId',
      'observations.2.period',
      'observations.3.yoyPct',
    ]);
    const stored = await app.handlers.getObservations({});
    expect(stored.ok && stored.value).toEqual([]);
  });
});
