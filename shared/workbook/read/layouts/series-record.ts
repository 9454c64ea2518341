import type { Basis, Period } from '../../../model';
import { growthFromIndex, parseNumber, type SeriesName } from '../../../parse';
import type { ObservationField } from '../fields';
import type { SheetGrid, SheetProblem } from '../grid';
import { cellPlace } from '../places';
import type { GivenValue, SourceRow } from '../source-row';

/** Everything a figure of a series table needs besides its cell: each with where it was read. */
export interface FigureContext {
  series: Pick<SeriesName, 'measure' | 'indexBase'>;
  indicator: GivenValue;
  period: Period;
  basis: Basis;
  /** The header cell that gave the period and basis. */
  periodPlace: string;
  zone?: GivenValue;
  unit?: GivenValue;
}

/**
 * One observation from one figure cell. A plain figure is a column of its row (the pipeline parses
 * it as any cell); an index is given as its growth, index − base, with the cell it came from.
 */
export function figureRecord(
  grid: SheetGrid,
  row: number,
  column: number,
  context: FigureContext,
): SourceRow<ObservationField> | SheetProblem {
  const cells = grid.rows[row] ?? [];
  const given: Partial<Record<ObservationField, GivenValue>> = {
    indicator: context.indicator,
    period: { value: context.period, place: context.periodPlace },
    basis: { value: context.basis, place: context.periodPlace },
  };
  if (context.zone) given.zone = context.zone;
  if (context.unit && context.series.measure === 'value') given.unit = context.unit;
  const record: SourceRow<ObservationField> = { sheet: grid.name, row, cells, columns: {}, given };
  if (context.series.indexBase === null) {
    record.columns[context.series.measure === 'yoy' ? 'yoy_pct' : 'value'] = column;
    return record;
  }
  const place = cellPlace(grid.name, row, column);
  const index = parseNumber(cells[column] ?? null);
  if (!index.ok || index.value === null) {
    return {
      severity: 'error',
      place,
      found: String(cells[column] ?? ''),
      message: 'an index that is not a number',
      expected: 'an index such as 103.6 (上年同月=100)',
    };
  }
  given.yoy_pct = { value: growthFromIndex(index.value, context.series.indexBase), place, cell: { row, column } };
  return record;
}

export function isRecord(result: SourceRow<ObservationField> | SheetProblem): result is SourceRow<ObservationField> {
  return 'cells' in result;
}
