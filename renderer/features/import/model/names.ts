import type { ObservationKey } from '../../../../shared/model';

export interface Named {
  id: string;
  name: string;
  nameZh: string;
}

/** A zone's or indicator's name in the UI language; the id when it is not in the catalog. */
export function nameOf(items: readonly Named[], id: string, language: string): string {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return id;
  return (language === 'zh' ? item.nameZh : item.name) || item.name || item.nameZh || id;
}

/** One string per observation key, for maps of per-row choices. */
export function keyText(key: ObservationKey): string {
  return `${key.zoneId}|${key.indicatorId}|${key.period}|${key.basis}`;
}
