import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';
import type { AppHandlers } from '../../shared/api';
import type { Indicator } from '../../shared/model';
import { ZONES } from '../integration/metrics/seed-data';
import { launchApp, launchSeededApp, type AppUnderTest } from './harness';

/**
 * Issue 16, items 1–5: what a clerk hit that was wrong or lost. Each test plays the clerk's steps
 * in Chromium over the real handlers and a store on a temporary folder.
 */
const WAIT = { timeout: 20_000, interval: 200 };
const CITY = 'baotou-city';
const ZONE = 'baotou-hitech';

function indicator(id: string, name: string, nameZh: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name,
    nameZh,
    unit: '10k CNY',
    kind: 'flow',
    parentId: null,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
    ...extra,
  };
}
const IAV = indicator('iav', 'Industrial added value above designated size', '规模以上工业增加值', { required: true });
const NEW_ENERGY = indicator('new-energy-va', 'New energy industry value added', '新能源产业增加值', {
  parentId: 'iav',
  plausibleYoyMax: 30,
});

type Entry = Parameters<AppHandlers['saveObservations']>[0]['observations'][number];

function ytd(zoneId: string, indicatorId: string, value: number | null, yoyPct: number | null, note = ''): Entry {
  return { zoneId, indicatorId, period: '2025-05', basis: 'ytd', value, yoyPct, source: '', note };
}

