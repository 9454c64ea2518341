import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../electron/store';
import { launchApp, type AppUnderTest } from './harness';

const ZONE = {
  id: 'baotou-ree',
  name: 'Baotou Rare Earth Zone',
  nameZh: '包头稀土高新区',
  region: 'Inner Mongolia',
  benchmarkZoneId: null,
};

describe('Settings and the store in Chromium', () => {
  let app: AppUnderTest | undefined;
  let folder: string | undefined;

  afterEach(async () => {
    await app?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
    app = undefined;
    folder = undefined;
  });

  it('tells of a damaged file on every screen and restores the latest backup', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'zone-stats-damaged-'));
    const store = await openDatasetStore({ directory: folder });
    await store.commit({ catalog: { zones: [ZONE], indicators: [] } });
    await store.backup({ kind: 'other', words: 'before the test' });
    await store.close();
    await writeFile(path.join(folder, 'catalog.json'), '{"zones": [ {"id": "trunc');

    app = await launchApp({ storeDir: folder, screen: 'zones' });
    const { page } = app;
    const banner = page.getByRole('alert').filter({ hasText: 'A damaged data file was set aside' });
    await banner.waitFor();
    await expect.poll(() => banner.textContent()).toContain('catalog.json');
    await expect.poll(() => page.getByRole('heading', { name: 'No zones yet' }).isVisible()).toBe(true);
    await app.screenshot('notice-damaged-file-en-light');

    await banner.getByRole('button', { name: 'Restore the latest backup' }).click();
    await page
      .getByRole('alertdialog', { name: /Restore the backup of/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page.getByRole('rowheader', { name: /Baotou Rare Earth Zone/ }).waitFor();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => app!.handlers.listZones({})).toEqual({ ok: true, value: [ZONE] });
    expect(app.errors).toEqual([]);
  });

  it('restores a backup from the list, after deleting a zone with its data', async () => {
    app = await launchApp({ screen: 'settings' });
    const { page } = app;
    await page.getByText('No backups yet. One is taken automatically before data is removed or replaced.').waitFor();

    await app.handlers.createZone({ zone: ZONE });
    await app.handlers.createIndicator({
      indicator: {
        id: 'iav',
        name: 'Industrial added value',
        nameZh: '',
        unit: '亿元',
        kind: 'flow',
        parentId: null,
        required: false,
        plausibleYoyMin: null,
        plausibleYoyMax: null,
      },
    });
    await app.handlers.saveObservations({
      observations: [
        {
          zoneId: ZONE.id,
          indicatorId: 'iav',
          period: '2025-05',
          basis: 'ytd',
          value: 120.5,
          yoyPct: 14.8,
          source: 'Asian Metal',
          note: '',
        },
      ],
    });
    expect(await app.handlers.deleteZone({ id: ZONE.id, confirm: true })).toMatchObject({
      ok: true,
      value: { deletedObservations: 1 },
    });

    await page.getByRole('button', { name: 'Refresh' }).click();
    const table = page.getByRole('table', { name: 'Backups' });
    const row = table.getByRole('row', { name: /Before deleting zone baotou-ree/ });
    await row.waitFor();
    await table.scrollIntoViewIfNeeded();
    await app.screenshot('settings-backups-en-light');
    await row.getByRole('button', { name: 'Restore' }).click();
    await page
      .getByRole('alertdialog', { name: /Restore the backup of/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page.getByText(/was restored/).waitFor();

    await expect.poll(() => app!.handlers.listZones({})).toEqual({ ok: true, value: [ZONE] });
    const observations = await app.handlers.getObservations({ zoneIds: [ZONE.id] });
    expect(observations.ok && observations.value.map((o) => [o.period, o.value, o.yoyPct])).toEqual([
      ['2025-05', 120.5, 14.8],
    ]);
    expect(app.errors).toEqual([]);
  });

  it('saves preferences, shows the store and the version, and reveals the data folder', async () => {
    app = await launchApp({ screen: 'settings' });
    const { page } = app;
    const threshold = page.getByLabel('Streak threshold (%)');
    await threshold.fill('abc');
    await threshold.press('Enter');
    await page.getByText('Enter a number between -100 and 1000.').waitFor();
    await threshold.fill('12.5');
    await threshold.press('Tab');
    await expect.poll(() => app!.preferences.get().streakThreshold).toBe(12.5);

    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    const version = JSON.parse(await readFile(path.join(import.meta.dirname, '../../package.json'), 'utf8'))
      .version as string;
    await expect.poll(() => page.getByTestId('app-version').textContent()).toBe(version);
    const directory = app.directory;
    await expect.poll(() => page.getByText(directory, { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app!.shell.revealed).toEqual([app.directory]);

    await app.restart();
    await expect.poll(() => page.getByLabel('Streak threshold (%)').inputValue()).toBe('12.5');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await app.screenshot('settings-en-dark');
    expect(app.errors).toEqual([]);
  });
});
