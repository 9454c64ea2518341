import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Screen, Theme } from '../../shared/api';
import { enterSeed } from '../integration/metrics/seed-data';
import { launchApp, type AppUnderTest } from './harness';
import { describeViolations, installAxe, runAxe } from './harness/axe';

/**
 * axe-core on every screen, every view and every step of the import wizard, in English and
 * Chinese, light and dark, at 1360×900 and 1024×700, with the seed brief in the store. One page:
 * language, theme and size change in place. Any violation fails the test, each listed with its element.
 */
const LOOKS: [Language, Theme][] = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh', 'light'],
  ['zh', 'dark'],
];
const SIZES = [
  { width: 1360, height: 900 },
  { width: 1024, height: 700 },
];

/** The words the test clicks, as each language shows them. */
const WORDS = {
  en: {
    form: 'Form',
    grid: 'Grid',
    zonesByMonth: 'Zones × months',
    zoneTab: 'One zone',
    zonesTab: 'Zones side by side',
    trendsTab: 'Growth over time',
    choose: 'Choose a file…',
    zone: 'Zone',
    month: 'Month',
    next: 'Next',
    validOnly: /Import only the valid rows/,
    commit: 'Import',
    undo: 'Undo this import',
    another: 'Import another file',
    edit: /^Edit “/,
    indicatorsTab: /Indicators/,
    addIndicator: 'Add indicator',
    briefText: 'Text of the brief',
    readBrief: 'Read the brief',
  },
  zh: {
    form: '表单',
    grid: '表格',
    zonesByMonth: '园区 × 月份',
    zoneTab: '单个开发区',
    zonesTab: '各开发区对比',
    trendsTab: '增速走势',
    choose: '选择文件…',
    zone: '开发区',
    month: '月份',
    next: '下一步',
    validOnly: /仅导入有效行/,
    commit: '导入',
    undo: '撤销本次导入',
    another: '导入另一个文件',
    edit: /^编辑“/,
    indicatorsTab: /指标/,
    addIndicator: '添加指标',
    briefText: '简报正文',
    readBrief: '读取简报',
  },
} as const;

