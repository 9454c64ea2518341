import type { Zone } from '../../../../shared/model';
import { lengthProblem, NAME_MAX } from './checks';
import type { FieldErrors } from './field-errors';
import { aliasesText, namesFromDraft, validateNames, type NamedDraft } from './named-draft';

export const ZONE_FIELDS = ['id', 'name', 'nameZh', 'region', 'benchmarkZoneId'] as const;
export type ZoneField = (typeof ZONE_FIELDS)[number];

/** What the zone form holds: text as typed; '' stands for "no benchmark". */
export interface ZoneDraft extends NamedDraft {
  region: string;
  benchmarkZoneId: string;
}

export function emptyZoneDraft(): ZoneDraft {
  return { id: '', name: '', nameZh: '', region: '', benchmarkZoneId: '', aliases: '', idEdited: false };
}

export function draftFromZone(zone: Zone): ZoneDraft {
  return { ...zone, benchmarkZoneId: zone.benchmarkZoneId ?? '', aliases: aliasesText(zone), idEdited: true };
}

export function validateZoneDraft(draft: ZoneDraft): FieldErrors<ZoneField> {
  const errors: FieldErrors<ZoneField> = validateNames(draft);
  const region = lengthProblem(draft.region, NAME_MAX);
  if (region) errors.region = region;
  return errors;
}

export function zoneFromDraft(draft: ZoneDraft): Zone {
  return {
    ...namesFromDraft(draft),
    region: draft.region.trim(),
    benchmarkZoneId: draft.benchmarkZoneId === '' ? null : draft.benchmarkZoneId,
  };
}
