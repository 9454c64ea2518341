import type { Indicator, Period } from '../../../../shared/model';
import type { FigureField } from '../session/figures';

/** What blocks a cell: a figure no publication can have. */
export type HardProblemKind = 'not-a-number' | 'unit-mismatch' | 'negative-output' | 'growth-below-minus-100' | 'future-period' | 'needs-figure';

export interface HardProblem {
  kind: HardProblemKind;
  /** The text or number that was refused, shown back to the user. */
  found: string;
  /** The indicator's unit, for a level written in a unit that cannot be converted to it. */
  unit?: string;
}

/** Levels of flows and stocks (output, investment, enterprises) cannot be negative; rates may be. */
export function figureProblem(field: FigureField, value: number, indicator: Pick<Indicator, 'kind'>): HardProblem | null {
  if (field === 'value' && value < 0 && indicator.kind !== 'rate') return { kind: 'negative-output', found: String(value) };
  if (field === 'yoyPct' && value < -100) return { kind: 'growth-below-minus-100', found: String(value) };
  return null;
}

/** A period after the current month cannot have been published. */
export function periodProblem(period: Period, latest: Period): HardProblem | null {
  return period > latest ? { kind: 'future-period', found: period } : null;
}
