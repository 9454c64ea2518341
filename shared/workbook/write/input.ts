import type { MetricRow } from '../../metrics/row';
import type { MetricWarning } from '../../metrics/warning';
import type { Basis, Catalog, Observation, Period } from '../../model';
import type { Language } from './language';
import type { MetricRows } from './sheets/metrics';

/** The bulletin of one zone and period, already written in the workbook's language. */
export interface HighlightBlock {
  zoneId: string;
  period: Period;
  basis: Basis;
  lines: string[];
}

/** What the user asked for, as the About sheet reports it. */
export interface ExportOptions {
  /** null: every period. */
  period: Period | null;
  /** null: both bases. */
  basis: Basis | null;
  /** null: every zone. */
  zoneIds: string[] | null;
  threshold: number;
  language: Language;
  /** `used`: only the observations the exported period's metrics are computed from; `all`: every one. */
  observations: 'used' | 'all';
}

/** Everything the comparison workbook shows; the use case selects and computes, the writer only lays out. */
export interface ComparisonWorkbookInput {
  catalog: Catalog;
  observations: Observation[];
  /** The `Metrics` rows, already limited to the options: an array, or rows made as they are written. */
  metrics: MetricRows;
  /**
   * The rows of the comparison period and basis, for `Comparison`, when the caller has them at hand;
   * else they are found in `metrics` (a whole pass over it).
   */
  comparisonRows?: readonly MetricRow[];
  highlights: HighlightBlock[];
  /** The consistency checks of the exported zones, periods and bases, listed in `About`; read once. */
  warnings: Iterable<MetricWarning>;
  /**
   * Published rates differing from the levels that were counted instead of being in `warnings`
   * (`About` only counts them); 0 when absent.
   */
  publishedDiffering?: number;
  /** The period and basis of the `Comparison` sheet (null period: the store has no data) and its zones, in column order. */
  comparison: { period: Period | null; basis: Basis; zoneIds: string[] };
  options: ExportOptions;
  application: { name: string; version: string };
  exportedAt: Date;
}
