import type { AppHandlers, DeleteOutcome } from '../api';
import { fail, ok, type Result } from '../api';
import { catalogProblem, type Catalog, type Indicator, type Zone } from '../model';
import type { AppPorts } from './ports';

type CatalogHandlers = Pick<
  AppHandlers,
  | 'listZones'
  | 'createZone'
  | 'updateZone'
  | 'deleteZone'
  | 'listIndicators'
  | 'createIndicator'
  | 'updateIndicator'
  | 'deleteIndicator'
>;

interface Entity {
  id: string;
}

/** Add or replace one entry of a catalog list; refuse duplicates on create and unknown ids on update. */
function upsertEntry<T extends Entity>(list: T[], entry: T, mode: 'create' | 'update', noun: string): Result<T[]> {
  const index = list.findIndex((item) => item.id === entry.id);
  if (mode === 'create' && index >= 0)
    return fail('conflict', `a ${noun} with id "${entry.id}" already exists`, {
      problems: [{ place: `${noun}.id`, found: entry.id, message: 'this id is taken' }],
    });
  if (mode === 'update' && index < 0) return fail('not_found', `no ${noun} with id "${entry.id}"`);
  const next = [...list];
  if (index >= 0) next[index] = entry;
  else next.push(entry);
  return ok(next);
}

export function createCatalogHandlers({ store }: AppPorts): CatalogHandlers {
  async function commitCatalog(catalog: Catalog): Promise<Result<Catalog>> {
    const problem = catalogProblem(catalog);
    if (problem) return fail('invalid', problem);
    await store.commit({ catalog });
    return ok(catalog);
  }

  async function saveZone(zone: Zone, mode: 'create' | 'update'): Promise<Result<Zone>> {
    const catalog = await store.readCatalog();
    const zones = upsertEntry(catalog.zones, zone, mode, 'zone');
    if (!zones.ok) return zones;
    const saved = await commitCatalog({ ...catalog, zones: zones.value });
    return saved.ok ? ok(zone) : saved;
  }

  async function saveIndicator(indicator: Indicator, mode: 'create' | 'update'): Promise<Result<Indicator>> {
    const catalog = await store.readCatalog();
    const indicators = upsertEntry(catalog.indicators, indicator, mode, 'indicator');
    if (!indicators.ok) return indicators;
    const saved = await commitCatalog({ ...catalog, indicators: indicators.value });
    return saved.ok ? ok(indicator) : saved;
  }

  /**
   * Delete a zone or an indicator. What still uses it (observations, zones benchmarking it,
   * component indicators) makes the call fail with `in_use` and the counts, unless confirmed;
   * then a backup is taken first and the references are cleared.
   */
  async function deleteEntry(kind: 'zone' | 'indicator', id: string, confirm: boolean): Promise<Result<DeleteOutcome>> {
    const catalog = await store.readCatalog();
    const list: Entity[] = kind === 'zone' ? catalog.zones : catalog.indicators;
    if (!list.some((entry) => entry.id === id)) return fail('not_found', `no ${kind} with id "${id}"`);
    const observations = await store.readObservations(kind === 'zone' ? { zoneIds: [id] } : { indicatorIds: [id] });
    const dependants =
      kind === 'zone'
        ? catalog.zones.filter((zone) => zone.benchmarkZoneId === id).length
        : catalog.indicators.filter((indicator) => indicator.parentId === id).length;
    const dependantsName = kind === 'zone' ? 'benchmarkOf' : 'children';
    const inUse = observations.length > 0 || dependants > 0;
    if (inUse && !confirm) {
      return fail(
        'in_use',
        `${kind} "${id}" has ${observations.length} observations and ${dependants} ${kind === 'zone' ? 'zones benchmarked on it' : 'component indicators'}`,
        {
          details: { observations: observations.length, [dependantsName]: dependants },
        },
      );
    }
    const backup = inUse
      ? await store.backup(kind === 'zone' ? { kind: 'delete-zone', id } : { kind: 'delete-indicator', id })
      : null;
    const next: Catalog =
      kind === 'zone'
        ? {
            ...catalog,
            zones: catalog.zones
              .filter((zone) => zone.id !== id)
              .map((zone) => (zone.benchmarkZoneId === id ? { ...zone, benchmarkZoneId: null } : zone)),
          }
        : {
            ...catalog,
            indicators: catalog.indicators
              .filter((indicator) => indicator.id !== id)
              .map((indicator) => (indicator.parentId === id ? { ...indicator, parentId: null } : indicator)),
          };
    await store.commit({ catalog: next, remove: observations });
    return ok({ deletedObservations: observations.length, backupId: backup?.id ?? null });
  }

  return {
    listZones: async () => ok((await store.readCatalog()).zones),
    createZone: ({ zone }) => saveZone(zone, 'create'),
    updateZone: ({ zone }) => saveZone(zone, 'update'),
    deleteZone: ({ id, confirm }) => deleteEntry('zone', id, confirm),
    listIndicators: async () => ok((await store.readCatalog()).indicators),
    createIndicator: ({ indicator }) => saveIndicator(indicator, 'create'),
    updateIndicator: ({ indicator }) => saveIndicator(indicator, 'update'),
    deleteIndicator: ({ id, confirm }) => deleteEntry('indicator', id, confirm),
  };
}
