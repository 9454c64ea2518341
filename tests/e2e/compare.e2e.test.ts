import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC_COLUMNS } from '../../shared/metrics';
import { enterSeed } from '../integration/metrics/seed-data';
import { formulaCells, readBack, rowsOf } from '../unit/workbook/write/read-back';
import { chartDrawn as drawn, launchApp, type AppUnderTest } from './harness';

/**
 * The Compare screen in Chromium over the real handlers and a store holding the seed brief
 * (docs/metrics.md §3): the brief's figures on screen, the charts drawn and saved, the brief copied.
 */
/** Figures are computed by the real engine on a busy machine: give them time. */
const WAIT = { timeout: 20_000, interval: 200 };

describe('the Compare screen in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({
      screen: 'compare',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1360, height: 900 },
    });
    await enterSeed(app.handlers);
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  const main = () => app.page.locator('main');
  const region = (name: string | RegExp) => main().getByRole('region', { name });
  const rowText = async (table: ReturnType<typeof region>, name: string) =>
    (await table
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .first()
      .textContent()) ?? '';

  const chartDrawn = (fileName: string) => drawn(app.page, fileName);

  it('opens on January–May 2025 for the zone, with the brief in English', async () => {
    const bulletin = region('The brief');
    await bulletin.getByRole('listitem').first().waitFor();
    await expect.poll(() => main().getByRole('combobox', { name: 'Period' }).inputValue()).toBe('2025-05');
    const lines = await bulletin.getByRole('listitem').allTextContents();
    expect(lines[0]).toMatch(
      /^Industrial added value above designated size (grew|rose) 14\.8% year on year in January–May 2025/,
    );
    expect(lines[0]).toContain('2.5 percentage points above Baotou City');
    expect(lines[0]).toContain('54th consecutive month of double-digit growth');
    // The brief's wording is the metrics engine's; these are its figures.
    const line = (start: string) => lines.find((candidate) => candidate.startsWith(start)) ?? '';
    expect(line('Rare earth industry value added')).toMatch(/16\.9%.*5\.4 percentage points/);
    expect(line('New energy industry value added')).toMatch(/38\.0%.*7\.1 percentage points/);
    expect(lines.join('\n')).toMatch(/15,300 t.*23\.8%/);
  });

  it('shows the period against the previous one and a year earlier, the outputs and the contributions', async () => {
    const period = region('This period, the one before, and a year earlier');
    const total = await rowText(period, 'Industrial added value above designated size');
    expect(total).toContain('1,148,000');
    expect(total).toContain('14.8');
    expect(total).toContain('14.5'); // Jan–Apr 2025
    expect(total).toContain('12.8'); // Jan–May 2024
    expect(total).toContain('+0.3');
    expect(total).toContain('accelerating');

    const outputs = region('Product output');
    await expect
      .poll(() => rowText(outputs, 'Rare earth magnetic materials output'))
      .toMatch(/15,300.*t.*23\.8.*12,359/);
    await expect.poll(() => rowText(outputs, 'Rare earth compounds output')).toMatch(/23,100.*t.*14\.6.*20,157/);
    await expect.poll(() => rowText(outputs, 'Single rare earth metals output')).toMatch(/2,100.*t.*16\.0.*1,810/);

    const contributions = region('Contributions to Industrial added value above designated size');
    await expect
      .poll(() => rowText(contributions, 'Rare earth industry value added'))
      .toMatch(/16\.9.*32\.5.*\+5\.4.*36\.5/);
    await expect
      .poll(() => rowText(contributions, 'New energy industry value added'))
      .toMatch(/38\.0.*22\.5.*\+7\.1.*48\.0/);
    await expect.poll(() => chartDrawn('zone-stats-contributions-baotou-hitech-iav-2025-05.png'), WAIT).toBe(true);
    await app.screenshot('compare-zone-en-light');
    await outputs.scrollIntoViewIfNeeded();
    await app.screenshot('compare-zone-lower-en-light');
  });

  it('copies the brief to the clipboard in one click', async () => {
    await region('The brief').getByRole('button', { name: 'Copy' }).click();
    await region('The brief').getByText('Copied to the clipboard').waitFor();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toMatch(
      /^Industrial added value above designated size (grew|rose) 14\.8% year on year/,
    );
    expect(copied.split('\n').length).toBeGreaterThanOrEqual(6);
  });

  it('writes the brief in Chinese on request', async () => {
    const bulletin = region('The brief');
    await bulletin.getByRole('radio', { name: '中文' }).check();
    await expect
      .poll(async () => (await bulletin.getByRole('listitem').first().textContent()) ?? '', WAIT)
      .toContain(
        '2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%，高于包头市2.5个百分点，连续54个月保持两位数增长',
      );
  });

  it('compares the zones side by side, sortable, the benchmark marked, and draws the bars by zone', async () => {
    await main().getByRole('tab', { name: 'Zones side by side' }).click();
    const table = main().getByRole('table');
    await table.getByRole('row', { name: /Baotou City/ }).waitFor();
    const zoneRow = await table.getByRole('row', { name: /^Baotou Rare Earth High-Tech Zone/ }).textContent();
    expect(zoneRow).toMatch(/1,148,000.*14\.8.*\+2\.5.*1.*54 mo/);
    await expect.poll(() => table.getByRole('row', { name: /Baotou City/ }).textContent()).toContain('benchmark');

    const names = () => table.locator('tbody th[scope="row"]').allTextContents();
    expect((await names())[0]).toContain('Baotou Rare Earth High-Tech Zone');
    await table.getByRole('button', { name: 'YoY %' }).click();
    expect((await names())[0]).toContain('Baotou City');
    await expect
      .poll(() => table.getByRole('columnheader', { name: /YoY %/ }).getAttribute('aria-sort'))
      .toBe('ascending');

    await expect.poll(() => chartDrawn('zone-stats-iav-by-zone-2025-05.png'), WAIT).toBe(true);
    await app.screenshot('compare-zones-en-light');
  });

  it('draws growth over time against the threshold and saves the chart as a PNG', async () => {
    await main().getByRole('tab', { name: 'Growth over time' }).click();
    await expect.poll(() => chartDrawn('zone-stats-yoy-iav-ytd.png'), WAIT).toBe(true);
    await app.screenshot('compare-trends-en-light');
    await main().getByRole('button', { name: 'Save as PNG' }).click();
    await main()
      .getByText(/^Saved .*zone-stats-yoy-iav-ytd\.png$/)
      .waitFor();
    const saved = app.shell.saved.at(-1)!;
    expect(saved).toMatch(/zone-stats-yoy-iav-ytd\.png$/);
    expect([...readFileSync(saved).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('exports the comparison workbook through the save dialog, then shows it in its folder', async () => {
    await app.goto('export');
    const save = main().getByRole('button', { name: 'Save workbook…' });
    await save.waitFor();
    await main().getByRole('radio', { name: 'One period' }).check();
    await expect.poll(() => main().getByRole('combobox', { name: 'Period' }).inputValue(), WAIT).toBe('2025-05');
    await app.screenshot('export-en-light');
    await save.click();
    const notice = main().getByText(/^Saved .*zone-stats-2025-05\.xlsx$/);
    await notice.waitFor({ timeout: 60_000 });
    await app.screenshot('export-saved-en-light');

    const file = app.shell.saved.at(-1)!;
    const workbook = readBack(new Uint8Array(readFileSync(file)));
    expect(workbook.SheetNames).toEqual([
      'Highlights',
      'Comparison',
      'Metrics',
      'Zones',
      'Indicators',
      'Observations',
      'About',
    ]);
    expect(formulaCells(workbook)).toEqual([]);
    const metrics = rowsOf(workbook, 'Metrics');
    expect(metrics[0]).toEqual(METRIC_COLUMNS.map((column) => column.header));
    const total = metrics.find((row) => row[0] === 'baotou-hitech' && row[2] === 'iav')!;
    expect(total.slice(4, 9)).toEqual(['2025-05', 'ytd', 1_148_000, '10k CNY', 14.8]);
    expect(total[18]).toBeCloseTo(2.5, 10);
    expect(total[19]).toBe(54);
    expect(rowsOf(workbook, 'Highlights').find((row) => row[0] === 'Baotou Rare Earth High-Tech Zone')![3]).toMatch(
      /^Industrial added value above designated size (grew|rose) 14\.8% year on year/,
    );

    await main().getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => app.shell.revealed, WAIT).toEqual([file]);
  });

  it('says so when the save dialog is cancelled, and saves the Metrics CSV', async () => {
    app.shell.cancelNextSaveDialog();
    await main().getByRole('button', { name: 'Save Metrics as CSV…' }).click();
    await main().getByText('Not saved: the save dialog was closed.').waitFor({ timeout: 60_000 });
    await main().getByRole('button', { name: 'Save Metrics as CSV…' }).click();
    await main()
      .getByText(/^Saved .*zone-stats-metrics-2025-05\.csv$/)
      .waitFor({ timeout: 60_000 });
    const csv = readFileSync(app.shell.saved.at(-1)!, 'utf8');
    expect(csv.startsWith('\uFEFFzone_id,zone,indicator_id,indicator,period,basis,')).toBe(true);
    expect(csv).toContain('baotou-hitech,Baotou Rare Earth High-Tech Zone,iav,');
  });

  it('follows the language and the dark theme', async () => {
    app.preferences.set({ language: 'zh', theme: 'dark' });
    await app.goto('compare');
    const bulletin = region('简报');
    await expect
      .poll(async () => (await bulletin.getByRole('listitem').first().textContent()) ?? '', WAIT)
      .toContain('2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%');
    await expect.poll(() => chartDrawn('zone-stats-contributions-baotou-hitech-iav-2025-05.png'), WAIT).toBe(true);
    await app.screenshot('compare-zone-zh-dark');
    await main().getByRole('tab', { name: '增速走势' }).click();
    await expect.poll(() => chartDrawn('zone-stats-yoy-iav-ytd.png'), WAIT).toBe(true);
    await app.screenshot('compare-trends-zh-dark');
    await main().getByRole('tab', { name: '各开发区对比' }).click();
    await main()
      .getByRole('table')
      .getByRole('row', { name: /包头市/ })
      .waitFor();
    await app.screenshot('compare-zones-zh-dark');
    await app.goto('export');
    await main().getByRole('button', { name: '保存工作簿…' }).waitFor();
    await main().getByRole('radio', { name: '指定开发区' }).check();
    await app.screenshot('export-zh-dark');
    expect(app.errors).toEqual([]);
  });

  it('fits a small window: wide tables scroll in their own frame, never the page', async () => {
    await app.page.setViewportSize({ width: 960, height: 700 });
    for (const tab of ['单个开发区', '各开发区对比', '增速走势']) {
      await app.goto('compare');
      await main().getByRole('tab', { name: tab }).click();
      await main().locator('.chart-panel canvas').first().waitFor();
      const overflows = await app.page.evaluate(() => {
        const element = document.querySelector('main')!;
        return element.scrollWidth > element.clientWidth + 1;
      });
      expect(overflows, tab).toBe(false);
    }
    await app.screenshot('compare-trends-small-zh-dark');
  });
});
