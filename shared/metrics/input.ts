import type { Basis, ObservationKey, Period } from '../model';

/** What the engine reads of an observation: its key and its two figures. */
export interface MetricInput {
  zoneId: string;
  indicatorId: string;
  period: Period;
  basis: Basis;
  value: number | null;
  /** The published YoY %. */
  yoyPct: number | null;
}

/** One edit of the dataset: observations entered or changed, and observations deleted. */
export interface MetricsChange {
  upsert?: readonly MetricInput[];
  remove?: readonly ObservationKey[];
}

/** Which rows (and warnings, marks) to give back; everything when empty. */
export interface MetricsSelection {
  zoneIds?: readonly string[];
  indicatorIds?: readonly string[];
  from?: Period;
  to?: Period;
  basis?: Basis;
}
