import type { Indicator } from '../../../../shared/model';

/** Every indicator below `id` (its components, theirs, …): none of them may become its parent. */
export function descendantIds(indicators: readonly Indicator[], id: string): Set<string> {
  const found = new Set<string>();
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const indicator of indicators) {
      if (indicator.parentId !== null && frontier.includes(indicator.parentId) && !found.has(indicator.id)) {
        found.add(indicator.id);
        next.push(indicator.id);
      }
    }
    frontier = next;
  }
  return found;
}

/** Parents first, each followed by its components, indented by depth; the stored order otherwise. */
export function indicatorTree(indicators: readonly Indicator[]): { indicator: Indicator; depth: number }[] {
  const ids = new Set(indicators.map((indicator) => indicator.id));
  const children = new Map<string | null, Indicator[]>();
  for (const indicator of indicators) {
    const parent = indicator.parentId !== null && ids.has(indicator.parentId) ? indicator.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), indicator]);
  }
  const rows: { indicator: Indicator; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const indicator of children.get(parent) ?? []) {
      rows.push({ indicator, depth });
      if (depth < 20) visit(indicator.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}
