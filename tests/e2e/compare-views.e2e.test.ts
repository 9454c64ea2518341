import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartDrawn, launchSeededApp, type AppUnderTest } from './harness';

/**
 * The views of docs/metrics.md §2.13 in Compare, in Chromium over the seed (docs/metrics.md §3): the
 * period view's two-year average and CAGR columns, and the growth chart's choice of view.
 */
const WAIT = { timeout: 20_000, interval: 200 };

describe('Compare shows the views in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchSeededApp({
      screen: 'compare',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1360, height: 900 },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  const main = () => app.page.locator('main');
  const canvasDrawn = (fileName: string) => chartDrawn(app.page, fileName);

  it('the period view: two-year average growth 13.8 % for the total, and a CAGR span to choose', async () => {
    const period = main().getByRole('region', { name: 'This period, the one before, and a year earlier' });
    await period.getByRole('columnheader', { name: 'Two-year average %' }).waitFor(WAIT);
    // Jan–May 2025 +14.8 %, Jan–May 2024 +12.8 %: √(1.148 × 1.128) − 1 = 13.80 %.
    const total =
      (await period
        .getByRole('row', { name: /^Industrial added value above designated size/ })
        .first()
        .textContent()) ?? '';
    expect(total).toContain('13.8');
    await period.getByLabel('CAGR span').selectOption('5');
    await period.getByRole('columnheader', { name: 'CAGR over 5 years %' }).waitFor(WAIT);
    await period.scrollIntoViewIfNeeded();
    await app.screenshot('compare-period-views-en-light');
  });

  it('the growth chart: two-year average and index views drawn, the threshold only over YoY %', async () => {
    await main().getByRole('tab', { name: 'Growth over time' }).click();
    const show = main().getByLabel('Show');
    expect(await show.locator('option').allTextContents()).toEqual([
      'YoY %',
      'Two-year average growth %',
      'Index (first period = 100)',
      'Rolling 12-month sum',
    ]);
    await show.selectOption('two-year');
    await expect.poll(() => canvasDrawn('zone-stats-two-year-iav-ytd.png'), WAIT).toBe(true);
    await app.screenshot('compare-trends-two-year-en-light');
    await show.selectOption('index');
    await expect.poll(() => canvasDrawn('zone-stats-index-iav-ytd.png'), WAIT).toBe(true);
  });

  it('in Chinese', async () => {
    await app.handlers.setPreferences({ patch: { language: 'zh' } });
    await app.reload();
    await main().getByRole('tab', { name: '增速走势' }).click();
    await main().getByLabel('显示').selectOption('two-year');
    await expect.poll(() => canvasDrawn('zone-stats-two-year-iav-ytd.png'), WAIT).toBe(true);
    await app.screenshot('compare-trends-two-year-zh-light');
    expect(app.errors).toEqual([]);
  });
});
