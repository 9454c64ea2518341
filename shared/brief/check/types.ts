import type { Basis, EntryWarning, HardRuleProblem, Period } from '../../model';
import type { MetricInput } from '../../metrics';
import type { BriefClaim, BriefStatement } from '../types';

/** Resolves a phrase as written (simplified Chinese or English) to a catalog id, or null. */
export type Resolve = (phrase: string, kind: 'zone' | 'indicator') => string | null;

export type ClaimVerdict = 'agrees' | 'disagrees' | 'cannot check';

/**
 * A figure a check needs and the data lacks, in words the renderer and the command line put in
 * their own language: which figure, of what.
 */
export interface MissingFigure {
  kind:
    | 'zone' /** `phrase` names no zone of the catalog */
    | 'indicator' /** `phrase` names no indicator of the catalog */
    | 'benchmark' /** the zone has no benchmark zone in the catalog */
    | 'parent' /** the indicator has no parent (or not the one `phrase` names) */
    | 'growth' /** the YoY % of zone × indicator × period × basis */
    | 'level' /** the value of zone × indicator × period × basis */
    | 'prior level' /** the value a year before `period` (entered, or implied by value and growth) */
    | 'threshold' /** what growth the streak counts is not said */
    | 'months' /** the growth of every month from `period` to `until` */
    | 'group'; /** the group ranked in (`phrase`) is not the zones the data ranks */
  zoneId?: string;
  indicatorId?: string;
  period?: Period;
  until?: Period;
  basis?: Basis;
  phrase?: string;
}

/** How the computed figure was obtained: operands and operators only, so any language can show it. */
export interface Arithmetic {
  /** `14.8 − 12.3`, `16.9 × 3,020 / 9,450`; null when the figure is read directly (a growth, a rank). */
  expression: string | null;
  computed: number;
  /** The computed figure at the published precision: what was compared. */
  rounded: number;
  published: number;
}

export interface CheckedClaim extends BriefClaim {
  check: ClaimVerdict;
  /** Full precision, as the metrics engine gives it. */
  computed: number | null;
  arithmetic: Arithmetic | null;
  missing: MissingFigure[];
}

export type StatementProblem =
  | { kind: 'unit'; from: string; to: string }
  /** The same observation stated differently by an earlier statement (its index), which is kept. */
  | { kind: 'conflict'; with: number }
  /** A figure the observation rules refuse (a negative level of a flow…): nothing is proposed. */
  | { kind: 'refused'; problem: HardRuleProblem }
  /** A figure the observation rules let in marked, as entry, save and import mark it. */
  | { kind: 'warning'; warning: EntryWarning };

export interface CheckedStatement extends Omit<BriefStatement, 'claims'> {
  zoneId: string | null;
  indicatorId: string | null;
  /** The observation the statement proposes (value in the indicator's unit), or null when unresolved. */
  proposal: MetricInput | null;
  problems: StatementProblem[];
  claims: CheckedClaim[];
}
