import type { Basis, ObservationKey } from '../../model';

/**
 * Keys packed per zone, indicator and basis (`bt|iav|ytd|2025-01,2025-02`): an import of 132,000
 * rows names a few thousand series, and its undo record stays small.
 */
export function packKeys(keys: Iterable<ObservationKey>): string[] {
  // Looked up by zone, indicator and basis in turn: no group text is made per key, only per group.
  const groups = new Map<string, Map<string, Map<Basis, string[]>>>();
  const inOrder: { group: string; periods: string[] }[] = [];
  // Keys come grouped by series: the last key's group is most often the next one's.
  let last: ObservationKey | undefined;
  let lastPeriods: string[] = [];
  for (const key of keys) {
    if (last && key.zoneId === last.zoneId && key.indicatorId === last.indicatorId && key.basis === last.basis) {
      lastPeriods.push(key.period);
      continue;
    }
    let byIndicator = groups.get(key.zoneId);
    if (!byIndicator) groups.set(key.zoneId, (byIndicator = new Map()));
    let byBasis = byIndicator.get(key.indicatorId);
    if (!byBasis) byIndicator.set(key.indicatorId, (byBasis = new Map()));
    let periods = byBasis.get(key.basis);
    if (!periods) {
      byBasis.set(key.basis, (periods = []));
      inOrder.push({ group: `${key.zoneId}|${key.indicatorId}|${key.basis}`, periods });
    }
    periods.push(key.period);
    last = key;
    lastPeriods = periods;
  }
  return inOrder.map(({ group, periods }) => `${group}|${periods.join(',')}`);
}

export function unpackKeys(packed: readonly string[]): ObservationKey[] {
  const keys: ObservationKey[] = [];
  for (const entry of packed) {
    const [zoneId, indicatorId, basis, periods] = entry.split('|') as [string, string, Basis, string];
    for (const period of periods.split(',')) if (period) keys.push({ zoneId, indicatorId, period, basis });
  }
  return keys;
}
