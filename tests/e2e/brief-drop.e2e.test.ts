import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSampleStore } from '../../shared/app/sample';
import { launchApp, type AppUnderTest } from './harness';
import { describeViolations, installAxe, runAxe } from './harness/axe';

/**
 * A brief file dragged from the desktop onto the Brief screen, in Chromium over the real handlers,
 * main's own shell bindings and a store holding the sample data: the hint while dragging, the
 * file's text in the box, its claims checked.
 */
const WAIT = { timeout: 20_000, interval: 200 };
const SEED_BRIEF = readFileSync(path.join(import.meta.dirname, '../fixtures/brief/seed-brief-en.md'));

/** A DataTransfer of Files with these names, as a drag from the file manager carries (the page sees no path). */
function filesTransfer(page: Page, names: string[]) {
  return page.evaluateHandle((fileNames) => {
    const transfer = new DataTransfer();
    for (const name of fileNames) transfer.items.add(new File([], name));
    return transfer;
  }, names);
}

describe('Brief: a file dropped on the screen, in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({ screen: 'brief', viewport: { width: 1360, height: 1000 } });
    await installAxe(app.page);
    await fillSampleStore(app.store, new Date('2025-06-26T08:00:00Z'));
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('shows the drop hint, reads the seed brief from the dropped file, and every claim agrees with the sample data', async () => {
    const { page } = app;
    await page.getByLabel('The brief’s zone').selectOption('btrehtz');
    await page.getByLabel('Published on').fill('2025-06-25');
    app.shell.placeDroppedFile({ name: 'seed-brief-en.md', bytes: SEED_BRIEF });
    const dataTransfer = await filesTransfer(page, ['seed-brief-en.md']);

    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.getByText('Drop to read this brief').waitFor(WAIT);
    await app.screenshot('brief-drop-hint-en-light');
    expect(describeViolations('drop hint, en light', await runAxe(page))).toEqual([]);
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await page.getByText('Drop to read this brief').waitFor({ state: 'detached', ...WAIT });
    await expect.poll(() => page.getByLabel('Text of the brief').inputValue(), WAIT).toBe(SEED_BRIEF.toString('utf8'));

    await page.getByRole('button', { name: 'Read the brief' }).click();
    const claims = page.locator('.brief-claim');
    await expect.poll(() => claims.count(), WAIT).toBe(4);
    const texts = await claims.allTextContents();
    // 14.8 − 12.3 = 2.5; 54 months at 10 % or more; 16.9 × 31,950 / 100,000 = 5.4; 38 × 18,680 / 100,000 = 7.1.
    expect(
      texts.map((text) => text.match(/^✓.*?(Gap to .*?pp|Streak: \d+ months|Contribution: [\d.]+ pp)/)?.[1]),
    ).toEqual([
      expect.stringMatching(/^Gap to .*: 2\.5 pp$/),
      'Streak: 54 months',
      'Contribution: 5.4 pp',
      'Contribution: 7.1 pp',
    ]);
    expect(texts.every((text) => text.includes('agrees'))).toBe(true);
    await expect
      .poll(async () => (await page.locator('.brief-panel').allTextContents()).join('\n'))
      .toContain('seed-brief-en.md');
    await app.screenshot('brief-dropped-en-light');
    expect(app.errors).toEqual([]);
  });

  it('in Chinese, dark: takes the first of two files and says so, and points a spreadsheet to Import', async () => {
    const { page } = app;
    app.preferences.set({ language: 'zh', theme: 'dark' });
    await app.goto('brief');
    // The screen is a lazy chunk: its window listeners exist once its form does.
    await page.getByLabel('简报正文').waitFor(WAIT);
    app.shell.placeDroppedFile({
      name: 'first.txt',
      bytes: Buffer.from('1-5月，全区规模以上工业增加值同比增长14.8%。'),
    });
    app.shell.placeDroppedFile({ name: 'second.txt', bytes: Buffer.from('不读取') });
    const two = await filesTransfer(page, ['first.txt', 'second.txt']);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: two });
    await page.getByText('松开即可读取此简报').waitFor(WAIT);
    await app.screenshot('brief-drop-hint-zh-dark');
    expect(describeViolations('drop hint, zh dark', await runAxe(page))).toEqual([]);
    await page.dispatchEvent('main', 'drop', { dataTransfer: two });
    await expect
      .poll(() => page.getByLabel('简报正文').inputValue(), WAIT)
      .toBe('1-5月，全区规模以上工业增加值同比增长14.8%。');
    await page.getByText('拖入了 2 个文件：只读取第一个，first.txt。').waitFor(WAIT);

    app.shell.placeDroppedFile({ name: '月报.xlsx', bytes: Buffer.from('PK') });
    const sheet = await filesTransfer(page, ['月报.xlsx']);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer: sheet });
    await page.dispatchEvent('main', 'drop', { dataTransfer: sheet });
    await page.getByRole('alert').filter({ hasText: '月报.xlsx 是电子表格：请在“导入”界面导入。' }).waitFor(WAIT);
    // The text read before stays.
    expect(await page.getByLabel('简报正文').inputValue()).toBe('1-5月，全区规模以上工业增加值同比增长14.8%。');
    expect(app.errors).toEqual([]);
  });
});
