import type { Basis, ObservationKey } from '../../model';

/**
 * Keys packed per zone, indicator and basis (`bt|iav|ytd|2025-01,2025-02`): an import of 132,000
 * rows names a few thousand series, and its undo record stays small.
 */
export function packKeys(keys: Iterable<ObservationKey>): string[] {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const group = `${key.zoneId}|${key.indicatorId}|${key.basis}`;
    let periods = groups.get(group);
    if (!periods) groups.set(group, (periods = []));
    periods.push(key.period);
  }
  return [...groups].map(([group, periods]) => `${group}|${periods.join(',')}`);
}

export function unpackKeys(packed: readonly string[]): ObservationKey[] {
  const keys: ObservationKey[] = [];
  for (const entry of packed) {
    const [zoneId, indicatorId, basis, periods] = entry.split('|') as [string, string, Basis, string];
    for (const period of periods.split(',')) if (period) keys.push({ zoneId, indicatorId, period, basis });
  }
  return keys;
}