/** A June bureau table for the seed zone, one cell unreadable so the problems step lists something. */
function juneRelease(): Uint8Array {
  const book = XLSX.utils.book_new();
  const rows = [
    ['主要经济指标完成情况'],
    ['指标', '单位', '6月', '1-6月', '同比增长(%)'],
    ['规模以上工业增加值', '万元', 250000, 1398000, 14.2],
    ['稀土磁性材料产量', '吨', 3300, 18600, 22.5],
    ['稀土化合物产量', '吨', 'n/a', 27800, 13.9],
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '主要指标');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

describe('no accessibility violations on any screen', () => {
  let app: AppUnderTest;
  const found: string[] = [];

  beforeAll(async () => {
    app = await launchApp({ screen: 'entry', viewport: SIZES[0] });
    await installAxe(app.page);
    await enterSeed(app.handlers);
  });

  afterAll(async () => {
    await app?.close();
  });

  const main = () => app.page.locator('main');

  async function settle(): Promise<void> {
    await main().locator('h1').waitFor();
    await expect.poll(() => main().locator('.loading').count()).toBe(0);
  }

  /** Audits the page as it is; at the large size also saves it for a person to look at. */
  async function audit(where: string): Promise<void> {
    await settle();
    found.push(...describeViolations(where, await runAxe(app.page)));
    if (app.page.viewportSize()?.width === SIZES[0]!.width)
      await app.screenshot(`a11y-${where.replace(/[^\p{L}\p{N}]+/gu, '-')}`);
  }

  async function open(screen: Screen, theme: Theme): Promise<void> {
    await app.goto(screen);
    await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    await settle();
  }

  async function walkImportWizard(look: string, words: (typeof WORDS)[Language], theme: Theme): Promise<void> {
    const { page } = app;
    await open('import', theme);
    await audit(`${look} import: file`);
    app.shell.queueOpenFile({ name: 'bureau-june.xlsx', bytes: juneRelease() });
    await main().getByRole('button', { name: words.choose }).click();
    await main().getByRole('combobox', { name: words.zone }).waitFor();
    await main().getByRole('combobox', { name: words.zone }).selectOption('baotou-hitech');
    await page.getByLabel(words.month, { exact: true }).selectOption('2025-06');
    await expect.poll(() => page.getByLabel(words.month, { exact: true }).inputValue()).toBe('2025-06');
    await audit(`${look} import: sheet and layout`);
    for (const step of ['columns', 'problems']) {
      await main().getByRole('button', { name: words.next, exact: true }).click();
      await main().locator('.import-steps [aria-current="step"]').waitFor();
      await audit(`${look} import: ${step}`);
    }
    await main().getByRole('button', { name: words.next, exact: true }).click();
    const validOnly = main().getByRole('checkbox', { name: words.validOnly });
    await validOnly.check();
    await audit(`${look} import: changes`);
    await main().getByRole('button', { name: words.commit, exact: true }).click();
    const undo = main().getByRole('button', { name: words.undo });
    await undo.waitFor();
    await audit(`${look} import: report`);
    await undo.click();
    await expect.poll(() => undo.count()).toBe(0);
    await audit(`${look} import: undone`);
  }

  for (const size of SIZES) {
    for (const [language, theme] of LOOKS) {
      const look = `${language} ${theme} ${size.width}×${size.height}`;
      it(look, async () => {
        const words = WORDS[language];
        app.preferences.set({ language, theme });
        await app.page.setViewportSize(size);

        await open('entry', theme);
        // The view chosen last is remembered: start from the form.
        await main().getByRole('radio', { name: words.form }).check();
        await main().getByRole('radio', { name: words.form }).blur();
        await audit(`${look} entry: form`);
        await main().getByRole('radio', { name: words.grid }).check();
        await main().getByRole('grid').waitFor();
        await audit(`${look} entry: grid`);
        await main().getByRole('radio', { name: words.zonesByMonth }).check();
        await audit(`${look} entry: zones grid`);

        await open('compare', theme);
        for (const tab of [words.zoneTab, words.zonesTab, words.trendsTab]) {
          await main().getByRole('tab', { name: tab }).click();
          await main().locator('.chart-panel canvas').first().waitFor();
          // The charts' text alternative is audited open: its table is what a screen reader reads.
          for (const summary of await main().locator('.chart-panel__figures summary').all()) await summary.click();
          await audit(`${look} compare: ${tab}`);
        }

        await walkImportWizard(look, words, theme);

        await open('brief', theme);
        await audit(`${look} brief`);
        // A brief in the bureau's style (written for this test): one figure the store holds, one claim, one sentence left unread.
        await main()
          .getByRole('textbox', { name: words.briefText })
          .fill(
            '2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%，高于全市2.5个百分点。园区企业数量较多，约有32家。',
          );
        await main().getByRole('button', { name: words.readBrief }).click();
        await main().locator('#brief-statements-title').waitFor();
        await audit(`${look} brief: read`);

        await open('export', theme);
        await audit(`${look} export`);

        await open('zones', theme);
        await audit(`${look} zones`);
        await main().getByRole('button', { name: words.edit }).first().click();
        await app.page.getByRole('dialog').waitFor();
        await audit(`${look} zones: edit dialog`);
        await app.page.keyboard.press('Escape');
        await app.page.getByRole('dialog').waitFor({ state: 'detached' });
        await main().getByRole('tab', { name: words.indicatorsTab }).click();
        await main().getByRole('button', { name: words.addIndicator }).click();
        await app.page.getByRole('dialog').waitFor();
        await audit(`${look} indicators: add dialog`);
        await app.page.keyboard.press('Escape');

        await open('settings', theme);
        await audit(`${look} settings`);
      });
    }
  }

  it('found no violation anywhere', () => {
    expect(found, `${found.length} violation(s):\n${found.join('\n')}`).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
