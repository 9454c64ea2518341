import type { Indicator } from '../../../../shared/model';

export interface IndicatorLine {
  indicator: Indicator;
  depth: number;
}

/** Parents first, each followed by its components (indented by depth); the catalog's order otherwise. */
export function indicatorLines(indicators: readonly Indicator[]): IndicatorLine[] {
  const ids = new Set(indicators.map((indicator) => indicator.id));
  const children = new Map<string | null, Indicator[]>();
  for (const indicator of indicators) {
    const parent = indicator.parentId !== null && ids.has(indicator.parentId) ? indicator.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), indicator]);
  }
  const lines: IndicatorLine[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const indicator of children.get(parent) ?? []) {
      if (seen.has(indicator.id)) continue;
      seen.add(indicator.id);
      lines.push({ indicator, depth });
      visit(indicator.id, depth + 1);
    }
  };
  visit(null, 0);
  return lines;
}
