import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempApp, type TempApp } from './temp-app';

const zone = {
  id: 'baotou-hi-tech',
  name: 'Baotou Rare Earth High-Tech Zone',
  nameZh: '包头稀土高新区',
  region: 'Inner Mongolia',
  benchmarkZoneId: null,
};

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
});
afterEach(async () => {
  await app.dispose();
});

describe('Back up now', () => {
  it('takes a backup on request that restores what was there then', async () => {
    expect((await app.handlers.createZone({ zone })).ok).toBe(true);
    const taken = await app.handlers.backupNow({});
    if (!taken.ok) throw new Error(taken.error.message);
    expect(taken.value.backups.map((backup) => backup.reason)).toEqual([{ kind: 'manual' }]);
    expect((await app.handlers.deleteZone({ id: zone.id })).ok).toBe(true);
    const restored = await app.handlers.restoreBackup({ id: taken.value.backups[0]!.id });
    expect(restored.ok).toBe(true);
    const zones = await app.handlers.listZones({});
    expect(zones.ok && zones.value.map((z) => z.id)).toEqual(['baotou-hi-tech']);
  });
});
