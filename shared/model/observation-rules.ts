import type { Indicator } from './indicator';
import type { Period } from './period';

/**
 * The rules a figure of an observation obeys, on every path that writes or proposes one: the entry
 * screen, saveObservations, import and the brief's proposals. Hard problems block; soft warnings
 * (below) let the figure in, marked, with a reason note.
 */
export type ObservationField = 'value' | 'yoyPct';

/** What no published figure can be. */
export type HardRuleKind = 'negative-level' | 'growth-below-minus-100' | 'future-period';

export interface HardRuleProblem {
  kind: HardRuleKind;
  field: ObservationField | 'period';
  /** The refused figure or period, as the rule saw it. */
  found: string;
  /** What would have passed, in English, for the contract's problems and the command line. */
  expected: string;
  /** The rule in English, for the contract's problems and the command line. */
  message: string;
}

/** Levels of flows and stocks (output, investment, enterprises) cannot be negative; rates may be; no growth falls below −100%. */
export function figureProblem(
  field: ObservationField,
  value: number,
  indicator: Pick<Indicator, 'kind'>,
): HardRuleProblem | null {
  if (field === 'value' && value < 0 && indicator.kind !== 'rate') {
    return {
      kind: 'negative-level',
      field,
      found: String(value),
      expected: `0 or more: a ${indicator.kind} cannot be negative`,
      message: 'a negative level',
    };
  }
  if (field === 'yoyPct' && value < -100) {
    return {
      kind: 'growth-below-minus-100',
      field,
      found: String(value),
      expected: '−100 or more: a figure cannot fall by more than all of it',
      message: 'growth below −100%',
    };
  }
  return null;
}

/** A period after the current month cannot have been published. */
export function periodProblem(period: Period, latest: Period): HardRuleProblem | null {
  return period > latest
    ? {
        kind: 'future-period',
        field: 'period',
        found: period,
        expected: `${latest} or earlier`,
        message: 'a period in the future',
      }
    : null;
}

/** An observation's figures and period. */
export interface RuledObservation extends CheckedFigures {
  period: Period;
}

/**
 * Every hard problem of one observation: its period, then its level and growth. `indicator` is
 * undefined when the catalog lacks it (the caller reports that); the growth and period rules still hold.
 */
export function observationProblems(
  observation: RuledObservation,
  indicator: Pick<Indicator, 'kind'> | undefined,
  latest: Period,
): HardRuleProblem[] {
  const problems: HardRuleProblem[] = [];
  const period = periodProblem(observation.period, latest);
  if (period) problems.push(period);
  if (observation.value !== null && indicator) {
    const level = figureProblem('value', observation.value, indicator);
    if (level) problems.push(level);
  }
  if (observation.yoyPct !== null) {
    const growth = figureProblem('yoyPct', observation.yoyPct, { kind: 'rate' });
    if (growth) problems.push(growth);
  }
  return problems;
}

/** The two figures of an observation the checks read. */
export interface CheckedFigures {
  value: number | null;
  yoyPct: number | null;
}

/**
 * What may be entered but stays marked, with a reason note: a figure that looks wrong but may be
 * right. Every path reads the same checks: entry, save, import, the brief and the status rules.
 */
export type EntryWarningKind = 'implausible-yoy' | 'component-exceeds-parent' | 'components-exceed-parent';

export interface EntryWarning {
  kind: EntryWarningKind;
  found: number;
  /** The bound crossed: the plausible minimum or maximum, or the parent's value. */
  limit: number;
}

type Plausible = Pick<Indicator, 'plausibleYoyMin' | 'plausibleYoyMax'>;

/** The warning's bound in words, in English, for the contract's problems and the command line. */
export function plausibleRangeText(indicator: Plausible): string {
  const { plausibleYoyMin: min, plausibleYoyMax: max } = indicator;
  if (min !== null && max !== null) return `between ${min}% and ${max}%`;
  return min !== null ? `${min}% or more` : `${max}% or less`;
}

/** Growth outside the range set on the indicator (a jump that is more likely a typo than news). */
export function plausibilityWarning(indicator: Plausible, yoyPct: number | null): EntryWarning | null {
  if (yoyPct === null) return null;
  if (indicator.plausibleYoyMin !== null && yoyPct < indicator.plausibleYoyMin)
    return { kind: 'implausible-yoy', found: yoyPct, limit: indicator.plausibleYoyMin };
  if (indicator.plausibleYoyMax !== null && yoyPct > indicator.plausibleYoyMax)
    return { kind: 'implausible-yoy', found: yoyPct, limit: indicator.plausibleYoyMax };
  return null;
}

type Level = Pick<Indicator, 'id' | 'kind' | 'unit' | 'parentId'>;

/** A component is compared with its parent only where both are levels in the same unit. */
function comparable(component: Level, parent: Level): boolean {
  return component.kind !== 'rate' && parent.kind !== 'rate' && component.unit === parent.unit;
}

/**
 * Components inconsistent with their parent, same zone, period and basis: one component larger
 * than the parent, or components adding up to more than it. Components may overlap (new energy ⊃
 * photovoltaics), so this warns and never blocks.
 */
export function componentWarnings(
  indicator: Level,
  indicators: readonly Level[],
  figuresOf: (indicatorId: string) => CheckedFigures | null,
): EntryWarning[] {
  const warnings: EntryWarning[] = [];
  const own = figuresOf(indicator.id)?.value ?? null;
  if (own === null) return warnings;
  const parent = indicators.find((candidate) => candidate.id === indicator.parentId);
  const parentValue = parent && comparable(indicator, parent) ? (figuresOf(parent.id)?.value ?? null) : null;
  if (parentValue !== null && own > parentValue)
    warnings.push({ kind: 'component-exceeds-parent', found: own, limit: parentValue });
  const components = indicators.filter(
    (candidate) => candidate.parentId === indicator.id && comparable(candidate, indicator),
  );
  const values = components
    .map((component) => figuresOf(component.id)?.value ?? null)
    .filter((value): value is number => value !== null);
  const sum = values.reduce((total, value) => total + value, 0);
  if (values.length > 1 && sum > own) warnings.push({ kind: 'components-exceed-parent', found: sum, limit: own });
  return warnings;
}

/** Every soft warning of one observation: growth beyond the plausible range, then components against their parent. */
export function observationWarnings(
  indicator: Plausible & Level,
  indicators: readonly Level[],
  figuresOf: (indicatorId: string) => CheckedFigures | null,
): EntryWarning[] {
  const own = figuresOf(indicator.id);
  if (own === null) return [];
  const plausibility = plausibilityWarning(indicator, own.yoyPct);
  const components = componentWarnings(indicator, indicators, figuresOf);
  return plausibility ? [plausibility, ...components] : components;
}
