import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type AppShell } from '../../../../shared/api';
import { systemClock } from '../../../../shared/app';
import '../../../../renderer/api';
import { Root } from '../../../../renderer/app/Root';
import { defaultPeriod } from '../../../../renderer/features/entry/model/periods';
import { createI18n } from '../../../../renderer/i18n';
import { createDatasetDatabase, loginOf } from '../../../integration/postgres/dataset-database';
import { openPgApp, type PgApp } from '../../../integration/postgres/pg-app';
import { postgresMissing, startPostgres, type PostgresServer } from '../../../integration/postgres/server';
import { apiOver } from '../support/handler-gateway';

const missing = postgresMissing();

describe.skipIf(missing)('the entry screen on a shared database', { timeout: 60_000 }, () => {
  let server: PostgresServer;
  const apps: PgApp[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    cleanup();
    await Promise.all(apps.map((app) => app.dispose()));
    server?.stop();
  });

  it("shows another user's change with both figures and who made it, instead of overwriting it", async () => {
    const database = await createDatasetDatabase(server);
    const adaUrl = await database.user('ada', 'admin');
    const ada = await openPgApp(adaUrl, systemClock);
    const bob = await openPgApp(await database.user('bob', 'admin'), systemClock);
    apps.push(ada, bob);
    await ada.handlers.createZone({
      zone: { id: 'z1', name: 'Zone one', nameZh: '一区', region: '', benchmarkZoneId: null },
    });
    await ada.handlers.createIndicator({
      indicator: {
        id: 'iav',
        name: 'Industrial added value',
        nameZh: '工业增加值',
        unit: '10k CNY',
        kind: 'flow',
        parentId: null,
      },
    });
    const key = { zoneId: 'z1', indicatorId: 'iav', period: defaultPeriod(new Date()), basis: 'ytd' as const };
    expect((await ada.handlers.saveObservations({ observations: [{ ...key, value: 1000, yoyPct: null }] })).ok).toBe(
      true,
    );

    // Bob's app: window.api over his own handlers, as the preload gives it.
    window.api = apiOver(bob.handlers);
    window.shell = {
      openFile: async () => ({ ok: true, value: null }),
      openDroppedFile: async () => ({ ok: false, error: { code: 'not_found', message: 'no drops here' } }),
      saveFile: async () => null,
      chooseSaveTarget: async () => ({ ok: true, value: null }),
      revealInFolder: async () => undefined,
      appVersion: async () => 'test',
      onMenuCommand: () => () => undefined,
    } satisfies AppShell;
    window.location.hash = '#/entry';
    // The screen remembers its last zone, period and view; another test's must not decide this one's.
    window.localStorage.removeItem('zone-stats.entry.choice');
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <Root preferences={DEFAULT_PREFERENCES} />
      </I18nextProvider>,
    );
    const field = (await screen.findByRole('textbox', { name: 'Industrial added value · Value' })) as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe('1,000'));

    // Ada changes the figure while Bob's screen shows 1,000; Bob then types 1200.
    expect((await ada.handlers.saveObservations({ observations: [{ ...key, value: 1100, yoyPct: null }] })).ok).toBe(
      true,
    );
    const user = userEvent.setup();
    await user.click(field);
    await user.clear(field);
    await user.keyboard('1200{Enter}');

    const shown = await screen.findByText(
      new RegExp(
        `^Not saved: ${loginOf(adaUrl)} changed this figure to 1100 at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(you entered 1200\\)\\.`,
      ),
    );
    expect(shown).toBeTruthy();
    // Ada's figure is shown again (raw while the field still has the focus, grouped otherwise).
    await waitFor(() =>
      expect(
        (screen.getByRole('textbox', { name: 'Industrial added value · Value' }) as HTMLInputElement).value.replace(
          ',',
          '',
        ),
      ).toBe('1100'),
    );
    const stored = await ada.handlers.getObservations({ zoneIds: ['z1'] });
    expect(stored.ok && stored.value.map((o) => o.value)).toEqual([1100]);
  });
});
