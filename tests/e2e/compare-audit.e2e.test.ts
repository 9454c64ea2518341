import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSampleStore } from '../../shared/app/sample';
import { launchApp, type AppUnderTest } from './harness';

/**
 * The audit of a zone and period in Compare, in Chromium, over the sample data (the seed brief's
 * zone with levels made up to fit it; see shared/app/sample/sample-dataset.ts).
 */
const WAIT = { timeout: 20_000, interval: 200 };

describe('Compare: the audit view, in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({
      screen: 'compare',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1360, height: 1000 },
    });
    await fillSampleStore(app.store, new Date('2025-06-25T08:00:00Z'));
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('states every relation with its arithmetic, and the contributions summed against the total', async () => {
    const { page } = app;
    await page
      .getByRole('combobox', { name: 'Zone' })
      .first()
      .selectOption({ label: 'Baotou Rare Earth High-Tech Industrial Development Zone' });
    const audit = page.locator('main').getByRole('region', { name: 'Audit: every relation a brief would state' });
    const row = audit.getByRole('row', { name: /^Industrial added value above designated size/ });
    // 14.8 − 12.3 = 2.5 pp above the city; 14.8 − 14.2 = 0.6 pp faster than Jan–Apr; 54 months.
    await expect.poll(async () => (await row.textContent()) ?? '', WAIT).toContain('2.514.8 − 12.3');
    expect(await row.textContent()).toContain('0.614.8 − 14.2');
    expect(await row.textContent()).toMatch(/54$/);
    // 16.9 × 31,950 / 100,000 = 5.40 and 38.0 × 18,680 / 100,000 = 7.10: 12.50 pp of 14.8 %.
    await expect
      .poll(async () => (await audit.getByRole('listitem').allTextContents()).join('\n'), WAIT)
      .toContain(
        'Rare earth industries value added 5.40 + New energy value added 7.10 = 12.50 pp, against its growth of 14.8%',
      );
    await audit.scrollIntoViewIfNeeded();
    await app.screenshot('compare-audit-en-light');
  });
});
