import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppShell } from '../../../shared/api';
import { copyDataset } from '../../../shared/app';
import { openDatasetStore } from '../../../electron/store';
import { createDataLocationSettings, type DataLocationSettings } from '../../../electron/main/data-location-settings';
import { DataLocationSection } from '../../../renderer/features/settings/components/DataLocationSection';
import { createI18n } from '../../../renderer/i18n';

/** window.shell's data-location methods over main's real settings (a stub keychain; a server that answers only on db.office.lan). */
function shellOver(settings: DataLocationSettings): Partial<AppShell> {
  return {
    getDataLocation: async () => settings.location(),
    useDatabase: (url) => settings.useDatabase(url),
    useLocalData: async () => settings.useLocal(),
  };
}

const keychain = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
};

describe('Settings → where the data lives', () => {
  let folder: string;
  let settings: DataLocationSettings;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'zone-stats-location-dom-'));
    settings = createDataLocationSettings({
      file: path.join(folder, 'data-location.json'),
      safeStorage: keychain,
      test: async (url) => {
        if (!url.includes('@db.office.lan'))
          throw new Error(`cannot reach the database server of ${url.replace(/:[^:@/]*@/, '@')}`);
      },
    });
    Object.defineProperty(window, 'shell', { value: shellOver(settings), configurable: true });
  });
  afterEach(async () => {
    cleanup();
    await rm(folder, { recursive: true, force: true });
  });

  async function show(language: 'en' | 'zh', onSwitched = vi.fn()) {
    const i18n = await createI18n(language);
    render(
      <I18nextProvider i18n={i18n}>
        <DataLocationSection onSwitched={onSwitched} />
      </I18nextProvider>,
    );
    return onSwitched;
  }

  it('tests a database address before using it: a failure changes nothing and says why, a success switches', async () => {
    const user = userEvent.setup();
    const onSwitched = await show('en');
    expect(await screen.findByText('In use: this computer’s data folder.')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'In a shared database' }));
    const address = screen.getByLabelText('Database address');
    await user.type(address, 'postgres://ada:pw@nowhere.lan:5432/zone_stats');
    await user.click(screen.getByRole('button', { name: 'Test and use' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not changed: cannot reach the database server of postgres://ada@nowhere.lan:5432/zone_stats',
    );
    expect(settings.location()).toEqual({ kind: 'local' });
    expect(onSwitched).not.toHaveBeenCalled();

    await user.clear(address);
    await user.type(address, 'postgres://ada:pw@db.office.lan:5432/zone_stats');
    await user.click(screen.getByRole('button', { name: 'Test and use' }));
    expect(
      await screen.findByText(
        'Connected. Zone Stats now reads and writes postgres://ada@db.office.lan:5432/zone_stats.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('In use: the shared database postgres://ada@db.office.lan:5432/zone_stats.')).toBeTruthy();
    expect(onSwitched).toHaveBeenCalledTimes(1);
    expect(settings.connectionUrl()).toBe('postgres://ada:pw@db.office.lan:5432/zone_stats');
  });

  it('with a database in use, copies this computer’s data over it after a confirmation, and says what it carried', async () => {
    const here = await openDatasetStore({ directory: path.join(folder, 'here') });
    const there = await openDatasetStore({ directory: path.join(folder, 'there') });
    try {
      await here.commit({
        catalog: {
          zones: [{ id: 'bt', name: 'Baotou', nameZh: '包头', region: '', benchmarkZoneId: null }],
          indicators: [
            {
              id: 'iav',
              name: 'IAV',
              nameZh: '工业增加值',
              unit: '万元',
              kind: 'flow',
              parentId: null,
              required: false,
              plausibleYoyMin: null,
              plausibleYoyMax: null,
            },
          ],
        },
        upsert: [
          {
            zoneId: 'bt',
            indicatorId: 'iav',
            period: '2025-04',
            basis: 'ytd',
            value: 900000,
            yoyPct: 14.1,
            source: '',
            note: '',
            updatedAt: '2025-05-20T00:00:00.000Z',
            history: [],
          },
          {
            zoneId: 'bt',
            indicatorId: 'iav',
            period: '2025-05',
            basis: 'ytd',
            value: 1148000,
            yoyPct: 14.8,
            source: '',
            note: '',
            updatedAt: '2025-06-20T00:00:00.000Z',
            history: [],
          },
        ],
        meta: { 'entry-status.bt': {} },
      });
      await settings.useDatabase('postgres://ada:pw@db.office.lan:5432/zone_stats');
      Object.defineProperty(window, 'shell', {
        value: { ...shellOver(settings), copyData: () => copyDataset(here, there, { kind: 'copying', from: 'local' }) },
        configurable: true,
      });
      const user = userEvent.setup();
      const onSwitched = await show('en');
      await user.click(await screen.findByRole('button', { name: 'Copy this computer’s data to the database' }));
      const confirm = screen.getByRole('group', { name: /Replace all the data in the shared database/ });
      expect((await there.readCatalog()).zones).toEqual([]);
      await user.click(within(confirm).getByRole('button', { name: 'Copy' }));
      const done = await screen.findByText(
        /^Copied to the database: 1 zones, 1 indicators, 2 figures, 1 documents\. What it held before is in backup \d{8}T\d{9}Z/,
      );
      expect(done).toBeTruthy();
      expect((await there.readObservations({})).map((o) => o.value)).toEqual([900000, 1148000]);
      expect(onSwitched).toHaveBeenCalledTimes(1);
    } finally {
      await Promise.all([here.close(), there.close()]);
    }
  });

  it('in Chinese, shows the database in use and goes back to this computer', async () => {
    await settings.useDatabase('postgres://ada:pw@db.office.lan:5432/zone_stats');
    const user = userEvent.setup();
    await show('zh');
    expect(await screen.findByText('当前使用：共享数据库 postgres://ada@db.office.lan:5432/zone_stats。')).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '本机' }));
    await user.click(screen.getByRole('button', { name: '使用本机数据' }));
    expect(await screen.findByText('Zone Stats 现在读写本机数据文件夹。')).toBeTruthy();
    expect(settings.location()).toEqual({ kind: 'local' });
  });
});
