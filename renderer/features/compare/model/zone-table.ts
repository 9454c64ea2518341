import type { MetricRow } from '../../../../shared/metrics';
import type { Zone } from '../../../../shared/model';

export const ZONE_TABLE_FIELDS = ['value', 'yoyPct', 'gapPp', 'rank', 'streakMonths'] as const;
export type ZoneTableField = (typeof ZONE_TABLE_FIELDS)[number];

export type SortKey = { column: 'zone' } | { column: 'metric'; indicatorId: string; field: ZoneTableField };
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

export interface ZoneTableRow {
  zone: Zone;
  /** The zones this one is the benchmark of (a city average marked as such). */
  benchmarkOf: Zone[];
  cells: Record<string, MetricRow | undefined>;
}

/** One row per zone with figures at the period, its chosen indicators' rows side by side. */
export function zoneTableRows(
  zones: readonly Zone[],
  indicatorIds: readonly string[],
  rowsAtPeriod: readonly MetricRow[],
): ZoneTableRow[] {
  const byZone = new Map<string, Record<string, MetricRow>>();
  for (const row of rowsAtPeriod) {
    if (!indicatorIds.includes(row.indicatorId)) continue;
    const cells = byZone.get(row.zoneId) ?? {};
    cells[row.indicatorId] = row;
    byZone.set(row.zoneId, cells);
  }
  return zones
    .filter((zone) => byZone.has(zone.id))
    .map((zone) => ({
      zone,
      benchmarkOf: zones.filter((other) => other.benchmarkZoneId === zone.id),
      cells: byZone.get(zone.id)!,
    }));
}

function sortValue(row: ZoneTableRow, key: SortKey, zoneName: (zone: Zone) => string): string | number | null {
  if (key.column === 'zone') return zoneName(row.zone);
  return row.cells[key.indicatorId]?.[key.field] ?? null;
}

/** Sorted by one column; zones without a figure there go last in either direction. */
export function sortZoneTable(
  rows: readonly ZoneTableRow[],
  order: SortOrder,
  zoneName: (zone: Zone) => string,
): ZoneTableRow[] {
  const direction = order.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, order.key, zoneName);
    const y = sortValue(b, order.key, zoneName);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'string' || typeof y === 'string') return String(x).localeCompare(String(y)) * direction;
    return (x - y) * direction;
  });
}

/** Clicking a column sorts by it, high to low for figures (rank: 1 first); clicking again reverses. */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  const same = JSON.stringify(current.key) === JSON.stringify(key);
  if (same) return { key, descending: !current.descending };
  const ascendingFirst = key.column === 'zone' || (key.column === 'metric' && key.field === 'rank');
  return { key, descending: !ascendingFirst };
}
