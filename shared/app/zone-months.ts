import { addMonths, type ObservationKey, type Period } from '../model';

/**
 * The zone-months a commit changed, as its announcement carries them: zone → its months, a run of
 * consecutive months written `first/last`, so a year's import of a hundred zones stays a few KB
 * (PostgreSQL refuses a notification of 8,000 bytes or more).
 */
export type ZoneMonths = Record<string, string[]>;

export function encodeZoneMonths(keys: readonly Pick<ObservationKey, 'zoneId' | 'period'>[]): ZoneMonths {
  const byZone = new Map<string, Set<Period>>();
  for (const { zoneId, period } of keys) {
    let periods = byZone.get(zoneId);
    if (!periods) byZone.set(zoneId, (periods = new Set()));
    periods.add(period);
  }
  const encoded: ZoneMonths = {};
  for (const zoneId of [...byZone.keys()].sort()) {
    const runs: string[] = [];
    const periods = [...byZone.get(zoneId)!].sort();
    for (let start = 0; start < periods.length;) {
      let end = start;
      while (end + 1 < periods.length && periods[end + 1] === addMonths(periods[end]!, 1)) end++;
      runs.push(end === start ? periods[start]! : `${periods[start]}/${periods[end]}`);
      start = end + 1;
    }
    encoded[zoneId] = runs;
  }
  return encoded;
}

/** Zone → the months of each run, in order. */
export function expandZoneMonths(encoded: ZoneMonths): Map<string, Period[]> {
  const expanded = new Map<string, Period[]>();
  for (const [zoneId, runs] of Object.entries(encoded)) {
    const periods: Period[] = [];
    for (const run of runs) {
      const [first, last = first] = run.split('/') as [Period, Period?];
      for (let period = first; period <= last; period = addMonths(period, 1)) periods.push(period);
    }
    expanded.set(zoneId, periods);
  }
  return expanded;
}
