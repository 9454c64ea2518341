import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../shared/model';
import { INDICATORS, OBSERVATIONS, ZONES } from '../integration/metrics/seed-data';
import { launchApp, type AppUnderTest } from './harness';

/**
 * Monthly entry in Chromium over the real handlers and a store on a temporary folder: the brief's
 * January–May 2025 figures typed with the keyboard only, a block pasted into the grid and undone,
 * and after a reload exactly what was committed. The steps build on each other, in order.
 */
const ZONE = 'baotou-hitech';
const SOURCE = 'Asian Metal News, 25 June 2025';
/** What the brief publishes for 1–5月 2025 (docs/metrics.md §3), in the form's row order. */
const MAY_FIGURES = [
  { id: 'iav', name: 'Industrial added value above designated size', value: '1,148,000', yoy: '14.8' },
  { id: 'rare-earth-va', name: 'Rare earth industry value added', value: '373530', yoy: '16.9%' },
  { id: 'new-energy-va', name: 'New energy industry value added', value: '257,842', yoy: '38' },
  { id: 'magnet-output', name: 'Rare earth magnetic materials output', value: '15,300', yoy: '23.8' },
  { id: 'compound-output', name: 'Rare earth compounds output', value: '23,100', yoy: '14.6' },
  { id: 'metal-output', name: 'Single rare earth metals output', value: '2,100', yoy: '16' },
];
const MAY_VALUES: Record<string, [number, number]> = {
  iav: [1_148_000, 14.8],
  'rare-earth-va': [373_530, 16.9],
  'new-energy-va': [257_842, 38],
  'magnet-output': [15_300, 23.8],
  'compound-output': [23_100, 14.6],
  'metal-output': [2_100, 16],
};
/** Feb–Apr year-to-date output, copied from a bureau's sheet: magnets, compounds, metals. */
const PASTED_BLOCK = '6,100\t9,050\t12,200\r\n9,200\t13,900\t18,400\r\n820\t1,260\t1,690\r\n';

