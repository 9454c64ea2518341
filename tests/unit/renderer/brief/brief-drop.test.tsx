import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useRealDrops } from '../support/real-drops';
import { testAppPerTest } from '../support/test-app';
import { zoneAndCity } from './zone-and-city';

/** Written for this test in a bureau release's style, as a .md file a clerk saved. */
const BRIEF_MD = [
  '# 稀土高新区2025年1-5月工业经济运行简况',
  '',
  '1-5月，稀土高新区规模以上工业增加值同比增长14.8%，增速高于全市1.8个百分点。',
].join('\n');

/** A drop on the window, as the desktop delivers it: a DataTransfer carrying files. */
function dragOver(files: File[]) {
  const dataTransfer = { types: ['Files'], files, dropEffect: 'none' };
  fireEvent.dragEnter(window, { dataTransfer });
  fireEvent.dragOver(window, { dataTransfer });
  return { drop: () => fireEvent.drop(window, { dataTransfer }) };
}

const textBox = () => screen.getByLabelText<HTMLTextAreaElement>('Text of the brief');
/** What the brief's form says about the file (the app has live regions of its own elsewhere). */
const said = (role: 'alert' | 'status') => document.querySelector(`.brief-input [role="${role}"]`)?.textContent ?? null;

describe('a file dropped on the Brief screen', () => {
  const app = testAppPerTest(zoneAndCity);

  it('shows the hint while dragged, fills the text as the open button does, and its claims are checked', async () => {
    const drops = await useRealDrops(app());
    const user = userEvent.setup();
    await app().render({ hash: '#/brief' });
    expect(screen.queryByText('Drop to read this brief')).toBeNull();

    const dragged = dragOver([await drops.onDisk('简况.md', BRIEF_MD)]);
    expect(await screen.findByText('Drop to read this brief')).toBeTruthy();
    dragged.drop();
    await expect.poll(() => textBox().value).toBe(BRIEF_MD);
    expect(screen.queryByText('Drop to read this brief')).toBeNull();
    expect(said('alert')).toBeNull();
    const dropped = textBox().value;

    // The same file through the open dialog gives the same text.
    await user.clear(textBox());
    await drops.pickNext('简况.md', BRIEF_MD);
    await user.click(screen.getByRole('button', { name: 'Open a file…' }));
    await expect.poll(() => textBox().value).toBe(dropped);

    await user.click(screen.getByRole('button', { name: 'Read the brief' }));
    // 14.8 − 13.0 = 1.8: the city's growth derived from the gap; the file's name is part of the source.
    const claim = (await screen.findByText('Gap to 全市: 1.8 pp')).closest('li')!;
    expect(claim.textContent).toContain('agrees');
    expect(await screen.findByText(/Source: .*简况\.md/)).toBeTruthy();
  });

  it('reads the first of several files and says so', async () => {
    const drops = await useRealDrops(app());
    await app().render({ hash: '#/brief' });
    const first = await drops.onDisk('first.txt', '1-5月，全区规模以上工业增加值同比增长14.8%。');
    const second = await drops.onDisk('second.txt', 'not read');
    dragOver([first, second]).drop();
    await expect.poll(() => textBox().value).toBe('1-5月，全区规模以上工业增加值同比增长14.8%。');
    expect(said('status')).toBe('2 files were dropped: only the first, first.txt, is read.');
  });

  it('refuses a spreadsheet in Chinese, pointing to the Import screen, and leaves the text as it was', async () => {
    const drops = await useRealDrops(app());
    const user = userEvent.setup();
    await app().render({ hash: '#/brief', preferences: { language: 'zh' } });
    await user.type(screen.getByLabelText('简报正文'), '已输入的文字');
    dragOver([await drops.onDisk('月报.xlsx', 'PK')]).drop();
    await expect.poll(() => said('alert')).toBe('月报.xlsx 是电子表格：请在“导入”界面导入。');
    expect(screen.getByLabelText<HTMLTextAreaElement>('简报正文').value).toBe('已输入的文字');
  });

  it('names the accepted types for a file of another kind, and says a file not on disk cannot be read', async () => {
    const drops = await useRealDrops(app());
    await app().render({ hash: '#/brief' });
    dragOver([await drops.onDisk('scan.pdf', '%PDF')]).drop();
    await expect
      .poll(() => said('alert'))
      .toBe('scan.pdf is not the text of a brief: this screen reads .txt, .md, .html, or .htm files.');
    dragOver([new File(['x'], 'attachment.txt')]).drop();
    await expect
      .poll(() => said('alert'))
      .toBe(
        'attachment.txt is not a file on disk (dragged from another app?): save it to a folder and drop or open it from there.',
      );
  });
});

describe('a brief text dropped on the Import screen', () => {
  const app = testAppPerTest();

  it('is refused by main and pointed to the Brief screen', async () => {
    const drops = await useRealDrops(app());
    await app().render({ hash: '#/import' });
    dragOver([await drops.onDisk('release.html', '<p>1-5月</p>')]).drop();
    expect(await screen.findByText('release.html is the text of a brief: read it on the Brief screen.')).toBeTruthy();
    dragOver([await drops.onDisk('notes.docx', 'PK')]).drop();
    expect(
      await screen.findByText(
        'notes.docx is not a spreadsheet: the import reads .xlsx, .xls, .xlsb, .ods, or .csv files.',
      ),
    ).toBeTruthy();
  });
});