async function seedCatalog(handlers: AppHandlers, indicators: Indicator[], observations: Entry[]): Promise<void> {
  for (const zone of ZONES) await handlers.createZone({ zone });
  for (const item of indicators) await handlers.createIndicator({ indicator: item });
  const saved = await handlers.saveObservations({ observations });
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('issue 16: what was wrong or lost', () => {
  let app: AppUnderTest | undefined;

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function openEntryOn(zoneName: string, language: 'en' | 'zh' = 'en'): Promise<AppUnderTest> {
    const opened = await launchApp({
      screen: 'entry',
      preferences: { language, theme: 'light' },
      viewport: { width: 1360, height: 900 },
    });
    app = opened;
    return opened;
  }

  async function choose(opened: AppUnderTest, zoneName: string): Promise<void> {
    const { page } = opened;
    await page.getByRole('combobox', { name: 'Zone' }).selectOption({ label: zoneName });
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2025');
    await page.getByRole('combobox', { name: 'Month' }).selectOption('5');
    await page.getByRole('region', { name: `Figures for ${zoneName}, Jan–May 2025` }).waitFor();
  }

  async function storedFigure(opened: AppUnderTest, zoneId: string, indicatorId: string) {
    const result = await opened.handlers.getObservations({
      zoneIds: [zoneId],
      indicatorIds: [indicatorId],
      from: '2025-05',
      to: '2025-05',
      basis: 'ytd',
    });
    if (!result.ok) throw new Error(result.error.message);
    const found = result.value[0];
    return found ? { value: found.value, yoyPct: found.yoyPct, note: found.note } : null;
  }

  it('1. Compare names the year before (2024) and shows the implied prior-year value when none was entered', async () => {
    // 114.8 at +14.8 % implies 114.8 / 1.148 = 100 a year earlier; no 2024 figure is stored.
    app = await launchApp({
      screen: 'compare',
      preferences: { language: 'zh', theme: 'light' },
      viewport: { width: 1360, height: 900 },
    });
    await seedCatalog(app.handlers, [IAV], [ytd(ZONE, 'iav', 114.8, 14.8)]);
    await app.reload();
    const { page } = app;
    const table = page.locator('main').getByRole('region', { name: '本期、上期与上年同期' });
    await table.getByRole('columnheader', { name: /^上年同期/ }).waitFor(WAIT);
    expect(await table.getByRole('columnheader', { name: /^上年同期/ }).textContent()).toBe('上年同期（2024年1-5月）');
    const row = table.getByRole('row', { name: /^规模以上工业增加值/ });
    const cells = await row.getByRole('cell').allTextContents();
    // Columns: this period (value, YoY), previous (value, YoY), a year earlier (value, YoY), change.
    expect(cells[0]).toBe('114.8');
    expect(cells[4]).toMatch(/^100(\.0)?\b/);
    expect(cells[4]).toContain('推算');
    await app.screenshot('issue16-1-compare-year-earlier-zh');

    app.preferences.set({ language: 'en' });
    await app.reload();
    const english = page
      .locator('main')
      .getByRole('region', { name: 'This period, the one before, and a year earlier' });
    await english.getByRole('columnheader', { name: /^A year earlier/ }).waitFor(WAIT);
    expect(await english.getByRole('columnheader', { name: /^A year earlier/ }).textContent()).toBe(
      'A year earlier (January–May 2024)',
    );
    await app.screenshot('issue16-1-compare-year-earlier-en');
    expect(app.errors).toEqual([]);
  });

  it('2. a restored backup leaves nothing for Undo to act on, and Undo never overwrites an outside change', async () => {
    const opened = await openEntryOn('Baotou City');
    await seedCatalog(opened.handlers, [IAV], [ytd(ZONE, 'iav', 1_148_000, 14.8)]);
    await opened.reload();
    const { page } = opened;
    await choose(opened, 'Baotou City');
    const yoy = page.getByRole('textbox', { name: 'Industrial added value above designated size · YoY %' });
    await yoy.focus();
    await page.keyboard.type('12.3');
    await page.keyboard.press('Enter');
    await expect.poll(() => storedFigure(opened, CITY, 'iav'), WAIT).toEqual({ value: null, yoyPct: 12.3, note: '' });
    await opened.store.flush();
    await opened.store.backup({ kind: 'other', words: 'before the restore test' });

    await page.locator('a[data-screen="settings"]').click();
    const backups = page.getByRole('table', { name: 'Backups' });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await backups
      .getByRole('row', { name: /before the restore test/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page
      .getByRole('alertdialog', { name: /Restore the backup of/ })
      .getByRole('button', { name: 'Restore' })
      .click();
    await page.getByText(/was restored/).waitFor();

    await page.locator('a[data-screen="entry"]').click();
    await page.getByRole('region', { name: 'Figures for Baotou City, Jan–May 2025' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    await page.keyboard.press('Control+Z');
    await page.waitForTimeout(500);
    expect(await storedFigure(opened, CITY, 'iav')).toEqual({ value: null, yoyPct: 12.3, note: '' });

    // An edit on screen, then the same figure changed from outside (the command line, an import).
    await yoy.focus();
    await page.keyboard.type('12.4');
    await page.keyboard.press('Enter');
    await expect.poll(() => storedFigure(opened, CITY, 'iav'), WAIT).toMatchObject({ yoyPct: 12.4 });
    await opened.handlers.saveObservations({ observations: [ytd(CITY, 'iav', null, 12.6)] });
    await page.keyboard.press('Control+Z');
    await page
      .getByRole('alert')
      .filter({ hasText: /changed outside this screen/ })
      .waitFor(WAIT);
    expect(await storedFigure(opened, CITY, 'iav')).toMatchObject({ yoyPct: 12.6 });
    await opened.screenshot('issue16-2-undo-after-outside-change-en');
    expect(opened.errors).toEqual([]);
  });

  it('3. a figure that cannot be saved is kept in place, with its error, when the period changes', async () => {
    const opened = await openEntryOn('Baotou Rare Earth High-Tech Zone');
    await seedCatalog(opened.handlers, [IAV], [ytd(ZONE, 'iav', 1_148_000, 14.8)]);
    await opened.reload();
    const { page } = opened;
    await choose(opened, 'Baotou City');
    const value = page.getByRole('textbox', { name: 'Industrial added value above designated size · Value' });
    await value.focus();
    await page.keyboard.type('1O5');
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForTimeout(300);
    expect(await page.getByRole('combobox', { name: 'Month' }).inputValue()).toBe('5');
    await expect.poll(() => value.inputValue()).toBe('1O5');
    await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
    await page
      .getByRole('alert')
      .filter({ hasText: /not saved/ })
      .first()
      .waitFor(WAIT);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^(Saved|All changes are saved)$/ })
        .count(),
    ).toBe(0);
    await opened.screenshot('issue16-3-invalid-kept-en');

    // Nor does a link to another screen drop it.
    await page.locator('a[data-screen="compare"]').click();
    await expect.poll(() => value.inputValue()).toBe('1O5');
    expect(await page.locator('a[data-screen="entry"]').getAttribute('aria-current')).toBe('page');
    await opened.menuCommand({ kind: 'navigate', screen: 'compare' });
    await page.waitForTimeout(300);
    expect(await page.locator('a[data-screen="entry"]').getAttribute('aria-current')).toBe('page');
    await expect.poll(() => value.inputValue()).toBe('1O5');

    // Esc gives the entry up; then the period moves on.
    await value.focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => page.getByRole('combobox', { name: 'Month' }).inputValue()).toBe('6');
    expect(await storedFigure(opened, CITY, 'iav')).toBeNull();
    expect(opened.errors).toEqual([]);
  });

  it('4. complete and verified need a reason for every warning; editing a verified month asks and returns it to draft', async () => {
    const opened = await openEntryOn('Baotou Rare Earth High-Tech Zone');
    // New energy at +38 % is beyond its plausible 30 %: a warning that needs its reason.
    await seedCatalog(
      opened.handlers,
      [IAV, NEW_ENERGY],
      [ytd(ZONE, 'iav', 1_148_000, 14.8), ytd(ZONE, 'new-energy-va', 257_842, 38)],
    );
    await opened.reload();
    const { page } = opened;
    await choose(opened, 'Baotou Rare Earth High-Tech Zone');
    const status = page.getByRole('group', { name: 'Status' });
    await status.getByText('Draft', { exact: true }).waitFor();
    await expect.poll(() => page.getByText(/Complete: every required figure is in/).isVisible()).toBe(true);

    await status.getByRole('button', { name: 'Mark complete' }).click();
    await status
      .getByRole('alert')
      .filter({ hasText: /reason/ })
      .waitFor(WAIT);
    const statuses = async () => {
      const result = await opened.handlers.getEntryStatuses({
        zoneIds: [ZONE],
        from: '2025-05',
        to: '2025-05',
        basis: 'ytd',
      });
      return result.ok ? result.value.map((entry) => entry.status) : [];
    };
    expect(await statuses()).toEqual([]);
    await opened.screenshot('issue16-4-status-refused-en');

    const note = page.getByRole('textbox', { name: 'New energy industry value added · Note' });
    await note.focus();
    await page.keyboard.type('Two new plants (bureau confirms)');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await storedFigure(opened, ZONE, 'new-energy-va'))?.note, WAIT)
      .toBe('Two new plants (bureau confirms)');
    await status.getByRole('button', { name: 'Mark complete' }).click();
    await status.getByText('Complete', { exact: true }).waitFor(WAIT);
    await status.getByRole('button', { name: 'Mark verified' }).click();
    await status.getByText('Verified', { exact: true }).waitFor(WAIT);
    expect(await statuses()).toEqual(['verified']);

    const value = page.getByRole('textbox', { name: 'Industrial added value above designated size · Value' });
    await value.focus();
    await page.keyboard.type('1150000');
    await page.keyboard.press('Enter');
    const ask = page.getByRole('alertdialog', { name: /verified/ });
    await ask.waitFor(WAIT);
    await opened.screenshot('issue16-4-edit-verified-asks-en');
    await ask.getByRole('button', { name: 'Keep verified' }).click();
    await expect.poll(async () => (await storedFigure(opened, ZONE, 'iav'))?.value, WAIT).toBe(1_148_000);
    await expect.poll(() => value.inputValue()).toBe('1,148,000');
    expect(await statuses()).toEqual(['verified']);

    await value.focus();
    await page.keyboard.type('1150000');
    await page.keyboard.press('Enter');
    await ask.getByRole('button', { name: 'Edit and return to draft' }).click();
    await expect.poll(async () => (await storedFigure(opened, ZONE, 'iav'))?.value, WAIT).toBe(1_150_000);
    await status.getByText('Draft', { exact: true }).waitFor(WAIT);
    const history = await opened.handlers.getEntryStatuses({
      zoneIds: [ZONE],
      from: '2025-05',
      to: '2025-05',
      basis: 'ytd',
    });
    expect(history.ok && history.value[0]).toMatchObject({ status: 'draft' });
    expect(history.ok && history.value[0]!.history?.map((step) => step.status)).toEqual([
      'complete',
      'verified',
      'draft',
    ]);
    expect(history.ok && history.value[0]!.history?.at(-1)?.reason).toBe('edited');
    expect(opened.errors).toEqual([]);
  });

  it('5. Compare’s chart tooltips work under the strict content security policy', async () => {
    app = await launchSeededApp({
      screen: 'compare',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1360, height: 900 },
    });
    const { page } = app;
    // The page is under the policy main sets on the packaged app's responses, and its own meta tag.
    const header = await page.evaluate(() =>
      fetch(location.href).then((response) => response.headers.get('content-security-policy')),
    );
    expect(header).toBe(contentSecurityPolicy());
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const applied of [header!, policy!]) {
      expect(applied).toContain("style-src 'self'");
      expect(applied).not.toContain('unsafe-inline');
    }
    const violations: string[] = [];
    await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
          `${event.violatedDirective} ${event.sample}`,
        ),
      ),
    );

    await page.locator('main').getByRole('tab', { name: 'Growth over time' }).click();
    const chart = page.locator('[data-chart="zone-stats-yoy-iav-ytd.png"]');
    await chart.locator('canvas').waitFor(WAIT);
    await page.waitForTimeout(500);
    const box = (await chart.locator('canvas').first().boundingBox())!;
    // The tooltip is ECharts' own absolutely placed box inside the chart, showing the hovered month.
    const tooltipText = () =>
      page.evaluate(() => {
        const box = [...document.querySelectorAll<HTMLElement>('[data-chart] div')].find(
          (element) =>
            element.style.position === 'absolute' &&
            element.style.display !== 'none' &&
            element.offsetHeight > 0 &&
            /\d/.test(element.textContent ?? ''),
        );
        return box ? (box.innerText ?? '') : '';
      });
    for (let step = 9; step >= 1 && (await tooltipText()) === ''; step--) {
      await page.mouse.move(box.x + (box.width * step) / 10, box.y + box.height / 2);
      await page.waitForTimeout(200);
    }
    const text = await tooltipText();
    // Header and each series on lines of their own, the value formatted as the axis is.
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.slice(1).join('\n')).toMatch(/Baotou Rare Earth High-Tech Zone\s+\d+\.\d/);
    await app.screenshot('issue16-5-tooltip-en');
    expect(violations).toEqual([]);
    expect(app.errors.filter((error) => /Content Security Policy|Refused to apply/i.test(error))).toEqual([]);
  });
});
