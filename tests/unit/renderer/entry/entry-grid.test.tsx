import { fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderGrid, screen, waitFor, type GridUnderTest } from './grid-harness';

let under: GridUnderTest;
afterEach(async () => {
  await under.dispose();
});

async function focusFirstCell(): Promise<void> {
  await under.user.click(under.cell(0, 1));
  expect(under.activeCell()).toEqual({ row: 0, month: 1 });
}

describe('the entry grid, by keyboard', () => {
  it('types a figure, commits it with Enter and moves down; Tab commits and moves right', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard('1148000{Enter}');
    expect(under.activeCell()).toEqual({ row: 1, month: 1 });
    await under.user.keyboard('15,300{Tab}');
    expect(under.activeCell()).toEqual({ row: 1, month: 2 });
    expect(under.cell(0, 1).textContent).toContain('1,148,000');
    expect(await under.stored()).toEqual({ 'iav 2025-01': 1148000, 'rare 2025-01': 15300 });
  });

  it('moves with arrows, Home/End and Ctrl+arrows as a spreadsheet does', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(under.activeCell()).toEqual({ row: 1, month: 3 });
    await under.user.keyboard('{End}');
    expect(under.activeCell()).toEqual({ row: 1, month: 12 });
    await under.user.keyboard('{Home}');
    expect(under.activeCell()).toEqual({ row: 1, month: 1 });
    await under.user.keyboard('{Control>}{End}{/Control}');
    expect(under.activeCell()).toEqual({ row: 2, month: 12 });
    await under.user.keyboard('{Control>}{Home}{/Control}');
    expect(under.activeCell()).toEqual({ row: 0, month: 1 });
    await under.user.keyboard('5{Tab}6{Tab}7{Enter}');
    await under.user.keyboard('{Control>}{Home}{ArrowRight}{/Control}');
    expect(under.activeCell()).toEqual({ row: 0, month: 3 });
    await under.user.keyboard('{Control>}{ArrowRight}{/Control}');
    expect(under.activeCell()).toEqual({ row: 0, month: 12 });
  });

  it('edits in place with F2, cancels with Esc, and clears with Delete', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard('12{Enter}{ArrowUp}{F2}3{Enter}');
    expect(await under.stored()).toEqual({ 'iav 2025-01': 123 });
    await under.user.keyboard('{ArrowUp}9{Escape}');
    expect(under.activeCell()).toEqual({ row: 0, month: 1 });
    expect(await under.stored()).toEqual({ 'iav 2025-01': 123 });
    await under.user.keyboard('{Delete}');
    expect(await under.stored()).toEqual({});
  });

  it('keeps a cell that cannot be saved open, with the reason in place', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard('12a{Enter}');
    const editor = screen.getByRole('textbox');
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('“12a” is not a number');
    await under.user.keyboard('{Backspace}{Enter}');
    expect(await under.stored()).toEqual({ 'iav 2025-01': 12 });
    await under.user.keyboard('{ArrowUp}-5{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Output cannot be negative (-5)');
    await under.user.keyboard('{Escape}');
    expect(await under.stored()).toEqual({ 'iav 2025-01': 12 });
  });

  it('does not open an editor in a month that has not come yet', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard('{End}{F2}');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('selection, paste, copy and fill', () => {
  it('extends a selection with Shift+arrows and clears it all with Delete', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard('1{Tab}2{Tab}3{Enter}{Control>}{Home}{/Control}');
    await under.user.keyboard('{Shift>}{ArrowRight}{ArrowRight}{ArrowDown}{/Shift}');
    expect(under.activeCell()).toEqual({ row: 0, month: 1 });
    expect(under.grid.querySelectorAll('.entry-grid__figure--selected')).toHaveLength(6);
    await under.user.keyboard('{Delete}');
    expect(await under.stored()).toEqual({});
  });

  it('pastes a block copied from Excel with published number forms, and selects it', async () => {
    under = await renderGrid({ field: 'yoyPct' });
    await focusFirstCell();
    fireEvent.paste(under.cell(0, 1), { clipboardData: clipboard('14.8%\t下降5.0%\r\n增长2.3倍\t—\r\n') });
    expect(await under.stored('yoyPct')).toEqual({ 'iav 2025-01': 14.8, 'iav 2025-02': -5, 'rare 2025-01': 230 });
    expect(under.grid.querySelectorAll('.entry-grid__figure--selected')).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toBe('Pasted 4 cell(s).');
  });

  it('saves the cells of a paste that can be saved and keeps the others in place with their problem', async () => {
    under = await renderGrid();
    await focusFirstCell();
    fireEvent.paste(under.cell(0, 1), { clipboardData: clipboard('1\tn/a\t3\r\n') });
    expect(await under.stored()).toEqual({ 'iav 2025-01': 1, 'iav 2025-03': 3 });
    const refused = under.cell(0, 2);
    expect(refused.className).toContain('entry-grid__figure--refused');
    expect(refused.textContent).toContain('n/a');
    expect(refused.textContent).toContain('“n/a” is not a number');
    expect(screen.getByRole('status').textContent).toContain('Saved 2 cell(s); 1 could not be saved');
    expect(screen.getByRole('status').textContent).toContain('Industrial added value · Jan–Feb: “n/a” is not a number');
    // Corrected by typing, the cell loses its mark.
    await under.user.click(refused);
    await under.user.keyboard('2{Enter}');
    expect(await under.stored()).toEqual({ 'iav 2025-01': 1, 'iav 2025-02': 2, 'iav 2025-03': 3 });
    expect(under.cell(0, 2).className).not.toContain('entry-grid__figure--refused');
  });

  it('converts units as import does and pastes value + YoY % pairs into both figures', async () => {
    under = await renderGrid();
    await under.user.click(under.cell(2, 1));
    // Magnet output is in t: 0.91万吨 = 9,100 t. Two months of value | 同比 pairs from a bureau table.
    fireEvent.paste(under.cell(2, 1), { clipboardData: clipboard('0.91万吨\t23.8%\t15,300\t−2.5%\r\n') });
    expect(await under.stored()).toEqual({ 'magnet 2025-01': 9100, 'magnet 2025-02': 15300 });
    expect(await under.stored('yoyPct')).toEqual({ 'magnet 2025-01': 23.8, 'magnet 2025-02': -2.5 });
    expect(screen.getByRole('status').textContent).toBe(
      'Pasted a value and a YoY % into 2 cell(s) (the block had value + YoY % column pairs).',
    );
  });

  it('pastes value + YoY % pairs into both figures when the grid shows growth too', async () => {
    under = await renderGrid({ field: 'yoyPct' });
    await under.user.click(under.cell(2, 1));
    fireEvent.paste(under.cell(2, 1), { clipboardData: clipboard('15,300\t23.8%\r\n') });
    expect(await under.stored()).toEqual({ 'magnet 2025-01': 15300 });
    expect(await under.stored('yoyPct')).toEqual({ 'magnet 2025-01': 23.8 });
  });

  it('copies the selection out as TSV and fills down with Ctrl+D', async () => {
    under = await renderGrid();
    await focusFirstCell();
    await under.user.keyboard(
      '1148000{Tab}1200000{Enter}{Control>}{Home}{/Control}{Shift>}{ArrowRight}{ArrowDown}{ArrowDown}{/Shift}',
    );
    const data = clipboard('');
    fireEvent.copy(under.grid.querySelector('[aria-selected="true"]')!, { clipboardData: data });
    expect(data.getData('text/plain')).toBe('1148000\t1200000\r\n\t\r\n\t\r\n');
    await under.user.keyboard('{Control>}d{/Control}');
    await waitFor(async () => expect(Object.keys(await under.stored())).toHaveLength(6));
    expect(await under.stored()).toMatchObject({ 'magnet 2025-02': 1200000, 'rare 2025-01': 1148000 });
  });
});

/** What Excel puts on the clipboard, as a paste or copy event carries it. */
function clipboard(text: string): DataTransfer {
  const store = new Map<string, string>([['text/plain', text]]);
  return {
    getData: (type: string) => store.get(type) ?? '',
    setData: (type: string, value: string) => void store.set(type, value),
  } as unknown as DataTransfer;
}
