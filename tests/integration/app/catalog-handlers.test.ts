import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_SCHEMAS } from '../../../shared/api';
import { openTempApp, type TempApp } from './temp-app';

const city = {
  id: 'baotou-city',
  name: 'Baotou City',
  nameZh: '包头市',
  region: 'Inner Mongolia',
  benchmarkZoneId: null,
};
const zone = {
  id: 'baotou-hi-tech',
  name: 'Baotou Rare Earth High-Tech Zone',
  nameZh: '包头稀土高新区',
  region: 'Inner Mongolia',
  benchmarkZoneId: 'baotou-city',
};
const iav = API_SCHEMAS.createIndicator.parse({
  indicator: {
    id: 'iav',
    name: 'Industrial added value',
    nameZh: '规模以上工业增加值',
    unit: '10k CNY',
    kind: 'flow',
    parentId: null,
  },
}).indicator;
const rareEarth = {
  ...iav,
  id: 'rare-earth-va',
  name: 'Rare earth industry value added',
  nameZh: '稀土产业增加值',
  parentId: 'iav',
};

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
});
afterEach(async () => {
  await app.dispose();
});

async function seedCatalog(): Promise<void> {
  expect((await app.handlers.createZone({ zone: city })).ok).toBe(true);
  expect((await app.handlers.createZone({ zone })).ok).toBe(true);
  expect((await app.handlers.createIndicator({ indicator: iav })).ok).toBe(true);
  expect((await app.handlers.createIndicator({ indicator: rareEarth })).ok).toBe(true);
}

describe('zones and indicators through the handlers', () => {
  it('creates, lists after a restart, and updates', async () => {
    await seedCatalog();
    await app.reopen();
    const zones = await app.handlers.listZones({});
    expect(zones.ok && zones.value.map((z) => z.id)).toEqual(['baotou-city', 'baotou-hi-tech']);
    const updated = await app.handlers.updateZone({ zone: { ...zone, region: '内蒙古' } });
    expect(updated.ok).toBe(true);
    const indicators = await app.handlers.listIndicators({});
    expect(indicators.ok && indicators.value.find((i) => i.id === 'rare-earth-va')?.parentId).toBe('iav');
  });

  it('refuses a duplicate id, an unknown benchmark or parent, and updating what does not exist', async () => {
    await seedCatalog();
    const duplicate = await app.handlers.createZone({ zone: city });
    expect(duplicate.ok || duplicate.error.code).toBe('conflict');
    const unknownBenchmark = await app.handlers.createZone({
      zone: { ...zone, id: 'other', benchmarkZoneId: 'nowhere' },
    });
    expect(unknownBenchmark.ok || unknownBenchmark.error.message).toMatch(/unknown benchmark/);
    const unknownParent = await app.handlers.createIndicator({
      indicator: { ...rareEarth, id: 'x', parentId: 'nope' },
    });
    expect(unknownParent.ok || unknownParent.error.code).toBe('invalid');
    const missing = await app.handlers.updateIndicator({ indicator: { ...iav, id: 'missing' } });
    expect(missing.ok || missing.error.code).toBe('not_found');
    expect((await app.handlers.listZones({})).ok && (await app.handlers.listZones({}))).toMatchObject({
      value: [{ id: 'baotou-city' }, { id: 'baotou-hi-tech' }],
    });
  });

  it('refuses to delete what data still uses unless confirmed, then takes a backup and clears references', async () => {
    await seedCatalog();
    await app.handlers.saveObservations({
      observations: [
        { zoneId: 'baotou-hi-tech', indicatorId: 'iav', period: '2025-05', basis: 'ytd', value: null, yoyPct: 14.8 },
      ],
    });

    const refused = await app.handlers.deleteZone({ id: 'baotou-city', confirm: false });
    expect(refused.ok || refused.error).toMatchObject({ code: 'in_use', details: { observations: 0, benchmarkOf: 1 } });
    const refusedIndicator = await app.handlers.deleteIndicator({ id: 'iav', confirm: false });
    expect(refusedIndicator.ok || refusedIndicator.error).toMatchObject({
      code: 'in_use',
      details: { observations: 1, children: 1 },
    });

    const deleted = await app.handlers.deleteIndicator({ id: 'iav', confirm: true });
    expect(deleted.ok && deleted.value.deletedObservations).toBe(1);
    expect(deleted.ok && deleted.value.backupId).toBeTruthy();
    const indicators = await app.handlers.listIndicators({});
    expect(indicators.ok && indicators.value).toEqual([{ ...rareEarth, parentId: null }]);
    const observations = await app.handlers.getObservations({});
    expect(observations.ok && observations.value).toEqual([]);

    const info = await app.handlers.getStoreInfo({});
    expect(info.ok && info.value.backups.map((b) => b.reason)).toContainEqual({ kind: 'delete-indicator', id: 'iav' });
  });

  it('deletes an unused zone at once without a backup', async () => {
    await seedCatalog();
    const deleted = await app.handlers.deleteZone({ id: 'baotou-hi-tech', confirm: false });
    expect(deleted.ok && deleted.value).toEqual({ deletedObservations: 0, backupId: null });
  });
});
