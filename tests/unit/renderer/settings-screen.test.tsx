import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from './support/test-app';

describe('the Settings screen', () => {
  const app = testAppPerTest();

  it('saves a number setting only when it is in range', async () => {
    const user = userEvent.setup();
    await app().render({ hash: '#/settings' });
    const limit = screen.getByLabelText('Import size limit (MB)');
    await user.clear(limit);
    await user.type(limit, '2.5{Enter}');
    expect(screen.getByText('Enter a whole number between 1 and 2000.')).toBeTruthy();
    expect(limit.getAttribute('aria-invalid')).toBe('true');
    expect(await app().handlers.getPreferences({})).toMatchObject({ value: { importSizeLimitMb: 50 } });

    await user.clear(limit);
    await user.type(limit, '120');
    await user.tab();
    await waitFor(async () =>
      expect(await app().handlers.getPreferences({})).toMatchObject({ value: { importSizeLimitMb: 120 } }),
    );
    expect(screen.queryByText('Enter a whole number between 1 and 2000.')).toBeNull();
  });

  it('lists the store’s backups and restores one after a confirmation', async () => {
    const zone = { id: 'zone', name: 'Zone', nameZh: '', region: '', benchmarkZoneId: null };
    await app().handlers.createZone({ zone });
    const backup = await app().store.backup({ kind: 'other', words: 'before a test' });
    await app().handlers.deleteZone({ id: 'zone', confirm: false });
    expect(await app().handlers.listZones({})).toEqual({ ok: true, value: [] });

    const user = userEvent.setup();
    await app().render({ hash: '#/settings' });
    const table = await screen.findByRole('table', { name: 'Backups' });
    const row = within(table).getByRole('row', { name: /before a test/ });
    await user.click(within(row).getByRole('button', { name: 'Restore' }));
    const confirm = screen.getByRole('alertdialog', { name: /Restore the backup of/ });
    await user.click(within(confirm).getByRole('button', { name: 'Restore' }));

    await waitFor(async () => expect(await app().handlers.listZones({})).toEqual({ ok: true, value: [zone] }));
    expect(backup.reason).toEqual({ kind: 'other', words: 'before a test' });
    await screen.findByText(/was restored/);
  });

  it('shows where the data is kept', async () => {
    await app().render({ hash: '#/settings' });
    const info = await app().handlers.getStoreInfo({});
    expect(info.ok).toBe(true);
    if (info.ok) expect(await screen.findByText(info.value.location)).toBeTruthy();
  });
});
