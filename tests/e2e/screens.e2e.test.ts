import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Screen, Theme } from '../../shared/api';
import type { Indicator, Zone } from '../../shared/model';
import { launchApp, type AppUnderTest } from './harness';

/** The seed brief's zone and figures' indicators: enough to fill every table with real text. */
const ZONES: Zone[] = [
  { id: 'baotou', name: 'Baotou City', nameZh: '包头市', region: 'Inner Mongolia', benchmarkZoneId: null },
  {
    id: 'baotou-ree',
    name: 'Baotou Rare Earth High-Tech Industrial Development Zone',
    nameZh: '包头稀土高新技术产业开发区',
    region: 'Baotou, Inner Mongolia',
    benchmarkZoneId: 'baotou',
  },
];

const base = { required: false, plausibleYoyMin: null, plausibleYoyMax: null } as const;
const INDICATORS: Indicator[] = [
  {
    ...base,
    id: 'iav',
    name: 'Industrial added value above designated size',
    nameZh: '规模以上工业增加值',
    unit: '亿元',
    kind: 'flow',
    parentId: null,
    required: true,
    plausibleYoyMin: -30,
    plausibleYoyMax: 60,
  },
  {
    ...base,
    id: 'ree-av',
    name: 'Rare earth industry added value',
    nameZh: '稀土产业增加值',
    unit: '亿元',
    kind: 'flow',
    parentId: 'iav',
  },
  {
    ...base,
    id: 'new-energy-av',
    name: 'New energy industry added value',
    nameZh: '新能源产业增加值',
    unit: '亿元',
    kind: 'flow',
    parentId: 'iav',
  },
  {
    ...base,
    id: 'magnets',
    name: 'Rare earth magnetic materials',
    nameZh: '稀土磁性材料产量',
    unit: '吨',
    kind: 'flow',
    parentId: null,
  },
  {
    ...base,
    id: 'enterprises',
    name: 'Enterprises above designated size',
    nameZh: '规上工业企业数',
    unit: '家',
    kind: 'stock',
    parentId: null,
  },
];

const SCREENS: Screen[] = ['entry', 'compare', 'import', 'export', 'zones', 'settings'];
const LOOKS: [Language, Theme][] = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh', 'light'],
  ['zh', 'dark'],
];

/** Every screen in both languages and both themes, saved for a person to look at, checked for overflow. */
describe('every screen in English and Chinese, light and dark', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({ screen: 'zones' });
    for (const zone of ZONES) expect((await app.handlers.createZone({ zone })).ok).toBe(true);
    for (const indicator of INDICATORS) expect((await app.handlers.createIndicator({ indicator })).ok).toBe(true);
    await app.store.backup({ kind: 'other', words: 'before a test import' });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** Nothing spills sideways out of the main area (a table may scroll inside its own frame). */
  const overflowsSideways = () =>
    app.page.evaluate(() => {
      const main = document.querySelector('main');
      return main ? main.scrollWidth > main.clientWidth + 1 : true;
    });

  for (const [language, theme] of LOOKS) {
    it(`${language} ${theme}`, async () => {
      app.preferences.set({ language, theme });
      for (const screen of SCREENS) {
        await app.goto(screen);
        await app.page.locator('main h1').waitFor();
        await app.page.locator('main .loading').waitFor({ state: 'detached' });
        await expect.poll(() => app.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await expect.poll(() => overflowsSideways()).toBe(false);
        await app.screenshot(`screen-${screen}-${language}-${theme}`);
      }

      await app.goto('zones');
      await app.page
        .getByRole('button', {
          name:
            language === 'en'
              ? 'Edit “Baotou Rare Earth High-Tech Industrial Development Zone”'
              : '编辑“包头稀土高新技术产业开发区”',
        })
        .click();
      await app.page.getByRole('dialog').waitFor();
      await app.screenshot(`dialog-zone-${language}-${theme}`);
      await app.page.keyboard.press('Escape');

      await app.page.getByRole('tab', { name: language === 'en' ? /Indicators/ : /指标/ }).click();
      await app.screenshot(`screen-indicators-${language}-${theme}`);
      await app.page.getByRole('button', { name: language === 'en' ? 'Add indicator' : '添加指标' }).click();
      await app.page.getByRole('dialog').waitFor();
      await app.screenshot(`dialog-indicator-${language}-${theme}`);
      await app.page.keyboard.press('Escape');
      await app.page.getByRole('dialog').waitFor({ state: 'detached' });
    });
  }

  it('fits a small window', async () => {
    app.preferences.set({ language: 'zh', theme: 'light' });
    await app.page.setViewportSize({ width: 720, height: 640 });
    await app.goto('zones');
    await app.page.locator('main h1').waitFor();
    await expect
      .poll(() => app.page.getByRole('navigation').getByRole('link', { name: '园区与指标' }).isVisible())
      .toBe(true);
    await app.screenshot('screen-zones-zh-light-narrow');
    await app.page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logged no errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
