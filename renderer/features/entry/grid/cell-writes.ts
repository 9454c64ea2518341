import type { Period } from '../../../../shared/model';
import { readFigureText } from '../checks/cell-input';
import type { HardProblem } from '../checks/hard-checks';
import type { CellWrite } from '../grid-logic/paste';
import { withField, type Figures } from '../session/figures';
import type { ObservationChange } from '../session/transaction';
import { keyAt, type GridModel } from './grid-model';

export interface CellProblem {
  row: number;
  col: number;
  problem: HardProblem;
}

export type CellWritesOutcome = { ok: true; changes: ObservationChange[] } | { ok: false; problems: CellProblem[] };

/**
 * Typed, pasted or filled texts as observation changes. All or nothing: one cell that cannot be
 * saved (not a number, a future month, …) refuses the whole action, naming every such cell.
 */
export function changesForWrites(model: GridModel, writes: readonly CellWrite[], figuresAt: (row: number, col: number) => Figures | null, latest: Period): CellWritesOutcome {
  const changes: ObservationChange[] = [];
  const problems: CellProblem[] = [];
  for (const { row, col, text } of writes) {
    const key = keyAt(model, row, col);
    const spec = model.rows[row];
    if (!key || !spec) continue;
    const reading = readFigureText(text, model.field, spec.indicator, key.period, latest);
    if (!reading.ok) {
      problems.push({ row, col, problem: reading.problem });
      continue;
    }
    const before = figuresAt(row, col);
    changes.push({ key, before, after: withField(before, model.field, reading.value) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, changes };
}
