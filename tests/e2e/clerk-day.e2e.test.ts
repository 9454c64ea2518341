import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseSeedMonth, launchSeededApp, type AppUnderTest } from './harness';

/**
 * Issue 16, items 9, 11, 12 and 13, where a clerk meets them: a grid paste with units and value +
 * 同比 pairs, periods in Chinese, Undo saying what it undoes, Back up now, the collapsible sidebar.
 * Screenshots: test-artifacts/e2e/issue16-day-*.png.
 */
const ZONE = 'baotou-hitech';
const SIZES = [
  { width: 1360, height: 900 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
];
const WAIT = { timeout: 20_000, interval: 200 };

describe('a clerk’s day: what slowed or confused', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchSeededApp({
      screen: 'entry',
      preferences: { language: 'en', theme: 'light' },
      viewport: SIZES[0],
    });
    await chooseSeedMonth(app.page);
  });

  afterAll(async () => {
    await app?.close();
  });

  async function stored(indicatorId: string, period: string): Promise<[number | null, number | null] | null> {
    const result = await app.handlers.getObservations({
      zoneIds: [ZONE],
      indicatorIds: [indicatorId],
      from: period,
      to: period,
      basis: 'ytd',
    });
    if (!result.ok) throw new Error(result.error.message);
    const [observation] = result.value;
    return observation ? [observation.value, observation.yoyPct] : null;
  }

  async function shoot(name: string): Promise<void> {
    for (const size of SIZES) {
      await app.page.setViewportSize(size);
      await app.page.waitForTimeout(150);
      await app.screenshot(`issue16-day-${name}-${size.width}x${size.height}`);
    }
    await app.page.setViewportSize(SIZES[0]!);
  }

  it('pastes value + 同比 pairs with units converted, keeping the cells it cannot save in place with their error', async () => {
    const { page } = app;
    await page.getByRole('radio', { name: 'Grid' }).check();
    const grid = page.getByRole('grid', { name: 'Baotou Rare Earth High-Tech Zone by month, 2025' });
    await grid.waitFor();
    // Magnets, Jan–Feb: the total row is first, the three components/outputs follow; magnets is row 4.
    await grid.getByRole('gridcell', { name: '15,300' }).click();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
    // As copied from a bureau table: 1-2月 and 1-3月, each value then its 同比; compounds below.
    const block = '0.91万吨\t10.5%\t1.2万吨\t12.0%\r\n1O5\t8.0%\t3亿元\t9.0%\r\n';
    await page.evaluate((text) => navigator.clipboard.writeText(text), block);
    await page.keyboard.press('Control+V');
    await page.getByText(/Saved 4 cell\(s\); 2 could not be saved/).waitFor(WAIT);
    // 0.91万吨 = 9,100 t and 1.2万吨 = 12,000 t, each with its 同比.
    expect(await stored('magnet-output', '2025-02')).toEqual([9100, 10.5]);
    expect(await stored('magnet-output', '2025-03')).toEqual([12000, 12]);
    // The compounds' values could not be saved; their growths were.
    expect(await stored('compound-output', '2025-02')).toEqual([null, 8]);
    expect(await stored('compound-output', '2025-03')).toEqual([null, 9]);
    const refused = grid.locator('.entry-grid__figure--refused');
    await expect.poll(() => refused.count(), WAIT).toBe(2);
    expect(await refused.first().textContent()).toContain('1O5');
    expect(await refused.nth(1).textContent()).toContain('“3亿元” is not in a unit that converts to t');
    await shoot('grid-paste-en');
  });

  it('says what Undo and Redo would undo or redo', async () => {
    const { page } = app;
    const undo = page.locator('.entry-undo button').first();
    expect(await undo.getAttribute('aria-label')).toBe('Undo: 4 figure(s)');
    await page.keyboard.press('Control+Z');
    await expect.poll(() => stored('magnet-output', '2025-02'), WAIT).toBeNull();
    expect(await page.locator('.entry-undo button').nth(1).getAttribute('aria-label')).toBe('Redo: 4 figure(s)');

    app.preferences.set({ language: 'zh' });
    await app.goto('entry');
    await page.getByRole('radio', { name: '表单' }).check();
    const value = page.locator('.entry-form input[data-entry-column="value"]').first();
    await value.fill('1150000');
    await value.press('Enter');
    await expect.poll(() => stored('iav', '2025-05'), WAIT).toEqual([1150000, 14.8]);
    await expect
      .poll(() => page.locator('.entry-undo button').first().getAttribute('aria-label'), WAIT)
      .toBe('撤销：规模以上工业增加值 · 包头稀土高新区 · 2025年1-5月 · 数值');
    await page.locator('.entry-undo button').first().click();
    await expect.poll(() => stored('iav', '2025-05'), WAIT).toEqual([1148000, 14.8]);
  });

  it('writes periods in Chinese on the export screen, never 2025-05', async () => {
    app.preferences.set({ language: 'zh' });
    await app.goto('export');
    await app.page.getByRole('radio', { name: '单一时期' }).check();
    const options = await app.page.getByRole('combobox', { name: '时期' }).locator('option').allTextContents();
    expect(options[0]).toBe('2025年5月');
    expect(options.join(' ')).not.toMatch(/\d{4}-\d{2}/);
    expect(await app.page.locator('main').textContent()).not.toMatch(/\b20\d\d-\d\d\b/);
    await shoot('export-zh');
    app.preferences.set({ language: 'en' });
    await app.goto('export');
    await app.page.getByRole('radio', { name: 'One period' }).check();
    expect((await app.page.getByRole('combobox', { name: 'Period' }).locator('option').allTextContents())[0]).toBe(
      'May 2025',
    );
    await shoot('export-en');
  });

  it('takes a backup on request in Settings, named by what it is', async () => {
    app.preferences.set({ language: 'zh' });
    await app.goto('settings');
    await app.page.getByRole('button', { name: '立即备份' }).click();
    await app.page.getByRole('table', { name: '备份' }).getByRole('cell', { name: '手动备份' }).waitFor(WAIT);
    const backups = await app.handlers.getStoreInfo({});
    expect(backups.ok && backups.value.backups.map((backup) => backup.reason)).toEqual([{ kind: 'manual' }]);
    await shoot('settings-backup-zh');
    app.preferences.set({ language: 'en' });
    await app.goto('settings');
    await app.page
      .getByRole('table', { name: 'Backups' })
      .getByRole('cell', { name: 'Taken with Back up now' })
      .waitFor(WAIT);
    await shoot('settings-backup-en');
  });

  it('Compare in Chinese: a year earlier as entered, the brief opening with the year and the zone, the trend in Chinese', async () => {
    const { page } = app;
    // A year-earlier level entered with two decimals: shown as entered, not rounded to 1,810.
    const saved = await app.handlers.saveObservations({
      observations: [
        {
          zoneId: ZONE,
          indicatorId: 'metal-output',
          period: '2024-05',
          basis: 'ytd',
          value: 1810.25,
          yoyPct: null,
          source: 'bureau',
          note: '',
        },
      ],
    });
    expect(saved.ok, JSON.stringify(saved)).toBe(true);
    app.preferences.set({ language: 'zh' });
    await app.goto('compare');
    const periodView = page.locator('main section[aria-labelledby="period-view-title"]');
    const metalRow = periodView.getByRole('row', { name: /单一稀土金属产量/ });
    await metalRow.waitFor(WAIT);
    await expect.poll(() => metalRow.textContent(), WAIT).toContain('1,810.25');
    const brief = page.locator('main').getByRole('listitem').first();
    await expect
      .poll(async () => (await brief.textContent()) ?? '', WAIT)
      .toMatch(/^2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%/);
    await shoot('compare-zone-zh');
    await page.locator('main').getByRole('tab').nth(2).click();
    const canvas = page.locator('[data-chart] canvas').first();
    await canvas.waitFor(WAIT);
    await page.waitForTimeout(400);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    const tooltip = page.locator('.chart-tooltip__heading').first();
    await expect.poll(async () => (await tooltip.textContent()) ?? '', WAIT).toMatch(/^\d{4}年(1-)?\d+月$/);
    await shoot('compare-trend-zh');
    app.preferences.set({ language: 'en' });
    await app.goto('compare');
    await periodView.getByRole('row', { name: /Single rare earth metals output/ }).waitFor(WAIT);
    await expect
      .poll(() => periodView.getByRole('row', { name: /Single rare earth metals output/ }).textContent(), WAIT)
      .toContain('1,810.25');
    await shoot('compare-zone-en');
  });

  it('collapses the sidebar by a toggle it remembers, and by itself in a narrow window', async () => {
    const { page } = app;
    app.preferences.set({ language: 'en' });
    await app.goto('entry');
    const width = () =>
      page.locator('.sidebar').evaluate((element) => Math.round(element.getBoundingClientRect().width));
    expect(await width()).toBe(224);
    await page.getByRole('button', { name: 'Collapse the sidebar' }).click();
    expect(await width()).toBe(64);
    await app.reload();
    expect(await width()).toBe(64);
    await page.getByRole('button', { name: 'Expand the sidebar' }).click();
    expect(await width()).toBe(224);
    // Chosen once, kept; a first run (nothing chosen) follows the window.
    await page.evaluate(() => localStorage.removeItem('zone-stats.sidebar'));
    await app.reload();
    await page.setViewportSize(SIZES[2]!);
    await expect.poll(width).toBe(64);
    // At 800×600 the grid starts high enough to show rows: the top takes far less than 470 px.
    await page.getByRole('radio', { name: 'Grid' }).check();
    const gridTop = await page.getByRole('grid').evaluate((grid) => Math.round(grid.getBoundingClientRect().top));
    expect(gridTop).toBeLessThan(300);
    expect(
      await page.evaluate(
        () => document.querySelector('main')!.scrollWidth <= document.querySelector('main')!.clientWidth + 1,
      ),
    ).toBe(true);
    await app.screenshot('issue16-day-grid-en-800x600');
    await page.setViewportSize(SIZES[0]!);
    expect(app.errors).toEqual([]);
  });
  it('pastes in Chinese too, the refused cell saying why in Chinese', async () => {
    const { page } = app;
    app.preferences.set({ language: 'zh' });
    await app.goto('entry');
    await page.getByRole('radio', { name: '表格' }).check();
    const grid = page.getByRole('grid');
    await grid.waitFor();
    // Single rare earth metals (t), 1-2月: 0.05万吨 = 500 t, and a 同比 that is no number.
    await grid.getByRole('gridcell', { name: '2,100' }).click();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
    await page.evaluate((text) => navigator.clipboard.writeText(text), '0.05万吨\t5.0%\t2亿元\t6.5%\r\n');
    await page.keyboard.press('Control+V');
    await page.getByText(/已保存 2 个单元格；1 个无法保存/).waitFor(WAIT);
    expect(await stored('metal-output', '2025-02')).toEqual([500, 5]);
    expect(await stored('metal-output', '2025-03')).toEqual([null, 6.5]);
    expect(await grid.locator('.entry-grid__figure--refused').textContent()).toContain('“2亿元”的单位无法换算为吨');
    await shoot('grid-paste-zh');
  });
});
