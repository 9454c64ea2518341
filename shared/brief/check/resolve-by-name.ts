import type { Catalog } from '../../model';
import type { Resolve } from './types';

/** Phrases that name the brief's own zone: 全区, 该区, "the zone". */
const OWN_ZONE = /^(?:全区|该区|本区|我区|园区|全园区|the zone|the park|the district|the development zone)$/i;

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/**
 * The simplest resolver: a catalog id, English name or Chinese name exactly (case and spacing aside),
 * and the own-zone phrases for `defaultZoneId`. Aliases (issue 12 §3) build on this.
 */
export function resolveByName(catalog: Catalog, options: { defaultZoneId?: string } = {}): Resolve {
  const zones = new Map<string, string>();
  const indicators = new Map<string, string>();
  for (const zone of catalog.zones) for (const name of [zone.id, zone.name, zone.nameZh]) if (name.trim()) zones.set(key(name), zone.id);
  for (const indicator of catalog.indicators) for (const name of [indicator.id, indicator.name, indicator.nameZh]) if (name.trim()) indicators.set(key(name), indicator.id);
  return (phrase, kind) => {
    if (kind === 'zone' && options.defaultZoneId !== undefined && OWN_ZONE.test(phrase.trim())) return options.defaultZoneId;
    return (kind === 'zone' ? zones : indicators).get(key(phrase)) ?? null;
  };
}
