import { formatNumber, type MetricRow, type MetricsEngine } from '../../metrics';
import type { Basis, Catalog, Period } from '../../model';
import type { MissingFigure, Resolve } from './types';

/** What a claim is checked against: its statement's resolved subject, and the data as if committed. */
export interface ClaimSubject {
  zoneId: string;
  indicatorId: string;
  period: Period;
  basis: Basis;
  catalog: Catalog;
  resolve: Resolve;
  engine: MetricsEngine;
  /** The engine counting streaks at another threshold. */
  engineAt(threshold: number): MetricsEngine;
}

/** The computed figure with how it was obtained, and what the data lacks to be sure of it. */
export interface Computed {
  computed: number | null;
  expression: string | null;
  missing: MissingFigure[];
}

/** A growth or points figure in an expression, at the one decimal it is published with. */
export const rate = (value: number) => formatNumber(value, 1);
/** Cannot be computed, for want of these figures. */
export const none = (...missing: MissingFigure[]): Computed => ({ computed: null, expression: null, missing });

export function rowOf(
  subject: ClaimSubject,
  zoneId: string,
  indicatorId: string,
  period = subject.period,
  engine = subject.engine,
): MetricRow | null {
  return engine.row({ zoneId, indicatorId, period, basis: subject.basis });
}

/** A growth, or the figure saying it is missing. */
export function growthOf(
  subject: ClaimSubject,
  zoneId: string,
  indicatorId: string,
  period = subject.period,
): number | MissingFigure {
  const growth = rowOf(subject, zoneId, indicatorId, period)?.yoyPct ?? null;
  return growth ?? { kind: 'growth', zoneId, indicatorId, period, basis: subject.basis };
}
