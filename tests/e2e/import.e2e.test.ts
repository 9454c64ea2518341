import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../shared/model';
import { INDICATORS, OBSERVATIONS, ZONES } from '../integration/metrics/seed-data';
import { launchApp, type AppUnderTest } from './harness';

/**
 * The import wizard in Chromium over the real handlers and a store on a temporary folder: a bureau
 * table whose zone and month the user picks, with one bad cell left out; then a revision of it that
 * conflicts with the stored figures, resolved row by row; then both imports undone. In order.
 */
const ZONE = 'baotou-hitech';
const HEADER = ['指标', '单位', '5月', '1-5月', '同比增长(%)'];

function bureauWorkbook(rows: unknown[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['主要经济指标完成情况'], HEADER, ...rows]), '主要指标');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** May 2025 as the bureau released it; the compounds' month figure is unreadable. */
const MAY_RELEASE = bureauWorkbook([
  ['规模以上工业增加值', '万元', 248000, 1148000, 14.8],
  ['稀土产业增加值', '万元', 80000, 373530, 16.9],
  ['新能源产业增加值', '万元', 60000, 257842, 38],
  ['稀土磁性材料产量', '吨', 3200, 15300, 23.8],
  ['稀土化合物产量', '吨', 'n/a', 23100, 14.6],
]);

/** The bureau's revision: industrial added value and magnets differ from what is stored now. */
const MAY_REVISION = bureauWorkbook([
  ['规模以上工业增加值', '万元', 248000, 1150000, 15.0],
  ['稀土磁性材料产量', '吨', 3200, 15400, 24.1],
]);

