import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppUnderTest } from './harness';

/**
 * A real two-row release table (tests/fixtures/real/retyped-A…, `4月` / `1-4月` merged over
 * `绝对量` / `同比增长(%)`) through the wizard in Chromium, into a store that has the zone 全国:
 * the figures read off the file, and nothing else.
 */
const FILE = 'retyped-A-nbs-release-2row-merged.xlsx';
const BYTES = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/real', FILE)));

describe('importing a two-row release table through the wizard', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({ screen: 'import', preferences: { language: 'en', theme: 'light' } });
    await app.handlers.createZone({
      zone: { id: 'cn', name: 'China', nameZh: '全国', region: '', benchmarkZoneId: null },
    });
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it("reads the layout, the header rows and the period, and stores exactly the file's figures", async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Choose a file…' }).waitFor();
    app.shell.queueOpenFile({ name: FILE, bytes: BYTES });
    await page.getByRole('button', { name: 'Choose a file…' }).click();
    await page.getByRole('combobox', { name: 'Sheet' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('release-table');
    await expect.poll(() => page.getByRole('combobox', { name: 'Header row' }).inputValue()).toBe('3');
    await page.getByRole('combobox', { name: 'Zone' }).selectOption('cn');
    const reading = page.getByRole('definition').filter({ hasText: '2020-04' });
    await expect.poll(() => reading.first().textContent()).toContain('表1!A1');
    await expect.poll(() => page.locator('.import-reading').textContent()).toContain('2–3');
    await app.screenshot('import-release-1-source-en-light');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Field for column B' }).inputValue())
      .toBe('month_value');
    await expect.poll(() => page.getByRole('combobox', { name: 'Field for column C' }).inputValue()).toBe('month_yoy');
    await expect.poll(() => page.getByRole('combobox', { name: 'Field for column E' }).inputValue()).toBe('ytd_yoy');
    await app.screenshot('import-release-2-mapping-en-light');
    await page.locator('.import-steps').getByRole('button', { name: 'Changes' }).click();
    const commit = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => commit.isDisabled()).toBe(false);
    await app.screenshot('import-release-3-changes-en-light');
    await commit.click();
    await page.getByRole('heading', { name: `Imported ${FILE}` }).waitFor();
    const indicators = await app.handlers.listIndicators({});
    const names = new Map(indicators.ok ? indicators.value.map((indicator) => [indicator.id, indicator.nameZh]) : []);
    const observations = await app.handlers.getObservations({});
    const stored = Object.fromEntries(
      (observations.ok ? observations.value : []).map((o) => [
        `${o.zoneId}|${names.get(o.indicatorId)}|${o.period}|${o.basis}`,
        [o.value, o.yoyPct],
      ]),
    );
    // Read off the file: rows 4 and 6-10; row 5 is the section 分行业, rows 11-12 the notes.
    expect(stored).toEqual({
      'cn|规模以上工业增加值|2020-04|month': [null, 3.9],
      'cn|规模以上工业增加值|2020-04|ytd': [null, -4.9],
      'cn|煤炭开采和洗选业|2020-04|month': [null, 3.7],
      'cn|煤炭开采和洗选业|2020-04|ytd': [null, 0.6],
      'cn|石油和天然气开采业|2020-04|month': [null, -6.2],
      'cn|石油和天然气开采业|2020-04|ytd': [null, 0.1],
      'cn|黑色金属矿采选业|2020-04|month': [null, 0.3],
      'cn|黑色金属矿采选业|2020-04|ytd': [null, -5.2],
      'cn|农副食品加工业|2020-04|month': [null, 3],
      'cn|农副食品加工业|2020-04|ytd': [null, -7],
      'cn|汽车制造业出口交货值|2020-04|month': [272.1, -6.2],
      'cn|汽车制造业出口交货值|2020-04|ytd': [1006.5, -9.4],
    });
    await app.screenshot('import-release-4-report-en-light');
    expect(app.errors).toEqual([]);
  });

  it('lists the figures left out and the zone the store lacks, and imports once both are confirmed', async () => {
    const { page } = app;
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['zone', 'indicator', 'period', 'basis', 'value', '上年同期'],
        ['鄂尔多斯', '原油', '2020-04', 'month', 12.5, 11],
      ]),
      'Observations',
    );
    await page.getByRole('button', { name: 'Import another file' }).click();
    app.shell.queueOpenFile({
      name: 'ordos.xlsx',
      bytes: new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer),
    });
    await page.getByRole('button', { name: 'Choose a file…' }).click();
    await page.getByRole('combobox', { name: 'Sheet' }).waitFor();
    await page.locator('.import-steps').getByRole('button', { name: 'Problems' }).click();
    const problems = page.getByRole('list', { name: 'Problems found in the file' });
    await expect.poll(() => problems.textContent()).toContain('Observations!F2');
    await expect.poll(() => problems.textContent()).toContain('1 figure(s) under “上年同期” not imported');
    await expect.poll(() => problems.textContent()).toContain('鄂尔多斯');
    await page.getByRole('checkbox', { name: /Leave out the 1 figure/ }).check();
    await page.getByRole('checkbox', { name: /Create the zone/ }).check();
    await expect.poll(() => page.getByText(/0 error\(s\)/).count()).toBe(1);
    await app.screenshot('import-release-5-confirmations-en-light');
    await page.locator('.import-steps').getByRole('button', { name: 'Changes' }).click();
    const commit = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => commit.isDisabled()).toBe(false);
    await commit.click();
    await page.getByRole('heading', { name: 'Imported ordos.xlsx' }).waitFor();
    const zones = await app.handlers.listZones({});
    expect(zones.ok && zones.value.map((zone) => [zone.id, zone.nameZh])).toEqual([
      ['cn', '全国'],
      ['e-er-duo-si', '鄂尔多斯'],
    ]);
    const observations = await app.handlers.getObservations({ zoneIds: ['e-er-duo-si'] });
    expect(observations.ok && observations.value.map((o) => [o.period, o.basis, o.value, o.yoyPct])).toEqual([
      ['2020-04', 'month', 12.5, null],
    ]);
    expect(app.errors).toEqual([]);
  });
});
