import type { Indicator } from './indicator';

/** The two figures of an observation the checks read. */
export interface CheckedFigures {
  value: number | null;
  yoyPct: number | null;
}

/**
 * What may be entered but stays marked, with a reason note: a figure that looks wrong but may be
 * right. The entry screens and the status rules (shared/app) read the same checks.
 */
export type EntryWarningKind = 'implausible-yoy' | 'component-exceeds-parent' | 'components-exceed-parent';

export interface EntryWarning {
  kind: EntryWarningKind;
  found: number;
  /** The bound crossed: the plausible minimum or maximum, or the parent's value. */
  limit: number;
}

type Plausible = Pick<Indicator, 'plausibleYoyMin' | 'plausibleYoyMax'>;

/** Growth outside the range set on the indicator (a jump that is more likely a typo than news). */
export function plausibilityWarning(indicator: Plausible, yoyPct: number | null): EntryWarning | null {
  if (yoyPct === null) return null;
  if (indicator.plausibleYoyMin !== null && yoyPct < indicator.plausibleYoyMin) return { kind: 'implausible-yoy', found: yoyPct, limit: indicator.plausibleYoyMin };
  if (indicator.plausibleYoyMax !== null && yoyPct > indicator.plausibleYoyMax) return { kind: 'implausible-yoy', found: yoyPct, limit: indicator.plausibleYoyMax };
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
export function componentWarnings(indicator: Level, indicators: readonly Level[], figuresOf: (indicatorId: string) => CheckedFigures | null): EntryWarning[] {
  const warnings: EntryWarning[] = [];
  const own = figuresOf(indicator.id)?.value ?? null;
  if (own === null) return warnings;
  const parent = indicators.find((candidate) => candidate.id === indicator.parentId);
  const parentValue = parent && comparable(indicator, parent) ? (figuresOf(parent.id)?.value ?? null) : null;
  if (parentValue !== null && own > parentValue) warnings.push({ kind: 'component-exceeds-parent', found: own, limit: parentValue });
  const components = indicators.filter((candidate) => candidate.parentId === indicator.id && comparable(candidate, indicator));
  const values = components.map((component) => figuresOf(component.id)?.value ?? null).filter((value): value is number => value !== null);
  const sum = values.reduce((total, value) => total + value, 0);
  if (values.length > 1 && sum > own) warnings.push({ kind: 'components-exceed-parent', found: sum, limit: own });
  return warnings;
}
