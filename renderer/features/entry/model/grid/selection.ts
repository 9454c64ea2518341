/** A cell of the grid's editable area: row and column indexes from 0. */
export interface CellPos {
  row: number;
  col: number;
}

/** A rectangle of cells, both corners included. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridBounds {
  rows: number;
  cols: number;
}

/**
 * What is selected, as in a spreadsheet: a rectangle and, inside it, the active cell (where typing
 * goes). Shift+arrows move the rectangle's corner opposite the active cell.
 */
export interface Selection {
  active: CellPos;
  range: CellRange;
}

export type Direction = 'up' | 'down' | 'left' | 'right';

const STEP: Record<Direction, CellPos> = {
  up: { row: -1, col: 0 },
  down: { row: 1, col: 0 },
  left: { row: 0, col: -1 },
  right: { row: 0, col: 1 },
};

export function single(cell: CellPos): Selection {
  return { active: cell, range: { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col } };
}

export function rectangle(a: CellPos, b: CellPos): CellRange {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** The selection from the active cell to another corner (Shift+click, a drag). */
export function selectTo(active: CellPos, corner: CellPos): Selection {
  return { active, range: rectangle(active, corner) };
}

/** The corner of the range that Shift+arrows move: the one opposite the active cell. */
export function movingCorner(selection: Selection): CellPos {
  const { active, range } = selection;
  return {
    row: active.row === range.top ? range.bottom : range.top,
    col: active.col === range.left ? range.right : range.left,
  };
}

export function rangeHeight(range: CellRange): number {
  return range.bottom - range.top + 1;
}

export function rangeWidth(range: CellRange): number {
  return range.right - range.left + 1;
}

export function isSingleCell(range: CellRange): boolean {
  return range.top === range.bottom && range.left === range.right;
}

export function rangeContains(range: CellRange, cell: CellPos): boolean {
  return cell.row >= range.top && cell.row <= range.bottom && cell.col >= range.left && cell.col <= range.right;
}

/** Every cell of a range, row by row. */
export function cellsOf(range: CellRange): CellPos[] {
  const cells: CellPos[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) cells.push({ row, col });
  }
  return cells;
}

export function clampToBounds(cell: CellPos, bounds: GridBounds): CellPos {
  return {
    row: Math.min(Math.max(cell.row, 0), Math.max(bounds.rows - 1, 0)),
    col: Math.min(Math.max(cell.col, 0), Math.max(bounds.cols - 1, 0)),
  };
}

/** One step in a direction, stopping at the grid's edge. */
export function step(cell: CellPos, direction: Direction, bounds: GridBounds): CellPos {
  const delta = STEP[direction];
  return clampToBounds({ row: cell.row + delta.row, col: cell.col + delta.col }, bounds);
}

/**
 * Ctrl+arrow as in Excel: inside a run of filled cells, go to the run's last cell; otherwise go to
 * the next filled cell in that direction, or to the grid's edge when there is none.
 */
export function jump(
  cell: CellPos,
  direction: Direction,
  bounds: GridBounds,
  isFilled: (cell: CellPos) => boolean,
): CellPos {
  let current = cell;
  let next = step(current, direction, bounds);
  if (samePos(next, current)) return current;
  if (isFilled(current) && isFilled(next)) {
    while (!samePos(next, current) && isFilled(next)) {
      current = next;
      next = step(current, direction, bounds);
    }
    return current;
  }
  current = next;
  while (!isFilled(current)) {
    next = step(current, direction, bounds);
    if (samePos(next, current)) return current;
    current = next;
  }
  return current;
}

export function samePos(a: CellPos, b: CellPos): boolean {
  return a.row === b.row && a.col === b.col;
}

/** Arrows move the active cell and collapse the selection; Shift+arrows move only the far corner. */
export function moveSelection(
  selection: Selection,
  direction: Direction,
  options: { extend: boolean; toEdge: boolean },
  bounds: GridBounds,
  isFilled: (cell: CellPos) => boolean,
): Selection {
  const from = options.extend ? movingCorner(selection) : selection.active;
  const to = options.toEdge ? jump(from, direction, bounds, isFilled) : step(from, direction, bounds);
  return options.extend ? selectTo(selection.active, to) : single(to);
}

/** Home/End: the first or last cell of the row, or of the whole grid with Ctrl. */
export function homeOrEnd(
  selection: Selection,
  key: 'home' | 'end',
  options: { extend: boolean; wholeGrid: boolean },
  bounds: GridBounds,
): Selection {
  const from = options.extend ? movingCorner(selection) : selection.active;
  const row = options.wholeGrid ? (key === 'home' ? 0 : bounds.rows - 1) : from.row;
  const to = { row, col: key === 'home' ? 0 : bounds.cols - 1 };
  return options.extend ? selectTo(selection.active, to) : single(to);
}

/**
 * Tab and Enter inside a selection of several cells walk through it (row by row for Tab, column
 * by column for Enter) and wrap, keeping the selection, as Excel does; with one cell they just move.
 */
export function advance(selection: Selection, key: 'tab' | 'enter', backwards: boolean, bounds: GridBounds): Selection {
  const { range } = selection;
  if (isSingleCell(range)) {
    const direction: Direction = key === 'tab' ? (backwards ? 'left' : 'right') : backwards ? 'up' : 'down';
    return single(step(selection.active, direction, bounds));
  }
  const width = rangeWidth(range);
  const height = rangeHeight(range);
  const total = width * height;
  const { row, col } = selection.active;
  const index =
    key === 'tab' ? (row - range.top) * width + (col - range.left) : (col - range.left) * height + (row - range.top);
  const next = (index + (backwards ? -1 : 1) + total) % total;
  const active =
    key === 'tab'
      ? { row: range.top + Math.floor(next / width), col: range.left + (next % width) }
      : { row: range.top + (next % height), col: range.left + Math.floor(next / height) };
  return { active, range };
}

/** Ctrl+A: every cell, keeping the active one. */
export function selectAll(selection: Selection, bounds: GridBounds): Selection {
  return { active: selection.active, range: { top: 0, left: 0, bottom: bounds.rows - 1, right: bounds.cols - 1 } };
}

/** The selection kept inside the grid when its rows or columns change. */
export function clampSelection(selection: Selection, bounds: GridBounds): Selection {
  const active = clampToBounds(selection.active, bounds);
  const top = clampToBounds({ row: selection.range.top, col: selection.range.left }, bounds);
  const bottom = clampToBounds({ row: selection.range.bottom, col: selection.range.right }, bounds);
  const range = { top: top.row, left: top.col, bottom: bottom.row, right: bottom.col };
  const inside =
    active.row >= range.top && active.row <= range.bottom && active.col >= range.left && active.col <= range.right;
  return inside ? { active, range } : single(active);
}
