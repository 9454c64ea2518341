import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntryForm } from '../../../../renderer/features/entry/components/form/EntryForm';
import { EntrySession } from '../../../../renderer/features/entry/model/session/entry-session';
import { createI18n } from '../../../../renderer/i18n';
import { openTempApp, type TempApp } from '../../../integration/app/temp-app';
import { apiOver } from '../support/handler-gateway';
import { INDICATORS, LATEST, ZONE } from './grid-harness';

let app: TempApp;
let session: EntrySession;
const user = userEvent.setup();

beforeEach(async () => {
  app = await openTempApp();
  await app.handlers.createZone({ zone: ZONE });
  for (const indicator of INDICATORS) await app.handlers.createIndicator({ indicator });
  await app.handlers.saveObservations({
    observations: [
      {
        zoneId: 'z1',
        indicatorId: 'iav',
        period: '2025-04',
        basis: 'ytd',
        value: 900,
        yoyPct: 14.5,
        source: 'Bureau, April',
        note: '',
      },
    ],
  });
  const api = apiOver(app.handlers);
  Object.defineProperty(window, 'api', { value: api, configurable: true });
  session = new EntrySession(api);
  await session.load({ zoneIds: ['z1'], from: '2024-05', to: '2025-05', basis: 'ytd' });
  const i18n = await createI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <EntryForm
        session={session}
        zone={ZONE}
        benchmark={undefined}
        indicators={INDICATORS}
        period="2025-05"
        basis="ytd"
        latest={LATEST}
        onOpenHistory={() => undefined}
      />
    </I18nextProvider>,
  );
});
afterEach(async () => {
  cleanup();
  await session.flush();
  await app.dispose();
});

async function stored() {
  await session.flush();
  const result = await app.handlers.getObservations({ zoneIds: ['z1'], from: '2025-05', to: '2025-05' });
  if (!result.ok) throw new Error(result.error.message);
  return Object.fromEntries(
    result.value.map((o) => [o.indicatorId, { value: o.value, yoyPct: o.yoyPct, source: o.source, note: o.note }]),
  );
}

describe('the entry form, by keyboard', () => {
  it('saves on Enter and moves down the column, as a spreadsheet does', async () => {
    await user.click(screen.getByRole('textbox', { name: 'Industrial added value · Value' }));
    await user.keyboard('1,148,000{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Rare earth value added · Value' }));
    await user.keyboard('373530{Tab}16.9%{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Magnet output · YoY %' }));
    expect(await stored()).toEqual({
      iav: { value: 1148000, yoyPct: null, source: '', note: '' },
      rare: { value: 373530, yoyPct: 16.9, source: '', note: '' },
    });
  });

  it('keeps a figure that cannot be saved in its field, with the reason, until Esc restores the saved one', async () => {
    const field = screen.getByRole('textbox', { name: 'Industrial added value · YoY %' });
    await user.click(field);
    await user.keyboard('下降120%{Enter}');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Growth cannot fall below −100% (-120)');
    expect(document.activeElement).toBe(field);
    await user.keyboard('{Escape}');
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(await stored()).toEqual({});
  });

  it('copies last month’s sources in one action, holding them until a figure is entered', async () => {
    await user.click(screen.getByRole('button', { name: 'Copy last month’s sources' }));
    expect(screen.getByRole('status').textContent).toBe('Copied 1 source(s) from Jan–Apr 2025.');
    expect((screen.getByRole('textbox', { name: 'Industrial added value · Source' }) as HTMLInputElement).value).toBe(
      'Bureau, April',
    );
    expect(await stored()).toEqual({});
    await user.click(screen.getByRole('textbox', { name: 'Industrial added value · YoY %' }));
    await user.keyboard('14.8{Enter}');
    expect(await stored()).toEqual({ iav: { value: null, yoyPct: 14.8, source: 'Bureau, April', note: '' } });
  });

  it('marks growth beyond the plausible range and asks for the reason in the note', async () => {
    await user.click(screen.getByRole('textbox', { name: 'Rare earth value added · YoY %' }));
    await user.keyboard('75{Enter}');
    expect(screen.getByRole('list', { name: 'Warning: Rare earth value added' }).textContent).toBe(
      'YoY 75.0% is beyond the plausible 60.0% set for this indicator',
    );
    const note = screen.getByRole('textbox', { name: 'Rare earth value added · Note' });
    expect(note.getAttribute('placeholder')).toBe('Reason for the warning');
    await user.click(note);
    await user.keyboard('New smelter{Enter}');
    expect((await stored()).rare).toEqual({ value: null, yoyPct: 75, source: '', note: 'New smelter' });
  });

  it('shows a contribution check with its arithmetic: each contribution and the sum against the growth', async () => {
    await user.click(screen.getByRole('textbox', { name: 'Industrial added value · Value' }));
    await user.keyboard('1000{Tab}5{Enter}');
    await user.click(screen.getByRole('textbox', { name: 'Rare earth value added · Value' }));
    await user.keyboard('600{Tab}20{Enter}');
    await session.flush();
    // Priors implied: 1000 / 1.05 = 952.38 and 600 / 1.2 = 500; 拉动 20 × 500 / 952.38 = 10.50 pp, over the growth of 5.0 %.
    const list = await screen.findByRole('list', { name: 'Warning: Industrial added value' }, { timeout: 5000 });
    expect(list.textContent).toBe(
      'Contributions of the components: Rare earth value added 10.50 = 10.50 pp, more than the growth of 5.0%',
    );
  });
});
