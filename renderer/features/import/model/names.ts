import type { ObservationKey } from '../../../../shared/model';

/** One string per observation key, for maps of per-row choices. */
export function keyText(key: ObservationKey): string {
  return `${key.zoneId}|${key.indicatorId}|${key.period}|${key.basis}`;
}
