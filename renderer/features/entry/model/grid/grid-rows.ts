import type { EntryWarning, Indicator, ObservationKey, Period } from '../../../../../shared/model';
import { cellWarnings } from '../checks/cell-warnings';
import type { CellRange } from './selection';
import type { Figures } from '../session/figures';
import { keyAt, type GridModel, type GridRowSpec } from './grid-model';

export interface GridCell {
  figures: Figures | null;
  warnings: EntryWarning[];
  /** A month after the current one: nothing can be entered there yet. */
  future: boolean;
  /** A pasted or filled text that could not be saved, kept in its cell with the reason. */
  refused: RefusedText | null;
}

export interface RefusedText {
  text: string;
  message: string;
}

/** One row as the data grid sees it; a new object whenever anything in it changes, so it re-renders. */
export interface GridRow {
  index: number;
  spec: GridRowSpec;
  cells: GridCell[];
  /** The selected columns of this row, or null. */
  selected: { left: number; right: number } | null;
}

export function buildGridRows(
  model: GridModel,
  indicators: readonly Indicator[],
  figuresAt: (key: ObservationKey) => Figures | null,
  range: CellRange,
  latest: Period,
  refusedAt: (key: ObservationKey) => RefusedText | null = () => null,
): GridRow[] {
  return model.rows.map((spec, index) => ({
    index,
    spec,
    cells: model.periods.map((period, col) => {
      const key = keyAt(model, index, col)!;
      return {
        figures: figuresAt(key),
        warnings: cellWarnings(key, spec.indicator, indicators, figuresAt),
        future: period > latest,
        refused: refusedAt(key),
      };
    }),
    selected: index >= range.top && index <= range.bottom ? { left: range.left, right: range.right } : null,
  }));
}
