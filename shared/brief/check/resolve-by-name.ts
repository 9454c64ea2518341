import { aliasesOf, type Catalog } from '../../model';
import type { Resolve } from './types';

/** Phrases that name the brief's own zone: 全区, 该区, "the zone". */
const OWN_ZONE = /^(?:全区|该区|本区|我区|园区|全园区|the zone|the park|the district|the development zone)$/i;

function key(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

/**
 * The catalog's resolver: an id, English name, Chinese name or alias exactly (case and spacing aside),
 * and the own-zone phrases for `defaultZoneId`. A phrase two entries share resolves to neither.
 */
export function resolveByName(catalog: Catalog, options: { defaultZoneId?: string } = {}): Resolve {
  const zones = new Map<string, string>();
  const indicators = new Map<string, string>();
  for (const zone of catalog.zones)
    for (const name of [zone.id, zone.name, zone.nameZh, ...aliasesOf(zone)]) remember(zones, name, zone.id);
  for (const indicator of catalog.indicators)
    for (const name of [indicator.id, indicator.name, indicator.nameZh, ...aliasesOf(indicator)])
      remember(indicators, name, indicator.id);
  return (phrase, kind) => {
    if (kind === 'zone' && options.defaultZoneId !== undefined && OWN_ZONE.test(phrase.trim()))
      return options.defaultZoneId;
    const found = (kind === 'zone' ? zones : indicators).get(key(phrase));
    return found === undefined || found === AMBIGUOUS ? null : found;
  };
}

const AMBIGUOUS = '\u0000ambiguous';

function remember(names: Map<string, string>, name: string, id: string): void {
  if (!name.trim()) return;
  const known = names.get(key(name));
  names.set(key(name), known === undefined || known === id ? id : AMBIGUOUS);
}
