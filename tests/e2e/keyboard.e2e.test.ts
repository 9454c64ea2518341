import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Screen, Theme } from '../../shared/api';
import { enterSeed } from '../integration/metrics/seed-data';
import { launchApp, type AppUnderTest } from './harness';
import { focusState, type FocusState } from './harness/focus';

/**
 * Every screen walked with the keyboard alone, forwards with Tab and back with Shift+Tab: at every
 * stop the focus is visible (an outline or ring of 3:1 or more against what is behind it, on
 * screen), and it always comes round to where it started, so no widget keeps it. A dialog keeps it
 * by design, and gives it back to the button that opened it on Escape.
 */
const MIN_INDICATOR_CONTRAST = 3;
/** More stops than any screen has (the grid is 12 months × every indicator). */
const MAX_STOPS = 400;

const LOOKS: [Language, Theme][] = [
  ['en', 'light'],
  ['zh', 'dark'],
];

const WORDS = {
  en: {
    choose: 'Choose a file…',
    sheet: 'Sheet',
    zone: 'Zone',
    month: 'Month',
    next: 'Next',
    form: 'Form',
    grid: 'Grid',
    zonesTab: 'Zones side by side',
    trendsTab: 'Growth over time',
    edit: /^Edit “/,
  },
  zh: {
    choose: '选择文件…',
    sheet: '工作表',
    zone: '开发区',
    month: '月份',
    next: '下一步',
    form: '表单',
    grid: '表格',
    zonesTab: '各开发区对比',
    trendsTab: '增速走势',
    edit: /^编辑“/,
  },
} as const;

/** A bureau table the import wizard reads up to its sheet-and-layout step. */
function bureauTable(): Uint8Array {
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

describe('the keyboard alone', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({ screen: 'entry', viewport: { width: 1360, height: 900 } });
    await enterSeed(app.handlers);
  });

  afterAll(async () => {
    await app?.close();
  });

  const main = () => app.page.locator('main');

  async function open(screen: Screen, theme: Theme): Promise<void> {
    await app.goto(screen);
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await main().locator('h1').waitFor();
    await expect.poll(() => main().locator('.loading').count()).toBe(0);
  }

  /** What is wrong with one stop of the focus, or null. */
  function problemAt(stop: FocusState): string | null {
    if (stop.onBody) return null;
    if (stop.indicatorContrast < MIN_INDICATOR_CONTRAST)
      return `${stop.label}: focus indicator contrast ${stop.indicatorContrast}:1`;
    if (!stop.indicatorOnScreen) return `${stop.label}: focused off screen or clipped to nothing`;
    return null;
  }

  /**
   * Presses the key until the focus is back on the first element it reached; returns every problem
   * seen on the way, and a trap if it never came back.
   */
  async function walk(where: string, key: 'Tab' | 'Shift+Tab'): Promise<string[]> {
    const { page } = app;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const problems: string[] = [];
    const seen = new Set<number>();
    let first: number | null = null;
    // A month field takes several presses (its parts): come round means leaving the first element, then reaching it again.
    let leftFirst = false;
    for (let press = 0; press < MAX_STOPS; press++) {
      await page.keyboard.press(key);
      const stop = await focusState(page);
      const problem = problemAt(stop);
      if (problem) problems.push(`${where} (${key}): ${problem}`);
      if (stop.onBody) continue;
      if (first === null) first = stop.id;
      else if (stop.id !== first) leftFirst = true;
      else if (leftFirst) {
        if (process.env.E2E_DEBUG) console.log(`${where} (${key}): ${seen.size} stops`);
        expect(seen.size, `${where}: ${key} reached only ${seen.size} element(s)`).toBeGreaterThan(3);
        return problems;
      }
      seen.add(stop.id);
    }
    return [
      ...problems,
      `${where} (${key}): the focus never came back to where it started after ${MAX_STOPS} presses (trapped?)`,
    ];
  }

  async function walkBothWays(where: string): Promise<string[]> {
    return [...(await walk(where, 'Tab')), ...(await walk(where, 'Shift+Tab'))];
  }

  for (const [language, theme] of LOOKS) {
    it(`${language} ${theme}: every screen, forwards and back`, async () => {
      const words = WORDS[language];
      app.preferences.set({ language, theme });
      const problems: string[] = [];

      await open('entry', theme);
      // The view chosen last is remembered: start from the form.
      await main().getByRole('radio', { name: words.form }).check();
      await app.page.keyboard.press('Tab');
      await app.screenshot(`keyboard-first-stop-${language}-${theme}`);
      problems.push(...(await walkBothWays('entry form')));
      await main().getByRole('radio', { name: words.grid }).check();
      await main().getByRole('grid').waitFor();
      problems.push(...(await walkBothWays('entry grid')));

      await open('compare', theme);
      problems.push(...(await walkBothWays('compare: one zone')));
      for (const tab of [words.zonesTab, words.trendsTab]) {
        await main().getByRole('tab', { name: tab }).click();
        await main().locator('.chart-panel canvas').first().waitFor();
        problems.push(...(await walkBothWays(`compare: ${tab}`)));
      }

      await open('import', theme);
      problems.push(...(await walkBothWays('import: file')));
      app.shell.queueOpenFile({ name: 'bureau.xlsx', bytes: bureauTable() });
      await main().getByRole('button', { name: words.choose }).click();
      await main().getByRole('combobox', { name: words.sheet }).waitFor();
      await main().getByRole('combobox', { name: words.zone }).selectOption('baotou-hitech');
      await app.page.getByLabel(words.month, { exact: true }).selectOption('2025-06');
      problems.push(...(await walkBothWays('import: sheet and layout')));
      for (const step of ['columns', 'problems', 'changes']) {
        await main().getByRole('button', { name: words.next, exact: true }).click();
        await main().locator('.import-steps [aria-current="step"]').waitFor();
        problems.push(...(await walkBothWays(`import: ${step}`)));
      }

      for (const screen of ['export', 'zones', 'settings'] as const) {
        await open(screen, theme);
        problems.push(...(await walkBothWays(screen)));
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('opens a dialog with Enter, keeps the focus inside it, and closes it with Escape', async () => {
    const { page } = app;
    app.preferences.set({ language: 'en', theme: 'light' });
    await open('zones', 'light');
    const edit = main().getByRole('button', { name: WORDS.en.edit }).first();
    await edit.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await expect.poll(async () => (await focusState(page)).insideDialog).toBe(true);
    await app.screenshot('keyboard-dialog-focus-en-light');
    const problems: string[] = [];
    for (const key of ['Tab', 'Shift+Tab'] as const) {
      for (let press = 0; press < 25; press++) {
        await page.keyboard.press(key);
        const stop = await focusState(page);
        // Past its last element a native modal dialog hands the focus to the browser (the body here), never to the page behind.
        if (!stop.insideDialog && !stop.onBody)
          problems.push(`dialog (${key}): the focus left the open dialog for ${stop.label}`);
        const problem = problemAt(stop);
        if (problem) problems.push(`dialog (${key}): ${problem}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => edit.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
