import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from './support/test-app';

const zone = { id: 'zone', name: 'Zone', nameZh: '', region: '', benchmarkZoneId: null };

describe('a damaged file set aside (issue 10 §4): the app says writes wait, and lets the user accept the loss', () => {
  const app = testAppPerTest(undefined, async (directory) => {
    await mkdir(path.join(directory, 'observations', 'zone-bt'), { recursive: true });
    await writeFile(
      path.join(directory, 'observations', 'zone-bt', '2025.json'),
      '{"schemaVersion":1,"zoneId":"bt","ye',
    );
  });

  it('refuses saving until the loss is accepted, then saves again and keeps the damaged file', async () => {
    expect(await app().handlers.createZone({ zone })).toMatchObject({ ok: false, error: { code: 'refused' } });
    const user = userEvent.setup();
    await app().render({ hash: '#/settings' });
    const banner = (await screen.findByText('A damaged data file was set aside')).closest<HTMLElement>(
      '[role="alert"]',
    )!;
    expect(
      within(banner).getByText(/Until you restore a backup or accept the loss, nothing new is saved/),
    ).toBeTruthy();

    await user.click(within(banner).getByRole('button', { name: 'Accept the loss and keep working' }));
    await screen.findByText(/saving works again/);
    await waitFor(() => expect(screen.queryByText('A damaged data file was set aside')).toBeNull());
    expect(await app().handlers.createZone({ zone })).toMatchObject({ ok: true });
    expect(existsSync(path.join(app().store.directory, 'damaged-accepted'))).toBe(true);
  });

  it('says the same in Chinese', async () => {
    await app().render({ hash: '#/settings', preferences: { language: 'zh' } });
    const banner = (await screen.findByText('发现损坏的数据文件，已移至别处')).closest<HTMLElement>('[role="alert"]')!;
    expect(within(banner).getByRole('button', { name: '接受损失并继续工作' })).toBeTruthy();
    expect(within(banner).getByText(/在恢复备份或确认接受损失之前，不会保存任何新内容/)).toBeTruthy();
  });
});
