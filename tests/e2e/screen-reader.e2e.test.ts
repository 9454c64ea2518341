import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchSeededApp, type AppUnderTest } from './harness';

/**
 * What a screen reader is told: saving announced in a polite live region, a refused file in an
 * alert, the wizard's focus on its new step, and each chart's figures as a table (English and
 * Chinese), checked against the seed brief's figures.
 */
describe('announced and described for a screen reader', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchSeededApp({
      screen: 'entry',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1360, height: 900 },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  const main = () => app.page.locator('main');

  function workbook(): Uint8Array {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['指标', '单位', '1-6月', '同比增长(%)'],
        ['规模以上工业增加值', '万元', 1398000, 14.2],
      ]),
      '主要指标',
    );
    return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  }

  it('announces a refused file as an alert, and puts the focus on the step a read file lands on', async () => {
    await app.goto('import');
    app.shell.queueOpenFile({
      name: 'not-a-workbook.xlsx',
      bytes: new TextEncoder().encode('this is not a spreadsheet'),
    });
    await main().getByRole('button', { name: 'Choose a file…' }).click();
    const alert = main().getByRole('alert');
    await expect.poll(() => alert.first().textContent()).toContain('This file cannot be imported');

    app.shell.queueOpenFile({ name: 'bureau-june.xlsx', bytes: workbook() });
    await main().getByRole('button', { name: 'Choose a file…' }).click();
    await main().getByRole('combobox', { name: 'Sheet' }).waitFor();
    // The button pressed is gone with the file step: the focus is on the new step, not lost on the page.
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Sheet & layout');
  });

  it('gives each chart its figures as a table, in English', async () => {
    await app.goto('compare');
    await main().getByRole('tab', { name: 'Zones side by side' }).click();
    const figure = main().getByRole('figure', { name: 'Industrial added value above designated size: YoY % by zone' });
    await figure.getByRole('img', { name: 'Industrial added value above designated size: YoY % by zone' }).waitFor();
    await figure.getByText('The figures in this chart').click();
    const table = figure.getByRole('table', { name: 'Industrial added value above designated size: YoY % by zone' });
    // Jan–May 2025 against Jan–May 2024: the zone 14.8 and 12.8 (seed), the city 12.3 and nothing a year earlier.
    await expect
      .poll(() => table.getByRole('row', { name: /^Baotou Rare Earth High-Tech Zone/ }).textContent())
      .toBe('Baotou Rare Earth High-Tech Zone14.812.8');
    await expect.poll(() => table.getByRole('row', { name: /^Baotou City/ }).textContent()).toBe('Baotou City12.3–');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Zone',
      'January–May 2025',
      'A year earlier (January–May 2024)',
    ]);
  });

  it('and in Chinese', async () => {
    app.preferences.set({ language: 'zh' });
    await app.goto('compare');
    await main().getByRole('tab', { name: '增速走势' }).click();
    const figure = main().getByRole('figure', { name: '规模以上工业增加值同比增速走势(%)' });
    await figure.getByText('图中数据').click();
    const table = figure.getByRole('table', { name: '规模以上工业增加值同比增速走势(%)' });
    // The zone's published growth (seed): 1-4月 14.5 and 1-5月 14.8 in 2025, 1-2月 35.2 in 2021.
    const cells = (period: string) =>
      table
        .getByRole('row', { name: new RegExp(`^${period}`) })
        .getByRole('cell')
        .allTextContents();
    await expect.poll(() => cells('2025年1-5月')).toContain('14.8');
    await expect.poll(() => cells('2025年1-4月')).toContain('14.5');
    expect(await cells('2021年1-2月')).toContain('35.2');
    expect(await table.getByRole('columnheader').first().textContent()).toBe('时期');
  });

  it('announces the save of a typed figure politely', async () => {
    // Last: a figure in the current month moves Compare's default period to it.
    app.preferences.set({ language: 'en' });
    await app.goto('entry');
    const status = main().locator('.entry-save').getByRole('status');
    await expect.poll(() => status.getAttribute('aria-live')).toBe('polite');
    // Every text the region is given, as a screen reader would hear each change.
    await status.evaluate((region) => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // The form opens on an empty month: a value is what makes a figure to save.
    await main()
      .getByRole('textbox', { name: /· Value$/ })
      .first()
      .click();
    await app.page.keyboard.type('1,000');
    await app.page.keyboard.press('Tab');
    await expect
      .poll(() => app.page.evaluate(() => (window as unknown as { __heard: string[] }).__heard))
      .toContain('Saved');
    await expect
      .poll(async () => {
        const stored = await app.handlers.getObservations({});
        return stored.ok && stored.value.some((observation) => observation.value === 1000);
      })
      .toBe(true);
    expect(app.errors).toEqual([]);
    await expect.poll(() => main().locator('.entry-save').getByRole('alert').textContent()).toBe('');
  });
});
