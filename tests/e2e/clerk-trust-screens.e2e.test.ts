import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseSeedMonth, launchSeededApp, type AppUnderTest } from './harness';

/**
 * Issue 16, items 1–5: the screens they changed, in English and Chinese at 1360×900, 1024×700 and
 * 800×600 (test-artifacts/e2e/issue16-*.png), over the seed brief's data. What each size must
 * never do: push the page sideways.
 */
const SIZES = [
  { width: 1360, height: 900 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
];
const LANGUAGES = ['en', 'zh'] as const;
const WAIT = { timeout: 20_000, interval: 200 };

describe('issue 16 screens at three sizes, in English and Chinese', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchSeededApp({
      screen: 'entry',
      preferences: { language: 'en', theme: 'light' },
      viewport: SIZES[0],
    });
    // The entry screen remembers its choice: Jan–May 2025 of the zone, in either language.
    await chooseSeedMonth(app.page);
  });

  afterAll(async () => {
    await app?.close();
  });

  const pageScrollsSideways = () =>
    app.page.evaluate(
      () => document.querySelector('main')!.scrollWidth > document.querySelector('main')!.clientWidth + 1,
    );

  async function shoot(name: string, before?: () => Promise<void>): Promise<void> {
    for (const size of SIZES) {
      await app.page.setViewportSize(size);
      await before?.();
      await app.screenshot(`issue16-${name}-${size.width}x${size.height}`);
      expect(await pageScrollsSideways(), `${name} at ${size.width}×${size.height}`).toBe(false);
    }
    await app.page.setViewportSize(SIZES[0]!);
  }

  for (const language of LANGUAGES) {
    it(`entry (${language}): an entry that cannot be saved, kept with its error; what the statuses mean`, async () => {
      app.preferences.set({ language });
      await app.goto('entry');
      const value = app.page.locator('.entry-form input[data-entry-column="value"]').nth(3);
      await value.focus();
      await app.page.keyboard.type('1O5');
      await app.page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
      await shoot(`entry-held-${language}`);
      await value.focus();
      await app.page.keyboard.press('Escape');
    });

    it(`entry (${language}): asks before an edit lands in a verified month`, async () => {
      for (const status of ['complete', 'verified'] as const) {
        const set = await app.handlers.setEntryStatus({
          zoneId: 'baotou-hitech',
          period: '2025-05',
          basis: 'ytd',
          status,
        });
        expect(set.ok, JSON.stringify(set)).toBe(true);
      }
      await app.goto('entry');
      const value = app.page.locator('.entry-form input[data-entry-column="value"]').first();
      await value.focus();
      await app.page.keyboard.type('1150000');
      await app.page.keyboard.press('Enter');
      const ask = app.page.getByRole('alertdialog');
      await ask.waitFor(WAIT);
      await shoot(`entry-reopen-${language}`);
      await ask.locator('[data-autofocus]').click();
      await expect
        .poll(
          async () =>
            (
              await app.handlers.getEntryStatuses({
                zoneIds: ['baotou-hitech'],
                from: '2025-05',
                to: '2025-05',
                basis: 'ytd',
              })
            ).ok,
        )
        .toBe(true);
      await app.handlers.setEntryStatus({ zoneId: 'baotou-hitech', period: '2025-05', basis: 'ytd', status: 'draft' });
    });

    it(`compare (${language}): a year earlier, and the trend chart's tooltip`, async () => {
      app.preferences.set({ language });
      await app.goto('compare');
      const table = app.page.locator('main section[aria-labelledby="period-view-title"]');
      await table.getByRole('row').nth(3).waitFor(WAIT);
      // Narrow windows scroll the table in its own frame: show its year-earlier columns.
      await shoot(`compare-zone-${language}`, async () => {
        await table.scrollIntoViewIfNeeded();
        await table.locator('table').evaluate((element) => {
          const frame = element.parentElement!;
          frame.scrollLeft = frame.scrollWidth;
        });
      });
      await app.page.locator('main').getByRole('tab').nth(2).click();
      const canvas = app.page.locator('[data-chart] canvas').first();
      await canvas.waitFor(WAIT);
      await shoot(`compare-tooltip-${language}`, async () => {
        await app.page.waitForTimeout(400);
        await canvas.scrollIntoViewIfNeeded();
        const box = (await canvas.boundingBox())!;
        await app.page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
        await app.page.waitForTimeout(300);
      });
      expect(app.errors).toEqual([]);
    });
  }
  it('compare (zh, dark): the tooltip follows the dark theme', async () => {
    app.preferences.set({ language: 'zh', theme: 'dark' });
    await app.goto('compare');
    await app.page.locator('main').getByRole('tab').nth(2).click();
    const canvas = app.page.locator('[data-chart] canvas').first();
    await canvas.waitFor(WAIT);
    await app.page.waitForTimeout(400);
    const box = (await canvas.boundingBox())!;
    await app.page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await app.page.locator('.chart-tooltip').waitFor(WAIT);
    await app.screenshot('issue16-compare-tooltip-zh-dark-1360x900');
    expect(app.errors).toEqual([]);
  });
});
