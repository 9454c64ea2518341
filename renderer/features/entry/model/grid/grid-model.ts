import type { Basis, Indicator, ObservationKey, Period, Zone } from '../../../../../shared/model';
import type { FigureField } from '../session/figures';
import { indicatorLines } from '../indicator-order';
import { monthsOf } from '../periods';

export type GridMode = 'indicators' | 'zones';

/** One grid row: an indicator of one zone, or one zone for one indicator. */
export interface GridRowSpec {
  id: string;
  zone: Zone;
  indicator: Indicator;
  /** Indent of a component under its parent (indicator rows only). */
  depth: number;
}

/** What the grid shows: rows × the twelve months of a year, one figure of one basis. */
export interface GridModel {
  mode: GridMode;
  rows: GridRowSpec[];
  periods: Period[];
  basis: Basis;
  field: FigureField;
}

export interface GridChoice {
  mode: GridMode;
  zoneId: string;
  indicatorId: string;
  year: number;
  basis: Basis;
  field: FigureField;
}

export function buildGridModel(
  choice: GridChoice,
  zones: readonly Zone[],
  indicators: readonly Indicator[],
): GridModel {
  const periods = monthsOf(choice.year);
  const base = { mode: choice.mode, periods, basis: choice.basis, field: choice.field };
  if (choice.mode === 'indicators') {
    const zone = zones.find((candidate) => candidate.id === choice.zoneId);
    if (!zone) return { ...base, rows: [] };
    return {
      ...base,
      rows: indicatorLines(indicators).map(({ indicator, depth }) => ({ id: indicator.id, zone, indicator, depth })),
    };
  }
  const indicator = indicators.find((candidate) => candidate.id === choice.indicatorId);
  if (!indicator) return { ...base, rows: [] };
  return { ...base, rows: zones.map((zone) => ({ id: zone.id, zone, indicator, depth: 0 })) };
}

export function keyAt(model: GridModel, row: number, col: number): ObservationKey | null {
  const spec = model.rows[row];
  const period = model.periods[col];
  if (!spec || !period) return null;
  return { zoneId: spec.zone.id, indicatorId: spec.indicator.id, period, basis: model.basis };
}
