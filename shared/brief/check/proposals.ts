import { findIndicator, observationProblems, plausibilityWarning, type Catalog, type Period } from '../../model';
import type { MetricInput } from '../../metrics';
import { convertUnit } from '../../parse';
import type { BriefStatement } from '../types';
import type { StatementProblem } from './types';

export interface Proposed {
  proposal: MetricInput | null;
  problems: StatementProblem[];
}

/**
 * The observation a resolved statement proposes, its level converted to the indicator's unit, through
 * the observation rules every path applies: a refused figure proposes nothing, a warned one is marked.
 * `latest` (the current month) refuses a future period when the caller knows the date.
 */
export function proposalOf(
  statement: BriefStatement,
  zoneId: string | null,
  indicatorId: string | null,
  catalog: Catalog,
  latest?: Period,
): Proposed {
  if (zoneId === null || indicatorId === null) return { proposal: null, problems: [] };
  const indicator = findIndicator(catalog, indicatorId);
  const problems: StatementProblem[] = [];
  let value = statement.value;
  if (value !== null && statement.unit !== null && indicator && indicator.unit !== '') {
    const converted = convertUnit(value, statement.unit, indicator.unit);
    if (converted.ok) value = converted.value;
    else {
      problems.push({ kind: 'unit', from: statement.unit, to: indicator.unit });
      value = null;
    }
  }
  if (value === null && statement.yoyPct === null) return { proposal: null, problems };
  const refused = observationProblems(
    { period: statement.period, value, yoyPct: statement.yoyPct },
    indicator,
    latest ?? statement.period,
  );
  if (refused.length > 0)
    return {
      proposal: null,
      problems: [...problems, ...refused.map((problem) => ({ kind: 'refused' as const, problem }))],
    };
  const warning = indicator && plausibilityWarning(indicator, statement.yoyPct);
  if (warning) problems.push({ kind: 'warning', warning });
  return {
    proposal: {
      zoneId,
      indicatorId,
      period: statement.period,
      basis: statement.basis,
      value,
      yoyPct: statement.yoyPct,
    },
    problems,
  };
}

function keyOf(input: MetricInput): string {
  return `${input.zoneId}\u0000${input.indicatorId}\u0000${input.period}\u0000${input.basis}`;
}

/** A statement's proposal, and whether the brief only implies it (a benchmark's growth as yoy − gap). */
export interface ProposalEntry {
  proposal: MetricInput | null;
  derived: boolean;
}

/**
 * The store as it would be after committing the proposals: a stated figure replaces the stored one,
 * a figure the brief leaves out keeps the stored one, and a derived figure only fills a gap (else a
 * gap claim would agree with itself over a stored benchmark that says otherwise). Two statements of
 * one observation that differ keep the first and mark the later (`conflicts`: later → first index).
 */
export function mergeProposals(
  store: readonly MetricInput[],
  entries: readonly ProposalEntry[],
): { inputs: MetricInput[]; conflicts: Map<number, number> } {
  const merged = new Map<string, MetricInput>();
  for (const input of store) merged.set(keyOf(input), input);
  const firstBy = new Map<string, number>();
  const stated = new Map<string, MetricInput>();
  const conflicts = new Map<number, number>();
  entries.forEach(({ proposal, derived }, index) => {
    if (!proposal) return;
    const key = keyOf(proposal);
    const earlier = stated.get(key);
    if (earlier && (differs(earlier.value, proposal.value) || differs(earlier.yoyPct, proposal.yoyPct))) {
      conflicts.set(index, firstBy.get(key)!);
      return;
    }
    const combined = {
      ...proposal,
      value: earlier?.value ?? proposal.value,
      yoyPct: earlier?.yoyPct ?? proposal.yoyPct,
    };
    stated.set(key, combined);
    if (!firstBy.has(key)) firstBy.set(key, index);
    const base = merged.get(key);
    merged.set(
      key,
      derived
        ? { ...combined, value: base?.value ?? combined.value, yoyPct: base?.yoyPct ?? combined.yoyPct }
        : {
            ...combined,
            value: combined.value ?? base?.value ?? null,
            yoyPct: combined.yoyPct ?? base?.yoyPct ?? null,
          },
    );
  });
  return { inputs: [...merged.values()], conflicts };
}

function differs(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a !== b;
}
