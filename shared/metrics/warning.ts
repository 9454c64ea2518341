import type { Basis, Period } from '../model';

export type MetricWarningKind =
  /** Σ prior-year shares of one parent's components above 100 % (overlapping components?). */
  | 'component-shares-exceed-parent'
  /** Σ contributions of one parent's components above the parent's growth (+0.1 pp). */
  | 'contributions-exceed-parent-growth'
  /** A published growth more than 0.1 pp from the one computed from levels (normal at comparable prices). */
  | 'published-differs-from-computed'
  /** The parent's prior-year level is zero or negative: its components get no contribution. */
  | 'parent-prior-not-positive';

/** One figure of a warning's sum: a component's prior-year share (%) or contribution (pp). */
export interface WarningTerm {
  indicatorId: string;
  figure: number;
}

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
  /** What it was checked against (100 %, the parent's growth, the computed rate, 0 for a prior). */
  expected: number;
  /** The figures that add up to `found`, one per component, for component sums; empty otherwise. */
  terms: WarningTerm[];
  message: string;
}

/** How far a sum may run over before it is worth a warning: published figures carry one decimal. */
export const CHECK_TOLERANCE_PP = 0.1;

/** Two decimals: enough to see why a sum 0.1 pp over is over, though the figures publish at one. */
export function warningFigure(value: number): string {
  return value.toFixed(2);
}

/** The arithmetic of a component sum, `a 6.00 + b 4.20 = 10.20`, with each indicator named by `nameOf`. */
export function sumText(terms: readonly WarningTerm[], sum: number, nameOf: (indicatorId: string) => string): string {
  const figures = terms.map((term) => `${nameOf(term.indicatorId)} ${warningFigure(term.figure)}`);
  return `${figures.join(' + ')} = ${warningFigure(sum)}`;
}
