import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';

/**
 * A real national-database export (tests/fixtures/real/nbs-iav-growth-months.xls: `指标` × months,
 * newest first, growth rows only) through the wizard in Chromium, in Chinese: the zone chosen, the
 * figures no column reads confirmed as left out, then the store checked against the file.
 */
const FILE = 'nbs-iav-growth-months.xls';
const BYTES = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/real', FILE)));

describe('importing a national-database export through the wizard (简体中文)', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({ screen: 'import', preferences: { language: 'zh', theme: 'light' } });
    await app.handlers.createZone({
      zone: { id: 'cn', name: 'China', nameZh: '全国', region: '', benchmarkZoneId: null },
    });
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('stores the growth rows as YoY % (never as values), with the zone chosen and the unread figures confirmed', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '选择文件…' }).waitFor();
    app.shell.queueOpenFile({ name: FILE, bytes: BYTES });
    await page.getByRole('button', { name: '选择文件…' }).click();
    await page.getByRole('combobox', { name: '工作表' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: '版式' }).inputValue()).toBe('indicators-by-periods');
    await page.getByRole('combobox', { name: '开发区', exact: true }).selectOption('cn');

    await page.locator('.import-steps').getByRole('button', { name: '问题' }).click();
    const problems = page.getByRole('list', { name: '文件中发现的问题' });
    // Columns W… have figures under no period header (read off the file: W4:W5 hold two); translated, with their place.
    await expect.poll(() => problems.textContent()).toContain('月度数据!W4:W5');
    await expect.poll(() => problems.textContent()).toContain('个数字未导入');
    await expect.poll(() => page.locator('.import-indicator-choices').textContent()).toContain('工业增加值');
    await page.getByRole('checkbox', { name: /不导入没有列读取的/ }).check();
    await expect.poll(() => page.getByText(/中有 0 个错误/).count()).toBe(1);
    await app.screenshot('import-nbs-1-problems-zh-light');

    await page.locator('.import-steps').getByRole('button', { name: '变更' }).click();
    const list = page.getByRole('region', { name: '逐项数字' });
    await expect.poll(() => list.textContent()).toContain('2020年4月');
    await app.screenshot('import-nbs-2-changes-zh-light');
    const commit = page.getByRole('button', { name: '导入', exact: true });
    await expect.poll(() => commit.isDisabled()).toBe(false);
    await commit.click();
    await page.getByRole('heading', { name: `已导入 ${FILE}` }).waitFor();
    await app.screenshot('import-nbs-3-report-zh-light');

    const indicators = await app.handlers.listIndicators({});
    const names = new Map(indicators.ok ? indicators.value.map((indicator) => [indicator.id, indicator.nameZh]) : []);
    const observations = await app.handlers.getObservations({});
    const all = observations.ok ? observations.value : [];
    const stored = Object.fromEntries(
      all.map((o) => [`${o.zoneId}|${names.get(o.indicatorId)}|${o.period}|${o.basis}`, [o.value, o.yoyPct]]),
    );
    // Read off the file: row 4 工业增加值同比增长(%) B4 = 3.9; row 5 工业增加值累计增长(%) B5 = −4.9, D5 = −13.5 (2020年2月).
    expect(stored['cn|工业增加值|2020-04|month']).toEqual([null, 3.9]);
    expect(stored['cn|工业增加值|2020-04|ytd']).toEqual([null, -4.9]);
    expect(stored['cn|工业增加值|2020-02|ytd']).toEqual([null, -13.5]);
    // Every row of this sheet is a growth row: no value may come from any of them.
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((o) => o.value !== null)).toEqual([]);
    expect(new Set(all.map((o) => o.zoneId))).toEqual(new Set(['cn']));
    expect(app.errors).toEqual([]);
  });
});
