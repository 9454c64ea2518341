import { describe, expect, it } from 'vitest';
import {
  advance,
  cellsOf,
  homeOrEnd,
  jump,
  moveSelection,
  selectAll,
  selectTo,
  single,
  type CellPos,
} from '../../../../renderer/features/entry/model/grid/selection';

const bounds = { rows: 5, cols: 12 };
const none = () => false;
/** Row 0: cells 2..5 and 9 filled; everything else empty. */
const filledRow0 = ({ row, col }: CellPos) => row === 0 && ((col >= 2 && col <= 5) || col === 9);

describe('arrows', () => {
  it('move the active cell and collapse the selection, stopping at the edges', () => {
    const wide = selectTo({ row: 1, col: 1 }, { row: 3, col: 4 });
    expect(moveSelection(wide, 'right', { extend: false, toEdge: false }, bounds, none)).toEqual(
      single({ row: 1, col: 2 }),
    );
    expect(moveSelection(single({ row: 0, col: 0 }), 'up', { extend: false, toEdge: false }, bounds, none)).toEqual(
      single({ row: 0, col: 0 }),
    );
    expect(moveSelection(single({ row: 4, col: 11 }), 'right', { extend: false, toEdge: false }, bounds, none)).toEqual(
      single({ row: 4, col: 11 }),
    );
  });

  it('with Shift move the corner opposite the active cell, which stays put', () => {
    let selection = single({ row: 2, col: 2 });
    selection = moveSelection(selection, 'down', { extend: true, toEdge: false }, bounds, none);
    selection = moveSelection(selection, 'right', { extend: true, toEdge: false }, bounds, none);
    expect(selection).toEqual({ active: { row: 2, col: 2 }, range: { top: 2, left: 2, bottom: 3, right: 3 } });
    selection = moveSelection(selection, 'up', { extend: true, toEdge: false }, bounds, none);
    selection = moveSelection(selection, 'up', { extend: true, toEdge: false }, bounds, none);
    expect(selection).toEqual({ active: { row: 2, col: 2 }, range: { top: 1, left: 2, bottom: 2, right: 3 } });
  });
});

describe('Ctrl+arrows, as in Excel', () => {
  it('run to the end of a filled block, then to the next filled cell, then to the edge', () => {
    const at = (col: number) => ({ row: 0, col });
    expect(jump(at(2), 'right', bounds, filledRow0)).toEqual(at(5));
    expect(jump(at(5), 'right', bounds, filledRow0)).toEqual(at(9));
    expect(jump(at(9), 'right', bounds, filledRow0)).toEqual(at(11));
    expect(jump(at(0), 'right', bounds, filledRow0)).toEqual(at(2));
    expect(jump(at(11), 'left', bounds, filledRow0)).toEqual(at(9));
    expect(jump(at(3), 'left', bounds, filledRow0)).toEqual(at(2));
    expect(jump({ row: 2, col: 3 }, 'up', bounds, filledRow0)).toEqual(at(3));
    expect(jump({ row: 2, col: 0 }, 'down', bounds, filledRow0)).toEqual({ row: 4, col: 0 });
  });

  it('with Shift extend the selection to where the jump lands', () => {
    const selection = moveSelection(
      single({ row: 0, col: 2 }),
      'right',
      { extend: true, toEdge: true },
      bounds,
      filledRow0,
    );
    expect(selection.range).toEqual({ top: 0, left: 2, bottom: 0, right: 5 });
  });
});

describe('Home, End and select all', () => {
  it('go to the row ends, or with Ctrl to the grid corners', () => {
    const from = single({ row: 3, col: 4 });
    expect(homeOrEnd(from, 'home', { extend: false, wholeGrid: false }, bounds)).toEqual(single({ row: 3, col: 0 }));
    expect(homeOrEnd(from, 'end', { extend: false, wholeGrid: true }, bounds)).toEqual(single({ row: 4, col: 11 }));
    expect(homeOrEnd(from, 'end', { extend: true, wholeGrid: false }, bounds).range).toEqual({
      top: 3,
      left: 4,
      bottom: 3,
      right: 11,
    });
    expect(selectAll(from, bounds)).toEqual({
      active: { row: 3, col: 4 },
      range: { top: 0, left: 0, bottom: 4, right: 11 },
    });
  });
});

describe('Tab and Enter', () => {
  it('move right and down from a single cell, back with Shift', () => {
    expect(advance(single({ row: 1, col: 1 }), 'tab', false, bounds)).toEqual(single({ row: 1, col: 2 }));
    expect(advance(single({ row: 1, col: 1 }), 'enter', false, bounds)).toEqual(single({ row: 2, col: 1 }));
    expect(advance(single({ row: 1, col: 1 }), 'enter', true, bounds)).toEqual(single({ row: 0, col: 1 }));
  });

  it('walk inside a selection of several cells and wrap, keeping the selection', () => {
    const range = { top: 1, left: 1, bottom: 2, right: 2 };
    let selection = { active: { row: 1, col: 1 }, range };
    const tabs: CellPos[] = [];
    for (let i = 0; i < 4; i++) {
      selection = advance(selection, 'tab', false, bounds);
      tabs.push(selection.active);
      expect(selection.range).toEqual(range);
    }
    expect(tabs).toEqual([
      { row: 1, col: 2 },
      { row: 2, col: 1 },
      { row: 2, col: 2 },
      { row: 1, col: 1 },
    ]);
    expect(advance({ active: { row: 1, col: 1 }, range }, 'enter', false, bounds).active).toEqual({ row: 2, col: 1 });
    expect(advance({ active: { row: 2, col: 1 }, range }, 'enter', false, bounds).active).toEqual({ row: 1, col: 2 });
  });
});

it('lists the cells of a range row by row', () => {
  expect(cellsOf({ top: 0, left: 1, bottom: 1, right: 2 })).toEqual([
    { row: 0, col: 1 },
    { row: 0, col: 2 },
    { row: 1, col: 1 },
    { row: 1, col: 2 },
  ]);
});
