import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from './support/test-app';

describe('the app shell', () => {
  const app = testAppPerTest();

  it('the Entry screen says there is nothing yet and how to get zones and indicators in', async () => {
    await app().render({ hash: '#/entry' });
    expect(screen.getByRole('heading', { level: 1, name: 'Entry' })).toBeTruthy();
    const empty = await screen.findByRole('region', { name: 'No zones or indicators yet' });
    expect(within(empty).getByRole('link', { name: 'Go to Zones & indicators' }).getAttribute('href')).toBe('#/zones');
    expect(within(empty).getByRole('link', { name: 'Import a workbook' }).getAttribute('href')).toBe('#/import');
  });

  it('marks the current screen in the navigation and follows the menu’s commands', async () => {
    await app().render({ hash: '#/entry' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Entry' }).getAttribute('aria-current')).toBe('page');
    await act(async () => {
      app().menuCommand({ kind: 'navigate', screen: 'settings' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Entry' }).getAttribute('aria-current')).toBeNull();
  });

  it('switches language and theme from the header and stores both', async () => {
    const user = userEvent.setup();
    await app().render({ hash: '#/zones' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh');
    expect(await screen.findByRole('heading', { level: 1, name: '园区与指标' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.selectOptions(screen.getByRole('combobox', { name: '主题' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(await app().handlers.getPreferences({})).toMatchObject({
      ok: true,
      value: { language: 'zh', theme: 'dark' },
    });
  });

  it('starts in the stored language', async () => {
    await app().render({ hash: '#/settings', preferences: { language: 'zh' } });
    expect(screen.getByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
    expect(await screen.findByText('0.1.0-test')).toBeTruthy();
  });
});
