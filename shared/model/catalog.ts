import { z } from 'zod';
import { IndicatorSchema, type Indicator } from './indicator';
import { ZoneSchema, type Zone } from './zone';

/** Zones and indicators: the small part of a dataset that every screen needs. */
export const CatalogSchema = z.object({
  zones: z.array(ZoneSchema),
  indicators: z.array(IndicatorSchema),
});
export type Catalog = z.infer<typeof CatalogSchema>;

export const EMPTY_CATALOG: Catalog = { zones: [], indicators: [] };

/** Why a catalog is not consistent, or null: unknown benchmark/parent, self-references, cycles. */
export function catalogProblem(catalog: Catalog): string | null {
  const zoneIds = new Set<string>();
  for (const zone of catalog.zones) {
    if (zoneIds.has(zone.id)) return `zone id "${zone.id}" is used twice`;
    zoneIds.add(zone.id);
  }
  for (const zone of catalog.zones) {
    if (zone.benchmarkZoneId === null) continue;
    if (zone.benchmarkZoneId === zone.id) return `zone "${zone.id}" cannot be its own benchmark`;
    if (!zoneIds.has(zone.benchmarkZoneId))
      return `zone "${zone.id}" names an unknown benchmark "${zone.benchmarkZoneId}"`;
  }
  const parents = new Map<string, string | null>();
  for (const indicator of catalog.indicators) {
    if (parents.has(indicator.id)) return `indicator id "${indicator.id}" is used twice`;
    parents.set(indicator.id, indicator.parentId);
  }
  for (const indicator of catalog.indicators) {
    if (indicator.parentId !== null && !parents.has(indicator.parentId)) {
      return `indicator "${indicator.id}" names an unknown parent "${indicator.parentId}"`;
    }
    const seen = new Set<string>([indicator.id]);
    let next = indicator.parentId;
    while (next !== null && next !== undefined) {
      if (seen.has(next)) return `indicator "${indicator.id}" is its own ancestor`;
      seen.add(next);
      next = parents.get(next) ?? null;
    }
  }
  return null;
}

export function findZone(catalog: Catalog, id: string): Zone | undefined {
  return catalog.zones.find((zone) => zone.id === id);
}

export function findIndicator(catalog: Catalog, id: string): Indicator | undefined {
  return catalog.indicators.find((indicator) => indicator.id === id);
}
