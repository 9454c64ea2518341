import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { testAppPerTest } from '../support/test-app';

const ZONE = { id: 'bt', name: 'Baotou Hi-Tech Zone', nameZh: '包头稀土高新区', region: '', benchmarkZoneId: null };
const INDICATOR = {
  id: 'iav',
  name: 'Industrial added value',
  nameZh: '规模以上工业增加值',
  unit: '万元',
  kind: 'flow' as const,
  parentId: null,
  required: false,
  plausibleYoyMin: null,
  plausibleYoyMax: null,
};

function bureauBytes(rows: unknown[][]): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['主要经济指标'], ['指标', '单位', '5月', '1-5月', '同比增长(%)'], ...rows]),
    '主要指标',
  );
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return new Uint8Array(bytes);
}

describe('the import wizard', () => {
  const app = testAppPerTest(async ({ handlers }) => {
    await handlers.createZone({ zone: ZONE });
    await handlers.createIndicator({ indicator: INDICATOR });
  });

  async function pick(rows: unknown[][]) {
    const user = userEvent.setup();
    const opened = await app().openable('bureau.xlsx', bureauBytes(rows));
    window.shell.openFile = async () => ({ ok: true, value: opened });
    await app().render({ hash: '#/import' });
    await user.click(await screen.findByRole('button', { name: 'Choose a file…' }));
    await screen.findByRole('combobox', { name: 'Sheet' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Zone' }), 'bt');
    fireEvent.change(screen.getByLabelText('Month'), { target: { value: '2025-05' } });
    await waitFor(() => expect((screen.getByLabelText('Month') as HTMLInputElement).value).toBe('2025-05'));
    return user;
  }

  it('lists every problem with its place, found and expected, filtered by severity and text', async () => {
    const user = await pick([
      ['规模以上工业增加值', '万元', 'n/a', 1148000, 14.8],
      ['不存在的指标', '万元', 10, 'x', 1],
    ]);
    await user.click(screen.getByRole('button', { name: 'Problems' }));
    // The file is read from disk again for the month chosen: the list follows once that preview arrives.
    const list = await screen.findByRole('list', { name: 'Problems found in the file' });
    await waitFor(() => expect(within(list).getByText('主要指标!C3')).toBeTruthy());
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(within(list).getAllByText('Found').length).toBeGreaterThan(0);
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'C3');
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Problems found in the file' })).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'warning');
    expect(await screen.findByText('No problem matches this filter.')).toBeTruthy();
  });

  it('keeps Import disabled while errors remain, unless only the valid rows are imported', async () => {
    const user = await pick([
      ['规模以上工业增加值', '万元', 248000, 1148000, 14.8],
      ['规模以上工业增加值', '万元', 'n/a', 1148000, 14.8],
    ]);
    await user.click(screen.getByRole('button', { name: 'Changes' }));
    const commit = await screen.findByRole('button', { name: 'Import' });
    expect((commit as HTMLButtonElement).disabled).toBe(true);
    expect(
      screen.getByText('Nothing can be imported while errors remain: fix the file, or import only the valid rows.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /Import only the valid rows/ }));
    expect((commit as HTMLButtonElement).disabled).toBe(false);
    await user.click(commit);
    expect(await screen.findByRole('heading', { name: 'Imported bureau.xlsx' })).toBeTruthy();
    const stored = await app().handlers.getObservations({});
    expect(stored.ok && stored.value.length).toBeGreaterThan(0);
    await user.click(screen.getByRole('button', { name: 'Undo this import' }));
    await waitFor(async () => expect(await app().handlers.getObservations({})).toEqual({ ok: true, value: [] }));
  });

  it('asks for a choice per conflict before committing under “stop”', async () => {
    await app().handlers.saveObservations({
      observations: [
        {
          zoneId: 'bt',
          indicatorId: 'iav',
          period: '2025-05',
          basis: 'ytd',
          value: 1_000_000,
          yoyPct: 10,
          source: '',
          note: '',
        },
      ],
    });
    const user = await pick([['规模以上工业增加值', '万元', 248000, 1148000, 14.8]]);
    await user.click(screen.getByRole('button', { name: 'Changes' }));
    const commit = await screen.findByRole('button', { name: 'Import' });
    expect(await screen.findByText(/1 conflict\(s\) still need a choice/)).toBeTruthy();
    expect((commit as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: /Choice for Industrial added value/ }), 'overwrite');
    expect((commit as HTMLButtonElement).disabled).toBe(false);
    await user.click(commit);
    await screen.findByRole('heading', { name: 'Imported bureau.xlsx' });
    const stored = await app().handlers.getObservations({ zoneIds: ['bt'], from: '2025-05', to: '2025-05' });
    expect(stored.ok && stored.value.find((o) => o.basis === 'ytd')?.value).toBe(1_148_000);
  });

  it('maps an indicator the store lacks to the suggested one, lists each figure, and records the file as their source', async () => {
    // 规上工业增加值 shares 5 character pairs with 规模以上工业增加值 (6 + 8 pairs): a likeness of 0.71, suggested.
    const user = await pick([['规上工业增加值', '万元', 248000, 1148000, 14.8]]);
    await user.click(screen.getByRole('button', { name: 'Problems' }));
    const choice = await screen.findByRole('combobox', { name: 'What to do with “规上工业增加值”' });
    expect((choice as HTMLSelectElement).value).toBe('create');
    await user.selectOptions(choice, 'Map to Industrial added value (suggested)');
    await waitFor(() =>
      expect(
        (screen.getByRole('combobox', { name: 'What to do with “规上工业增加值”' }) as HTMLSelectElement).value,
      ).toBe('map:iav'),
    );
    await user.click(screen.getByRole('button', { name: 'Changes' }));
    const list = await screen.findByRole('region', { name: 'Each figure' });
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Industrial added value', 'Industrial added value']),
    );
    expect(within(list).getByText('May 2025 · Month (当月)')).toBeTruthy();
    expect(within(list).getByText('Jan–May 2025 · Year to date (累计)')).toBeTruthy();
    await user.type(within(list).getByRole('searchbox'), 'Jan');
    await waitFor(() => expect(within(list).getAllByRole('rowheader')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Imported bureau.xlsx' });
    const stored = await app().handlers.getObservations({ zoneIds: ['bt'] });
    expect(stored.ok && stored.value.map((o) => [o.indicatorId, o.basis, o.value, o.source])).toEqual([
      ['iav', 'month', 248000, 'bureau.xlsx'],
      ['iav', 'ytd', 1148000, 'bureau.xlsx'],
    ]);
    expect((await app().handlers.listIndicators({})).ok && (await app().handlers.listIndicators({}))).toMatchObject({
      value: [{ id: 'iav' }],
    });
  });

  it('says each problem in Chinese, with its place', async () => {
    const user = userEvent.setup();
    const opened = await app().openable(
      'bureau.xlsx',
      bureauBytes([['规模以上工业增加值', '万元', 'n/a', 1148000, 14.8]]),
    );
    window.shell.openFile = async () => ({ ok: true, value: opened });
    await app().render({ hash: '#/import', preferences: { language: 'zh' } });
    await user.click(await screen.findByRole('button', { name: '选择文件…' }));
    await screen.findByRole('combobox', { name: '工作表' });
    await user.selectOptions(screen.getByRole('combobox', { name: '开发区' }), 'bt');
    fireEvent.change(screen.getByLabelText('月份'), { target: { value: '2025-05' } });
    await waitFor(() => expect((screen.getByLabelText('月份') as HTMLInputElement).value).toBe('2025-05'));
    await user.click(screen.getByRole('button', { name: '问题' }));
    const list = await screen.findByRole('list', { name: '文件中发现的问题' });
    const item = (await within(list).findByText('主要指标!C3')).closest('li')!;
    expect(within(item).getByText('不是数字')).toBeTruthy();
    expect(list.textContent).not.toContain('not a number');
  });
});