describe('importing a bureau table through the wizard', () => {
  let app: AppUnderTest;
  let beforeFirst: Observation[];
  let beforeSecond: Observation[];

  beforeAll(async () => {
    app = await launchApp({ screen: 'import', preferences: { language: 'en', theme: 'light' } });
    for (const zone of ZONES) await app.handlers.createZone({ zone });
    for (const indicator of INDICATORS) await app.handlers.createIndicator({ indicator });
    const seed = OBSERVATIONS.filter((observation) => observation.period !== '2025-05');
    await app.handlers.saveObservations({
      observations: seed.map((o) => ({ ...o, source: o.source ?? '', note: o.note ?? '' })),
    });
    await app.reload();
    beforeFirst = await stored();
  });

  afterAll(async () => {
    await app?.close();
  });

  async function stored(): Promise<Observation[]> {
    const result = await app.handlers.getObservations({});
    if (!result.ok) throw new Error(result.error.message);
    return result.value
      .map(({ updatedAt: _updatedAt, history: _history, ...rest }) => rest as Observation)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }

  async function figure(indicatorId: string, basis: 'month' | 'ytd'): Promise<[number | null, number | null] | null> {
    const result = await app.handlers.getObservations({ zoneIds: [ZONE], from: '2025-05', to: '2025-05' });
    if (!result.ok) throw new Error(result.error.message);
    const found = result.value.find((o) => o.indicatorId === indicatorId && o.basis === basis);
    return found ? [found.value, found.yoyPct] : null;
  }

  const step = (name: string) => app.page.locator('.import-steps').getByRole('button', { name });

  it('picks a bureau sheet, reads it and asks for what the sheet does not say', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Choose a file…' }).waitFor();
    await app.screenshot('import-1-file-en-light');
    app.shell.queueOpenFile({ name: 'bureau-may.xlsx', bytes: MAY_RELEASE });
    await page.getByRole('button', { name: 'Choose a file…' }).click();
    await page.getByRole('combobox', { name: 'Sheet' }).waitFor();
    await expect.poll(() => page.getByRole('combobox', { name: 'Layout' }).inputValue()).toBe('release-table');
    await expect.poll(() => page.getByRole('combobox', { name: 'Header row' }).inputValue()).toBe('2');
    await page.getByRole('combobox', { name: 'Zone' }).selectOption(ZONE);
    await page.getByLabel('Month', { exact: true }).selectOption('2025-05');
    await page
      .getByText('Import progress')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await expect.poll(() => page.getByLabel('Month', { exact: true }).inputValue()).toBe('2025-05');
    await app.screenshot('import-2-source-en-light');
  });

  it('shows the columns found from the aliases and saves them as a profile', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Next' }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Field for column C' }).inputValue())
      .toBe('month_value');
    await expect.poll(() => page.getByRole('combobox', { name: 'Field for column E' }).inputValue()).toBe('ytd_yoy');
    await page.getByRole('textbox', { name: 'Save this mapping as a profile' }).fill('Baotou bureau monthly');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile “Baotou bureau monthly” saved.').waitFor();
    const profiles = await app.handlers.listImportProfiles({});
    expect(profiles.ok && profiles.value.map((profile) => [profile.name, profile.layout, profile.zoneId])).toEqual([
      ['Baotou bureau monthly', 'release-table', ZONE],
    ]);
    await app.screenshot('import-3-mapping-en-light');
  });

  it('lists the bad cell with its place, the value found and what was expected', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Next' }).click();
    const problems = page.getByRole('list', { name: 'Problems found in the file' });
    const item = problems.getByRole('listitem');
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => item.textContent()).toContain('主要指标!C7');
    await expect.poll(() => item.textContent()).toContain('n/a');
    await expect.poll(() => item.textContent()).toContain('Not a number');
    await page.getByRole('combobox', { name: 'Show' }).selectOption('warning');
    await page.getByText('No problem matches this filter.').waitFor();
    await page.getByRole('combobox', { name: 'Show' }).selectOption('error');
    await page.getByRole('searchbox', { name: 'Filter' }).fill('C7');
    await expect.poll(() => item.count()).toBe(1);
    await app.screenshot('import-4-problems-en-light');
  });

  it('shows the diff and imports only the valid rows', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Next' }).click();
    const commit = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => commit.isDisabled()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: 'Compared with the store' })
          .or(page.locator('dl[aria-label="Compared with the store"]'))
          .textContent(),
      )
      .toContain('New9');
    await page.getByRole('checkbox', { name: /Import only the valid rows/ }).check();
    await app.screenshot('import-5-changes-en-light');
    await commit.click();
    await page.getByRole('heading', { name: 'Imported bureau-may.xlsx' }).waitFor();
    await expect.poll(() => figure('iav', 'ytd')).toEqual([1_148_000, 14.8]);
    await expect.poll(() => figure('iav', 'month')).toEqual([248_000, null]);
    await expect.poll(() => figure('compound-output', 'month')).toBeNull();
    await expect.poll(() => figure('compound-output', 'ytd')).toEqual([23_100, 14.6]);
    await page.getByRole('button', { name: 'Undo this import' }).waitFor();
    await app.screenshot('import-6-report-en-light');
    beforeSecond = await stored();
    expect(beforeSecond).not.toEqual(beforeFirst);
  });

  it('imports a revision that conflicts, overwriting one row and keeping the other', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Import another file' }).click();
    app.shell.queueOpenFile({ name: 'bureau-may-revised.xlsx', bytes: MAY_REVISION });
    await page.getByRole('button', { name: 'Choose a file…' }).click();
    await page.getByRole('combobox', { name: 'Sheet' }).waitFor();
    // The saved profile brings the zone back; the month is the user's again.
    await expect.poll(() => page.getByRole('combobox', { name: 'Zone' }).inputValue()).toBe(ZONE);
    await page.getByLabel('Month', { exact: true }).selectOption('2025-05');
    await expect.poll(() => page.getByRole('combobox', { name: 'Header row' }).inputValue()).toBe('2');
    await step('Changes').click();
    const table = page.getByRole('table', { name: 'Conflicts: the stored figure and the file’s' });
    await expect.poll(() => table.getByRole('row').count()).toBe(3);
    const commit = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => commit.isDisabled()).toBe(true);
    await page.getByText('2 conflict(s) still need a choice').waitFor();
    await page
      .getByRole('combobox', { name: /Choice for .*Industrial added value above designated size/ })
      .selectOption('overwrite');
    await page.getByRole('radio', { name: 'Keep the stored figures' }).check();
    await expect.poll(() => commit.isDisabled()).toBe(false);
    await app.screenshot('import-7-conflicts-en-light');
    await commit.click();
    await page.getByRole('heading', { name: 'Imported bureau-may-revised.xlsx' }).waitFor();
    await expect.poll(() => figure('iav', 'ytd')).toEqual([1_150_000, 15]);
    await expect.poll(() => figure('magnet-output', 'ytd')).toEqual([15_300, 23.8]);
    await app.screenshot('import-8-report-conflicts-en-light');
  });

  it('undoes the revision, then the first import, back to the store as it was', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await page.getByText(/The import of bureau-may-revised.xlsx was undone/).waitFor();
    await page.getByText('This import was undone: the store is as it was before it.').waitFor();
    await expect.poll(() => stored()).toEqual(beforeSecond);
    const undoFirst = page.getByRole('button', { name: 'Undo the import of bureau-may.xlsx' });
    await undoFirst.click();
    await page.getByText(/The import of bureau-may.xlsx was undone/).waitFor();
    await expect.poll(() => stored()).toEqual(beforeFirst);
    await expect.poll(() => undoFirst.count()).toBe(0);
    await app.screenshot('import-9-undone-en-light');
    expect(app.errors).toEqual([]);
  });

  it('takes a file dropped on the window, in Chinese, dark', async () => {
    const { page } = app;
    app.preferences.set({ language: 'zh', theme: 'dark' });
    await app.goto('import');
    await page.getByRole('button', { name: '选择文件…' }).waitFor();
    // The file is on disk, as one dragged from the desktop is; the page's File carries only its name, main reads the path.
    app.shell.placeDroppedFile({ name: 'bureau-may.xlsx', bytes: MAY_RELEASE });
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([], 'bureau-may.xlsx'));
      return transfer;
    });
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.getByRole('heading', { name: '松开即可导入' }).waitFor();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await page.getByRole('combobox', { name: '工作表' }).waitFor();
    await page.getByLabel('月份', { exact: true }).selectOption('2025-05');
    await step('变更').click();
    await page.getByRole('checkbox', { name: /仅导入有效行/ }).waitFor();
    await app.screenshot('import-10-changes-zh-dark');
    await step('问题').click();
    await page.getByRole('list', { name: '文件中发现的问题' }).waitFor();
    await app.screenshot('import-11-problems-zh-dark');
    expect(app.errors).toEqual([]);
  });
});
