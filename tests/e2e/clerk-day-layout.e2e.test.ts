import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseSeedMonth, launchSeededApp, type AppUnderTest } from './harness';

/**
 * Issue 16, item 12: the entry screen at 1360×900, 1024×700 and 800×600, in English and Chinese
 * (test-artifacts/e2e/issue16-layout-*.png), over the seed brief's data.
 */
const SIZES = [
  { width: 1360, height: 900 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
];
const LANGUAGES = ['en', 'zh'] as const;

describe('the entry screen in small windows', () => {
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

  /** Where the form's first row starts, from the top of the window: what the header and toolbar take. */
  const formTop = () =>
    app.page
      .locator('.entry-form tbody tr')
      .first()
      .evaluate((row) => Math.round(row.getBoundingClientRect().top));
  const formScrollsSideways = () =>
    app.page.locator('.entry-form table').evaluate((table) => {
      const frame = table.parentElement!;
      return (
        frame.scrollWidth > frame.clientWidth + 1 ||
        document.querySelector('main')!.scrollWidth > document.querySelector('main')!.clientWidth + 1
      );
    });
  const sidebarWidth = () =>
    app.page.locator('.sidebar').evaluate((element) => Math.round(element.getBoundingClientRect().width));
  /** The most lines any unit label takes: a unit stays on one line. */
  const unitLines = () =>
    app.page
      .locator('.entry-form .entry-form__unit')
      .evaluateAll((units) => Math.max(0, ...units.map((unit) => unit.getClientRects().length)));
  /** Whether the history buttons (the form's last column, after the computed ones) are inside the form's frame. */
  const lastColumnShown = () =>
    app.page.locator('.entry-form table').evaluate((table) => {
      const frame = table.parentElement!.getBoundingClientRect();
      const last = table.querySelector('tbody tr td:last-child')!.getBoundingClientRect();
      return last.right <= frame.right + 1;
    });

  for (const language of LANGUAGES) {
    it(`entry form (${language}) at three sizes: nothing cut, nothing sideways, a compact top`, async () => {
      app.preferences.set({ language });
      await app.goto('entry');
      await app.page.locator('.entry-form tbody tr').first().waitFor();
      for (const size of SIZES) {
        await app.page.setViewportSize(size);
        await app.page.waitForTimeout(150);
        await app.screenshot(`issue16-layout-entry-${language}-${size.width}x${size.height}`);
        const at = `${size.width}×${size.height}`;
        expect(await formScrollsSideways(), at).toBe(false);
        expect(await lastColumnShown(), at).toBe(true);
        expect(await unitLines(), at).toBe(1);
        // Names and icons from 900 px up; icons only below.
        expect(await sidebarWidth(), at).toBe(size.width > 900 ? 224 : 64);
      }
      // Before: the first figure row began at 669 px (en) in an 800×600 window, past its bottom.
      expect(await formTop()).toBeLessThan(450);
      await app.page.setViewportSize(SIZES[0]!);
    });
  }
});
