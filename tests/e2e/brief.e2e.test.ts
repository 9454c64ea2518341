import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language, Theme } from '../../shared/api';
import { launchApp, type AppUnderTest } from './harness';

/**
 * The Brief screen in Chromium over the real handlers and store: a Chinese brief pasted, a name the
 * catalog does not know matched, the claims checked, the figures committed and seen in Entry.
 */
const WAIT = { timeout: 20_000, interval: 200 };

/** Written for this test in the style of a bureau release (not copied from one). */
const BRIEF = [
  '稀土高新区2025年1-5月工业经济运行简况',
  '1-5月，稀土高新区规上工业增加值同比增长14.8%，增速高于全市1.8个百分点。',
  '稀土磁性材料产量1.53万吨，同比增长23.8%。',
  '园区新签约项目12个。',
].join('\n');

describe('Brief: paste, match, check, commit, in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({
      screen: 'brief',
      preferences: { language: 'zh', theme: 'light' },
      viewport: { width: 1360, height: 1000 },
    });
    const { handlers } = app;
    await handlers.createZone({
      zone: { id: 'baotou', name: 'Baotou', nameZh: '包头市', region: '', benchmarkZoneId: null, aliases: ['全市'] },
    });
    await handlers.createZone({
      zone: {
        id: 'btrehtz',
        name: 'Rare Earth Hi-Tech Zone',
        nameZh: '稀土高新区',
        region: '',
        benchmarkZoneId: 'baotou',
      },
    });
    const indicator = (id: string, name: string, nameZh: string, unit: string) =>
      handlers.createIndicator({
        indicator: {
          id,
          name,
          nameZh,
          unit,
          kind: 'flow',
          parentId: null,
          required: false,
          plausibleYoyMin: null,
          plausibleYoyMax: null,
        },
      });
    await indicator('iav', 'Industrial added value', '规模以上工业增加值', '万元');
    await indicator('mag', 'Magnetic materials output', '稀土磁性材料产量', 't');
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function read(labels: { text: string; published: string; read: string }) {
    const { page } = app;
    await page.getByLabel(labels.text).fill(BRIEF);
    await page.getByLabel(labels.published).fill('2025-06-20');
    await page.getByRole('button', { name: labels.read }).click();
  }

  it('reads the Chinese brief, asks for 规上工业增加值, then checks the gap once it is matched', async () => {
    const { page } = app;
    await read({ text: '简报正文', published: '发布日期', read: '读取简报' });
    const choice = page.getByLabel('“规上工业增加值”对应的指标');
    await choice.waitFor(WAIT);
    await choice.selectOption({ label: '规模以上工业增加值' });
    // 14.8 − 13.0 = 1.8: the city's growth derived from the gap.
    const claim = page.locator('.brief-claim').first();
    await expect.poll(async () => (await claim.textContent()) ?? '', WAIT).toContain('一致');
    expect(await claim.textContent()).toContain('计算 14.8 − 13.0 = 1.8，发布 1.8');
    // The level in 万吨 proposed in the indicator's tonnes: 1.53 × 10,000 = 15,300.
    await expect
      .poll(async () => (await page.locator('.brief-statement').allTextContents()).join('\n'), WAIT)
      .toMatch(/15,300 t/);
    // A sentence with a figure and no measure the reader knows is marked, never dropped.
    expect(await page.locator('.brief-text mark.brief-mark--unread').allTextContents()).toEqual([
      '园区新签约项目12个。',
    ]);
    await expect.poll(() => page.getByText('新增 3，修改 0，不变 0，冲突 0').isVisible(), WAIT).toBe(true);
    await app.screenshot('brief-zh-light');

    await page.getByRole('button', { name: '提交数据' }).click();
    await page.getByText('已提交：新增 3，修改 0，覆盖 0。').waitFor(WAIT);
    const stored = await app.handlers.getObservations({ zoneIds: ['btrehtz'] });
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.map((o) => [o.indicatorId, o.period, o.basis, o.value, o.yoyPct]).sort()).toEqual([
      ['iav', '2025-05', 'ytd', null, 14.8],
      ['mag', '2025-05', 'ytd', 15_300, 23.8],
    ]);
    expect(stored.value[0]!.source).toBe('稀土高新区2025年1-5月工业经济运行简况, 2025-06-20');
  });

  it('shows the committed figures in Entry', async () => {
    const { page } = app;
    app.preferences.set({ language: 'en' });
    await app.goto('entry');
    await page.getByRole('combobox', { name: 'Zone' }).selectOption({ label: 'Rare Earth Hi-Tech Zone' });
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2025');
    await page.getByRole('combobox', { name: 'Month' }).selectOption('5');
    const region = page.getByRole('region', { name: /Figures for Rare Earth Hi-Tech Zone, Jan–May 2025/ });
    await expect
      .poll(() => region.getByLabel('Magnetic materials output · Value').inputValue(), WAIT)
      .toMatch(/^15,?300$/);
    await expect
      .poll(() => region.getByLabel('Industrial added value · YoY %').first().inputValue(), WAIT)
      .toBe('14.8');
    await app.screenshot('brief-entry-en-light');
  });

  const looks: [Language, Theme][] = [
    ['en', 'light'],
    ['en', 'dark'],
    ['zh', 'dark'],
  ];
  for (const [language, theme] of looks) {
    it(`reads the brief in ${language}, ${theme}: every claim marked, the alias now known`, async () => {
      const { page } = app;
      app.preferences.set({ language, theme });
      await app.goto('brief');
      await read(
        language === 'en'
          ? { text: 'Text of the brief', published: 'Published on', read: 'Read the brief' }
          : { text: '简报正文', published: '发布日期', read: '读取简报' },
      );
      await expect.poll(() => page.locator('.brief-claim').count(), WAIT).toBeGreaterThan(0);
      // The alias chosen once is kept: nothing left to match.
      expect(
        await page
          .locator('select[id]')
          .filter({ has: page.locator('option', { hasText: '规模以上工业增加值' }) })
          .count(),
      ).toBe(0);
      await app.screenshot(`brief-${language}-${theme}`);
    });
  }
});
