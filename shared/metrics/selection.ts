import { BASES, type Basis } from '../model';
import { periodPosition } from './dataset';
import type { MetricsSelection } from './input';
import type { Layout } from './layout';
import type { MetricWarning } from './warning';

/** A selection resolved against the layout: positions to visit, in catalog order. */
export interface ResolvedSelection {
  zones: number[];
  indicators: number[];
  bases: readonly Basis[];
  /** First and last position in the span, inclusive. */
  first: number;
  last: number;
}

function positions(ids: readonly string[] | undefined, index: ReadonlyMap<string, number>, size: number): number[] {
  if (!ids) return Array.from({ length: size }, (_, position) => position);
  return [...new Set(ids.flatMap((id) => index.get(id) ?? []))].sort((a, b) => a - b);
}

export function resolveSelection(layout: Layout, selection: MetricsSelection = {}): ResolvedSelection {
  const cache = new Map<string, number>();
  const first = selection.from ? Math.max(0, periodPosition(selection.from, cache) - layout.start) : 0;
  const last = selection.to
    ? Math.min(layout.length - 1, periodPosition(selection.to, cache) - layout.start)
    : layout.length - 1;
  return {
    zones: positions(selection.zoneIds, layout.zoneIndex, layout.zones.length),
    indicators: positions(selection.indicatorIds, layout.indicatorIndex, layout.indicators.length),
    bases: selection.basis ? [selection.basis] : BASES,
    first,
    last,
  };
}

/** A component check belongs to a selection naming the parent or any of its components. */
export function warningSelected(warning: MetricWarning, selection: MetricsSelection): boolean {
  if (selection.zoneIds && !selection.zoneIds.includes(warning.zoneId)) return false;
  if (selection.basis && selection.basis !== warning.basis) return false;
  if (selection.from && warning.period < selection.from) return false;
  if (selection.to && warning.period > selection.to) return false;
  const indicators = selection.indicatorIds;
  return (
    !indicators ||
    indicators.includes(warning.indicatorId) ||
    warning.componentIds.some((id) => indicators.includes(id))
  );
}
