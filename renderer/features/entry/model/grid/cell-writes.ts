import type { Period } from '../../../../../shared/model';
import { readFigureText } from '../checks/cell-input';
import type { HardProblem } from '../checks/hard-checks';
import type { CellWrite } from './paste';
import { withField, type FigureField, type Figures } from '../session/figures';
import type { ObservationChange } from '../session/transaction';
import { keyAt, type GridModel } from './grid-model';

export interface CellProblem {
  row: number;
  col: number;
  /** Which figure of the cell the refused text was meant for. */
  field: FigureField;
  text: string;
  problem: HardProblem;
}

/** What a set of writes gives: the changes of the cells that can be saved, and the rest with their problem. */
export interface CellWritesOutcome {
  changes: ObservationChange[];
  problems: CellProblem[];
}

/**
 * Typed, pasted or filled texts as observation changes, cell by cell: a cell that cannot be saved
 * (not a number, a future month, …) is named with its problem and the others still change. A
 * write may name its field (a value + 同比 pair writes both figures of one cell); else the grid's.
 */
export function changesForWrites(
  model: GridModel,
  writes: readonly CellWrite[],
  figuresAt: (row: number, col: number) => Figures | null,
  latest: Period,
): CellWritesOutcome {
  const byCell = new Map<string, ObservationChange>();
  const problems: CellProblem[] = [];
  for (const { row, col, text, field = model.field } of writes) {
    const key = keyAt(model, row, col);
    const spec = model.rows[row];
    if (!key || !spec) continue;
    const reading = readFigureText(text, field, spec.indicator, key.period, latest);
    if (!reading.ok) {
      problems.push({ row, col, field, text, problem: reading.problem });
      continue;
    }
    const id = `${row}:${col}`;
    const earlier = byCell.get(id);
    const before = earlier ? earlier.before : figuresAt(row, col);
    const current = earlier ? earlier.after : before;
    byCell.set(id, { key, before, after: withField(current, field, reading.value) });
  }
  return { changes: [...byCell.values()], problems };
}
