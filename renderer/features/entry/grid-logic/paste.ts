import { rangeHeight, rangeWidth, type CellPos, type CellRange, type GridBounds } from './selection';

/** One cell a paste or a fill writes: where, and the text that goes there. */
export interface CellWrite extends CellPos {
  text: string;
}

export interface PastePlan {
  writes: CellWrite[];
  /** The cells the paste covers: the new selection. */
  target: CellRange;
  /** Rows or columns of the block that fell beyond the grid's edge. */
  clipped: boolean;
}

/**
 * Where a copied block goes, as in Excel: a block pastes at the selection's top-left corner; a
 * selection that is a whole multiple of the block (a single value over many cells, a row over
 * several rows) is tiled with it. What falls beyond the grid is left out and reported.
 */
export function planPaste(block: readonly (readonly string[])[], selection: CellRange, bounds: GridBounds): PastePlan {
  const blockHeight = block.length;
  const blockWidth = block[0]?.length ?? 0;
  if (blockHeight === 0 || blockWidth === 0) return { writes: [], target: selection, clipped: false };
  const selectionHeight = rangeHeight(selection);
  const selectionWidth = rangeWidth(selection);
  const tiles = selectionHeight % blockHeight === 0 && selectionWidth % blockWidth === 0;
  const height = tiles ? selectionHeight : blockHeight;
  const width = tiles ? selectionWidth : blockWidth;
  const bottom = Math.min(selection.top + height, bounds.rows) - 1;
  const right = Math.min(selection.left + width, bounds.cols) - 1;
  const writes: CellWrite[] = [];
  for (let row = selection.top; row <= bottom; row++) {
    for (let col = selection.left; col <= right; col++) {
      writes.push({ row, col, text: block[(row - selection.top) % blockHeight]![(col - selection.left) % blockWidth]! });
    }
  }
  return {
    writes,
    target: { top: selection.top, left: selection.left, bottom, right },
    clipped: selection.top + height > bounds.rows || selection.left + width > bounds.cols,
  };
}
