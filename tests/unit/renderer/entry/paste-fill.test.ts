import { describe, expect, it } from 'vitest';
import { copyRange } from '../../../../renderer/features/entry/model/grid/copy';
import { fillDown, fillRight, fillWith } from '../../../../renderer/features/entry/model/grid/fill';
import { planPaste } from '../../../../renderer/features/entry/model/grid/paste';

const bounds = { rows: 4, cols: 12 };
const at = (row: number, col: number) => ({ top: row, left: col, bottom: row, right: col });

describe('planning a paste', () => {
  it('puts a block at the active cell and selects what it covers', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', '4'],
      ],
      at(1, 5),
      bounds,
    );
    expect(plan.writes).toEqual([
      { row: 1, col: 5, text: '1' },
      { row: 1, col: 6, text: '2' },
      { row: 2, col: 5, text: '3' },
      { row: 2, col: 6, text: '4' },
    ]);
    expect(plan.target).toEqual({ top: 1, left: 5, bottom: 2, right: 6 });
    expect(plan.clipped).toBe(false);
  });

  it('tiles a selection that is a multiple of the block, and ignores one that is not', () => {
    expect(planPaste([['7']], { top: 0, left: 0, bottom: 1, right: 1 }, bounds).writes.map((w) => w.text)).toEqual([
      '7',
      '7',
      '7',
      '7',
    ]);
    const row = planPaste([['a', 'b']], { top: 0, left: 0, bottom: 1, right: 3 }, bounds);
    expect(row.writes.map((w) => w.text).join('')).toBe('abab' + 'abab');
    const odd = planPaste([['a', 'b']], { top: 0, left: 0, bottom: 0, right: 2 }, bounds);
    expect(odd.target).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
  });

  it('leaves out what falls beyond the grid and says so', () => {
    const plan = planPaste([['1', '2', '3']], at(3, 10), bounds);
    expect(plan.writes).toEqual([
      { row: 3, col: 10, text: '1' },
      { row: 3, col: 11, text: '2' },
    ]);
    expect(plan.clipped).toBe(true);
  });

  it('does nothing with an empty clipboard', () => {
    expect(planPaste([], at(0, 0), bounds).writes).toEqual([]);
  });
});

describe('fill and copy', () => {
  const text = (row: number, col: number) => `r${row}c${col}`;

  it('fills down from the top row and right from the left column', () => {
    expect(fillDown({ top: 0, left: 1, bottom: 2, right: 2 }, text)).toEqual([
      { row: 1, col: 1, text: 'r0c1' },
      { row: 1, col: 2, text: 'r0c2' },
      { row: 2, col: 1, text: 'r0c1' },
      { row: 2, col: 2, text: 'r0c2' },
    ]);
    expect(fillRight({ top: 0, left: 0, bottom: 1, right: 2 }, text).map((w) => w.text)).toEqual([
      'r0c0',
      'r0c0',
      'r1c0',
      'r1c0',
    ]);
    expect(fillDown(at(0, 0), text)).toEqual([]);
    expect(fillWith({ top: 0, left: 0, bottom: 0, right: 1 }, '')).toEqual([
      { row: 0, col: 0, text: '' },
      { row: 0, col: 1, text: '' },
    ]);
  });

  it('copies a selection out as TSV', () => {
    expect(copyRange({ top: 0, left: 0, bottom: 1, right: 1 }, text)).toBe('r0c0\tr0c1\r\nr1c0\tr1c1\r\n');
  });
});
