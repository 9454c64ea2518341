import type { Basis, Period } from '../model';

export type MetricWarningKind =
  /** Σ prior-year shares of one parent's components above 100 % (overlapping components?). */
  | 'component-shares-exceed-parent'
  /** Σ contributions of one parent's components above the parent's growth (+0.1 pp). */
  | 'contributions-exceed-parent-growth'
  /** A published growth more than 0.1 pp from the one computed from levels (normal at comparable prices). */
  | 'published-differs-from-computed';

/** A check shown to the user, never a refusal. `indicatorId` is the parent for component checks. */
export interface MetricWarning {
  kind: MetricWarningKind;
  zoneId: string;
  indicatorId: string;
  period: Period;
  basis: Basis;
  /** The components summed, for component checks; empty otherwise. */
  componentIds: string[];
  /** The figure checked (Σ shares in %, Σ contributions in pp, the published rate in %). */
  found: number;
  /** What it was checked against (100 %, the parent's growth, the computed rate). */
  expected: number;
  message: string;
}

/** How far a sum may run over before it is worth a warning: published figures carry one decimal. */
export const CHECK_TOLERANCE_PP = 0.1;
