import {
  figureProblem,
  periodProblem,
  type HardRuleKind,
  type HardRuleProblem,
  type Indicator,
  type Period,
} from '../../../../../shared/model';
import type { FigureField } from '../session/figures';

/** What blocks a cell: text that is no figure, or a figure the shared observation rules refuse. */
export type HardProblemKind = HardRuleKind | 'not-a-number' | 'unit-mismatch' | 'needs-figure';

export interface HardProblem {
  kind: HardProblemKind;
  /** The text or number that was refused, shown back to the user. */
  found: string;
  /** The indicator's unit, for a level written in a unit that cannot be converted to it. */
  unit?: string;
}

/** The period and figure of a cell through the rules every path applies (shared/model/observation-rules.ts). */
export function ruleProblem(
  field: FigureField,
  value: number,
  indicator: Pick<Indicator, 'kind'>,
  period: Period,
  latest: Period,
): HardProblem | null {
  const problem = periodProblem(period, latest) ?? figureProblem(field, value, indicator);
  return problem ? cellProblem(problem) : null;
}

function cellProblem({ kind, found }: HardRuleProblem): HardProblem {
  return { kind, found };
}
