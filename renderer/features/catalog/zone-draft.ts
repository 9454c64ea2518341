import { idFromName, type Zone } from '../../../shared/model';
import { idProblem, lengthProblem, NAME_MAX, requiredNameProblem } from './checks';
import type { FieldErrors } from './field-errors';

export const ZONE_FIELDS = ['id', 'name', 'nameZh', 'region', 'benchmarkZoneId'] as const;
export type ZoneField = (typeof ZONE_FIELDS)[number];

/** What the zone form holds: text as typed; '' stands for "no benchmark". */
export interface ZoneDraft {
  id: string;
  name: string;
  nameZh: string;
  region: string;
  benchmarkZoneId: string;
  /** Once the user types an id, the English name no longer rewrites it. */
  idEdited: boolean;
}

export function emptyZoneDraft(): ZoneDraft {
  return { id: '', name: '', nameZh: '', region: '', benchmarkZoneId: '', idEdited: false };
}

export function draftFromZone(zone: Zone): ZoneDraft {
  return { ...zone, benchmarkZoneId: zone.benchmarkZoneId ?? '', idEdited: true };
}

/** Sets the English name; on a new zone whose id the user left alone, the id follows the name. */
export function withZoneName(draft: ZoneDraft, name: string): ZoneDraft {
  return { ...draft, name, id: draft.idEdited ? draft.id : idFromName(name) };
}

export function validateZoneDraft(draft: ZoneDraft): FieldErrors<ZoneField> {
  const errors: FieldErrors<ZoneField> = {};
  const id = idProblem(draft.id);
  if (id) errors.id = id;
  const name = requiredNameProblem(draft.name);
  if (name) errors.name = name;
  const nameZh = lengthProblem(draft.nameZh, NAME_MAX);
  if (nameZh) errors.nameZh = nameZh;
  const region = lengthProblem(draft.region, NAME_MAX);
  if (region) errors.region = region;
  return errors;
}

export function zoneFromDraft(draft: ZoneDraft): Zone {
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    nameZh: draft.nameZh.trim(),
    region: draft.region.trim(),
    benchmarkZoneId: draft.benchmarkZoneId === '' ? null : draft.benchmarkZoneId,
  };
}