describe('monthly entry in Chromium', () => {
  let app: AppUnderTest;
  const seed = OBSERVATIONS.filter((observation) => observation.period !== '2025-05');

  beforeAll(async () => {
    app = await launchApp({ screen: 'entry', preferences: { language: 'en', theme: 'light' } });
    for (const zone of ZONES) await app.handlers.createZone({ zone });
    // Industrial added value is required for "complete"; new energy's plausible growth tops out at 30%.
    for (const indicator of INDICATORS) {
      await app.handlers.createIndicator({
        indicator: {
          ...indicator,
          required: indicator.id === 'iav',
          plausibleYoyMax: indicator.id === 'new-energy-va' ? 30 : null,
        },
      });
    }
    await app.handlers.saveObservations({
      observations: seed.map((o) => ({ ...o, source: o.source ?? '', note: o.note ?? '' })),
    });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function stored(zoneId = ZONE): Promise<Observation[]> {
    await app.page.getByText('Saved', { exact: true }).or(app.page.getByText('All changes are saved')).waitFor();
    const result = await app.handlers.getObservations({ zoneIds: [zoneId], from: '2025-01', to: '2025-12' });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  const figures = (observations: Observation[]) =>
    Object.fromEntries(observations.map((o) => [`${o.indicatorId} ${o.period}`, [o.value, o.yoyPct]]));
  const monthSelect = () => app.page.getByRole('combobox', { name: 'Month' });
  const yearSelect = () => app.page.getByRole('combobox', { name: 'Year' });

  it('steps back to January–May 2025 with Alt+←', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Copy last month’s sources' }).waitFor();
    for (let presses = 0; presses < 40; presses++) {
      if ((await yearSelect().inputValue()) === '2025' && (await monthSelect().inputValue()) === '5') break;
      await page.keyboard.press('Alt+ArrowLeft');
    }
    await expect.poll(() => yearSelect().inputValue()).toBe('2025');
    await expect.poll(() => monthSelect().inputValue()).toBe('5');
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'Figures for Baotou Rare Earth High-Tech Zone, Jan–May 2025' }).isVisible(),
      )
      .toBe(true);
  });

  it('enters the brief’s figures with the keyboard only, sources copied from April', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Copy last month’s sources' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Copied 1 source(s) from Jan–Apr 2025.').waitFor();
    for (const [index, row] of MAY_FIGURES.entries()) {
      await page.keyboard.press('Tab');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe(`${row.name} · Value`);
      await page.keyboard.type(row.value);
      await page.keyboard.press('Tab');
      await page.keyboard.type(row.yoy);
      await page.keyboard.press('Tab');
      if (index > 0) await page.keyboard.type(SOURCE);
      await page.keyboard.press('Tab'); // note
      await page.keyboard.press('Tab'); // history
    }
    await page.keyboard.press('Tab');
    const may = (await stored()).filter((o) => o.period === '2025-05');
    expect(Object.fromEntries(may.map((o) => [o.indicatorId, [o.value, o.yoyPct]]))).toEqual(MAY_VALUES);
    expect(new Set(may.map((o) => o.source))).toEqual(new Set([SOURCE]));
  });

  it('shows the computed figures beside the entries: contributions and the gap to the city', async () => {
    const { page } = app;
    // The city's own figure first: pick it with the keyboard, type, and come back.
    await page.getByRole('combobox', { name: 'Zone' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('region', { name: 'Figures for Baotou City, Jan–May 2025' }).waitFor();
    await page.getByRole('textbox', { name: 'Industrial added value above designated size · YoY %' }).focus();
    await page.keyboard.type('12.3');
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Zone' }).focus();
    await page.keyboard.press('ArrowDown');
    const form = page.getByRole('region', { name: 'Figures for Baotou Rare Earth High-Tech Zone, Jan–May 2025' });
    await form.waitFor();
    const row = (name: string) => form.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect.poll(() => row('Industrial added value above designated size').textContent()).toContain('+2.5');
    await expect.poll(() => row('Rare earth industry value added').textContent()).toContain('+5.4');
    await expect.poll(() => row('New energy industry value added').textContent()).toContain('+7.1');
    await expect.poll(() => row('Rare earth magnetic materials output').textContent()).toContain('12,359');
  });

  it('blocks a figure that cannot be saved, in place', async () => {
    const { page } = app;
    const field = page.getByRole('textbox', { name: 'Rare earth compounds output · Value' });
    await field.focus();
    await page.keyboard.type('-23100');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Output cannot be negative' }).isVisible())
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => field.inputValue()).toBe('23100');
    expect((await stored()).find((o) => o.indicatorId === 'compound-output' && o.period === '2025-05')?.value).toBe(
      23_100,
    );
  });

  it('marks growth beyond the plausible range, takes the reason as a note, undoes from the menu, and marks the zone-month complete once every warning has its reason', async () => {
    const { page } = app;
    const form = page.getByRole('region', { name: 'Figures for Baotou Rare Earth High-Tech Zone, Jan–May 2025' });
    const row = form.getByRole('row', { name: /^New energy industry value added/ });
    await expect
      .poll(() =>
        form
          .getByRole('list', { name: 'Warning: New energy industry value added' })
          .getByRole('listitem')
          .textContent(),
      )
      .toBe('YoY 38.0% is beyond the plausible 30.0% set for this indicator');
    const note = row.getByRole('textbox', { name: 'New energy industry value added · Note' });
    await expect.poll(() => note.getAttribute('placeholder')).toBe('Reason for the warning');
    await note.focus();
    await page.keyboard.type('Capacity of two new plants (bureau confirms)');
    await page.keyboard.press('Enter');
    const noteOf = async () =>
      (await stored()).find((o) => o.indicatorId === 'new-energy-va' && o.period === '2025-05')?.note;
    await expect.poll(noteOf).toBe('Capacity of two new plants (bureau confirms)');
    await app.menuCommand({ kind: 'undo' });
    await expect.poll(noteOf).toBe('');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(noteOf).toBe('Capacity of two new plants (bureau confirms)');

    await page.getByRole('button', { name: 'Mark complete' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Complete', { exact: true }).waitFor();
    const status = await app.handlers.getEntryStatuses({
      zoneIds: [ZONE],
      from: '2025-05',
      to: '2025-05',
      basis: 'ytd',
    });
    expect(status.ok && status.value.map((s) => s.status)).toEqual(['complete']);
  });

  it('pastes a block copied from a spreadsheet into the grid, and undoes the whole paste', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Grid' }).check();
    const grid = page.getByRole('grid', { name: 'Baotou Rare Earth High-Tech Zone by month, 2025' });
    await grid.waitFor();
    await grid.getByRole('gridcell', { name: '1,148,000' }).click();
    // From Jan–May of the total to Jan–Feb of magnets: three down, three left.
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'])
      await page.keyboard.press(key);
    await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED_BLOCK);
    await page.keyboard.press('Control+V');
    await page.getByText('Pasted 9 cell(s).').waitFor();
    const pasted = figures(await stored());
    expect(pasted['magnet-output 2025-02']).toEqual([6100, null]);
    expect(pasted['metal-output 2025-04']).toEqual([1690, null]);
    await expect.poll(() => grid.getByRole('gridcell', { name: '18,400' }).isVisible()).toBe(true);

    await page.keyboard.press('Control+Z');
    await expect
      .poll(async () => Object.keys(figures(await stored())).filter((key) => /output 2025-0[234]/.test(key)))
      .toEqual([]);
    await expect.poll(() => grid.getByRole('gridcell', { name: '18,400' }).count()).toBe(0);
  });

  it('after a reload, has exactly what was committed', async () => {
    const { page } = app;
    await app.reload();
    const grid = page.getByRole('grid', { name: 'Baotou Rare Earth High-Tech Zone by month, 2025' });
    await grid.waitFor();
    await expect.poll(() => grid.getByRole('gridcell', { name: '1,148,000' }).isVisible()).toBe(true);
    await expect.poll(() => grid.getByRole('gridcell', { name: '6,100' }).count()).toBe(0);
    const expected = {
      ...figures(seed.filter((o) => o.zoneId === ZONE && o.period >= '2025-01') as Observation[]),
      ...Object.fromEntries(Object.entries(MAY_VALUES).map(([id, pair]) => [`${id} 2025-05`, pair])),
    };
    expect(figures(await stored())).toEqual(expected);
    const city = figures(await stored('baotou-city'));
    expect(city).toEqual({ 'iav 2025-04': [null, 12], 'iav 2025-05': [null, 12.3] });
  });

  it('shows every zone for one indicator, its published growth by month', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Zones × months' }).check();
    await page
      .getByRole('combobox', { name: 'Indicator' })
      .selectOption({ label: 'Industrial added value above designated size' });
    await page.getByRole('radio', { name: 'YoY %' }).check();
    const grid = page.getByRole('grid', { name: 'Industrial added value above designated size by month, 2025' });
    await grid.waitFor();
    await expect.poll(() => grid.getByRole('row', { name: /^Baotou City/ }).textContent()).toContain('12.3');
    await expect
      .poll(() => grid.getByRole('row', { name: /^Baotou Rare Earth High-Tech Zone/ }).textContent())
      .toContain('14.8');
    await app.screenshot('entry-grid-zones-en-light');
    await page.getByRole('radio', { name: 'Indicators × months' }).check();
    await page.getByRole('radio', { name: 'Value' }).check();
  });

  it('shows each observation’s history from its cell', async () => {
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Baotou Rare Earth High-Tech Zone by month, 2025' });
    await grid.getByRole('gridcell', { name: '1,148,000' }).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Shift+H');
    const dialog = page.getByRole('dialog', { name: /History: Rare earth magnetic materials output/ });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByRole('row', { name: /Deleted/ }).textContent()).toContain('6,100');
    await page.keyboard.press('Escape');
  });

  it('looks right in English and Chinese, light and dark (screenshots)', async () => {
    const { page } = app;
    for (const language of ['en', 'zh'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await app.handlers.setPreferences({ patch: { language, theme } });
        await app.reload();
        const views = language === 'en' ? { form: 'Form', grid: 'Grid' } : { form: '表单', grid: '表格' };
        await page.getByRole('radio', { name: views.form }).check();
        await page.locator('.entry-form').waitFor();
        await page.locator('.entry-form__live').filter({ hasText: '5.4' }).waitFor();
        await app.screenshot(`entry-form-${language}-${theme}`);
        await page.getByRole('radio', { name: views.grid }).check();
        await page.getByRole('grid').getByRole('gridcell', { name: '1,148,000' }).click();
        await page.keyboard.press('Shift+ArrowDown');
        await page.keyboard.press('Shift+ArrowDown');
        await app.screenshot(`entry-grid-${language}-${theme}`);
      }
    }
    expect(app.errors).toEqual([]);
  });
});
