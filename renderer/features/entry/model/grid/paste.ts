import { parseNumber } from '../../../../../shared/parse';
import type { FigureField } from '../session/figures';
import { rangeHeight, rangeWidth, type CellPos, type CellRange, type GridBounds } from './selection';

/** One cell a paste or a fill writes: where, and the text that goes there. */
export interface CellWrite extends CellPos {
  text: string;
  /** The figure written, when not the one the grid shows (the 同比 of a value + 同比 pair). */
  field?: FigureField;
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
      writes.push({
        row,
        col,
        text: block[(row - selection.top) % blockHeight]![(col - selection.left) % blockWidth]!,
      });
    }
  }
  return {
    writes,
    target: { top: selection.top, left: selection.left, bottom, right },
    clipped: selection.top + height > bounds.rows || selection.left + width > bounds.cols,
  };
}

/** A block copied as value + 同比 column pairs (`15,300 | 23.8%`): the values and the growths, each a block of the pairs' width. */
export interface PairedBlock {
  values: string[][];
  growths: string[][];
}

const PERCENT = /%\s*$/;

function isNotPublished(text: string): boolean {
  const parsed = parseNumber(text);
  return parsed.ok && parsed.value === null;
}

/**
 * Pairs are recognised by their columns: an even width, every second column's filled cells all
 * written with `%`, and none of the first columns' cells. Anything else pastes cell for cell.
 */
export function valueGrowthPairs(block: readonly (readonly string[])[]): PairedBlock | null {
  const width = block[0]?.length ?? 0;
  if (width < 2 || width % 2 !== 0) return null;
  // Blank and not-published marks (`—`) say nothing about which column is which.
  const filled = (col: number) => block.map((row) => row[col]!).filter((text) => !isNotPublished(text));
  let growthSeen = false;
  for (let col = 0; col < width; col += 2) {
    if (filled(col).some((text) => PERCENT.test(text))) return null;
    const growths = filled(col + 1);
    if (!growths.every((text) => PERCENT.test(text))) return null;
    growthSeen ||= growths.length > 0;
  }
  if (!growthSeen) return null;
  const pick = (offset: number) => block.map((row) => row.filter((_, col) => col % 2 === offset));
  return { values: pick(0), growths: pick(1) };
}

/** A paired block planned like one of its halves; each cell gets its value and its 同比. */
export function planPairedPaste(pairs: PairedBlock, selection: CellRange, bounds: GridBounds): PastePlan {
  const values = planPaste(pairs.values, selection, bounds);
  const growths = planPaste(pairs.growths, selection, bounds);
  return {
    ...values,
    writes: [
      ...values.writes.map((write) => ({ ...write, field: 'value' as const })),
      ...growths.writes.map((write) => ({ ...write, field: 'yoyPct' as const })),
    ],
  };
}
