import type { Catalog, Period } from '../../model';
import { createMetricsEngine, roundTo, type MetricInput, type MetricsEngine } from '../../metrics';
import type { BriefClaim, BriefStatement } from '../types';
import { computeClaim, type ClaimSubject, type Computed } from './claim-figures';
import { mergeProposals, proposalOf } from './proposals';
import type { CheckedClaim, CheckedStatement, MissingFigure, Resolve } from './types';

export interface CheckOptions {
  /** The streak threshold of the user's settings, for claims that do not say theirs. */
  threshold?: number;
  /** The current month: a statement of a later one proposes nothing. */
  latest?: Period;
}

/**
 * Checks every claim of a read brief (docs/briefs.md §2) against what the metrics engine computes from
 * the store's observations plus the ones the brief proposes, as if they were committed.
 */
export function checkClaims(
  statements: readonly BriefStatement[],
  catalog: Catalog,
  observations: readonly MetricInput[],
  resolve: Resolve,
  options: CheckOptions = {},
): CheckedStatement[] {
  const resolved = statements.map((statement) => ({
    zoneId: statement.zone === null ? null : resolve(statement.zone, 'zone'),
    indicatorId: statement.indicator === null ? null : resolve(statement.indicator, 'indicator'),
  }));
  const proposed = statements.map((statement, index) =>
    proposalOf(statement, resolved[index]!.zoneId, resolved[index]!.indicatorId, catalog, options.latest),
  );
  const { inputs, conflicts } = mergeProposals(
    observations,
    proposed.map((entry, index) => ({ proposal: entry.proposal, derived: statements[index]!.derived })),
  );
  const engine = createMetricsEngine(
    catalog,
    inputs,
    options.threshold === undefined ? {} : { threshold: options.threshold },
  );
  const engines = new Map<number, MetricsEngine>([[engine.threshold, engine]]);
  const engineAt = (threshold: number) => {
    let found = engines.get(threshold);
    if (!found) engines.set(threshold, (found = createMetricsEngine(catalog, inputs, { threshold })));
    return found;
  };

  return statements.map((statement, index) => {
    const { zoneId, indicatorId } = resolved[index]!;
    const { proposal, problems } = proposed[index]!;
    const conflict = conflicts.get(index);
    const subject: ClaimSubject | null =
      zoneId === null || indicatorId === null
        ? null
        : { zoneId, indicatorId, period: statement.period, basis: statement.basis, catalog, resolve, engine, engineAt };
    const unresolved: MissingFigure[] = [];
    if (zoneId === null) unresolved.push({ kind: 'zone', phrase: statement.zone ?? '' });
    if (indicatorId === null) unresolved.push({ kind: 'indicator', phrase: statement.indicator ?? '' });
    return {
      ...statement,
      zoneId,
      indicatorId,
      value: proposal?.value ?? statement.value,
      unit:
        proposal && proposal.value !== null
          ? catalog.indicators.find((indicator) => indicator.id === indicatorId)?.unit || statement.unit
          : statement.unit,
      proposal: conflict === undefined ? proposal : null,
      problems: conflict === undefined ? problems : [...problems, { kind: 'conflict', with: conflict }],
      claims: statement.claims.map((claim) =>
        verdict(
          claim,
          subject ? computeClaim(claim, subject) : { computed: null, expression: null, missing: unresolved },
        ),
      ),
    };
  });
}

/** agrees when the computed figure, rounded as the brief rounds, is the published one (docs/briefs.md §2). */
function verdict(claim: BriefClaim, { computed, expression, missing }: Computed): CheckedClaim {
  if (computed === null || missing.length > 0)
    return { ...claim, check: 'cannot check', computed, arithmetic: null, missing };
  const rounded = roundAt(computed, claim.decimals);
  const check = rounded === claim.figure ? 'agrees' : 'disagrees';
  return {
    ...claim,
    check,
    computed,
    arithmetic: { expression, computed, rounded, published: claim.figure },
    missing: [],
  };
}

/** Rounding at a precision coarser than units too: 增长2.3倍 is published to the nearest 10 % (−1). */
function roundAt(value: number, decimals: number): number {
  if (decimals >= 0) return roundTo(value, decimals);
  const step = 10 ** -decimals;
  return roundTo(value / step, 0) * step;
}
