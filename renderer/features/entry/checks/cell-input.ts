import type { Indicator, Period } from '../../../../shared/model';
import { parseNumber } from '../../../../shared/parse';
import type { FigureField } from '../session/figures';
import { figureProblem, periodProblem, type HardProblem } from './hard-checks';

export type CellReading = { ok: true; value: number | null } | { ok: false; problem: HardProblem };

/**
 * What a typed or pasted text means in a figure cell: a number in one of the published forms
 * (`15,300`, `14.8%`, `增长2.3倍`), `null` for "not published" (blank, `—`), or the hard problem
 * that blocks the cell.
 */
export function readFigureText(text: string, field: FigureField, indicator: Pick<Indicator, 'kind'>, period: Period, latest: Period): CellReading {
  const parsed = parseNumber(text);
  if (!parsed.ok) return { ok: false, problem: { kind: 'not-a-number', found: text.trim() } };
  if (parsed.value === null) return { ok: true, value: null };
  const problem = periodProblem(period, latest) ?? figureProblem(field, parsed.value, indicator);
  return problem ? { ok: false, problem } : { ok: true, value: parsed.value };
}
