import type { Indicator, Period } from '../../../../../shared/model';
import { convertUnit, parseNumber, parseQuantityPhrase, unitKey, unitScale } from '../../../../../shared/parse';
import type { FigureField } from '../session/figures';
import { ruleProblem, type HardProblem } from './hard-checks';

export type CellReading = { ok: true; value: number | null } | { ok: false; problem: HardProblem };

/**
 * What a typed or pasted text means in a figure cell: a number in one of the published forms
 * (`15,300`, `14.8%`, `增长2.3倍`), a level with its unit converted to the indicator's as import
 * does (`0.91万吨` into 吨 → 9,100), `null` for "not published" (blank, `—`), or the hard problem
 * that blocks the cell.
 */
export function readFigureText(
  text: string,
  field: FigureField,
  indicator: Pick<Indicator, 'kind' | 'unit'>,
  period: Period,
  latest: Period,
): CellReading {
  const parsed = parseNumber(text);
  if (!parsed.ok) return field === 'value' ? readQuantity(text, indicator, period, latest) : notANumber(text);
  if (parsed.value === null) return { ok: true, value: null };
  return checked(parsed.value, field, indicator, period, latest);
}

function notANumber(text: string): CellReading {
  return { ok: false, problem: { kind: 'not-a-number', found: text.trim() } };
}

/** `0.91万吨`: converted only between units on a known scale of one dimension, or the indicator's own unit. */
function readQuantity(
  text: string,
  indicator: Pick<Indicator, 'kind' | 'unit'>,
  period: Period,
  latest: Period,
): CellReading {
  const quantity = parseQuantityPhrase(text);
  if (!quantity.ok) return notANumber(text);
  const { value, unit } = quantity.value;
  const ownUnit = unitKey(unit) === unitKey(indicator.unit);
  // A word that is no unit (`12abc`) is no number; convertUnit would also pass any unit to an indicator without one.
  if (!ownUnit && (unitScale(unit) === null || unitKey(indicator.unit) === '')) return notANumber(text);
  const converted = convertUnit(value, unit, indicator.unit);
  if (!converted.ok) return { ok: false, problem: { kind: 'unit-mismatch', found: text.trim(), unit: indicator.unit } };
  return checked(converted.value, 'value', indicator, period, latest);
}

function checked(
  value: number,
  field: FigureField,
  indicator: Pick<Indicator, 'kind'>,
  period: Period,
  latest: Period,
): CellReading {
  const problem = ruleProblem(field, value, indicator, period, latest);
  return problem ? { ok: false, problem } : { ok: true, value };
}
