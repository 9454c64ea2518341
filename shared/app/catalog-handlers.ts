import type { AppHandlers, DeleteOutcome } from '../api';
import { fail, ok, type Result } from '../api';
import { catalogProblem, type Catalog, type Indicator, type Zone } from '../model';
import type { AppPorts } from './ports';

type CatalogHandlers = Pick<
  AppHandlers,
  'listZones' | 'createZone' | 'updateZone' | 'deleteZone' | 'listIndicators' | 'createIndicator' | 'updateIndicator' | 'deleteIndicator'
>;

interface Entity {
  id: string;
}

/** Add or replace one entry of a catalog list; refuse duplicates on create and unknown ids on update. */
function upsertEntry<T extends Entity>(list: T[], entry: T, mode: 'create' | 'update', noun: string): Result<T[]> {
  const index = list.findIndex((item) => item.id === entry.id);
  if (mode === 'create' && index >= 0) return fail('conflict', `a ${noun} with id "${entry.id}" already exists`, { problems: [{ place: `${noun}.id`, found: entry.id, message: 'this id is taken' }] });
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

  async function deleteZone({ id, confirm }: { id: string; confirm: boolean }): Promise<Result<DeleteOutcome>> {
    const catalog = await store.readCatalog();
    if (!catalog.zones.some((zone) => zone.id === id)) return fail('not_found', `no zone with id "${id}"`);
    const observations = await store.readObservations({ zoneIds: [id] });
    const benchmarkOf = catalog.zones.filter((zone) => zone.benchmarkZoneId === id).length;
    if ((observations.length > 0 || benchmarkOf > 0) && !confirm) {
      return fail('in_use', `zone "${id}" has ${observations.length} observations and is the benchmark of ${benchmarkOf} zones`, {
        details: { observations: observations.length, benchmarkOf },
      });
    }
    const backup = observations.length > 0 || benchmarkOf > 0 ? await store.backup(`delete zone ${id}`) : null;
    const zones = catalog.zones
      .filter((zone) => zone.id !== id)
      .map((zone) => (zone.benchmarkZoneId === id ? { ...zone, benchmarkZoneId: null } : zone));
    await store.commit({ catalog: { ...catalog, zones }, remove: observations });
    return ok({ deletedObservations: observations.length, backupId: backup?.id ?? null });
  }

  async function deleteIndicator({ id, confirm }: { id: string; confirm: boolean }): Promise<Result<DeleteOutcome>> {
    const catalog = await store.readCatalog();
    if (!catalog.indicators.some((indicator) => indicator.id === id)) return fail('not_found', `no indicator with id "${id}"`);
    const observations = await store.readObservations({ indicatorIds: [id] });
    const children = catalog.indicators.filter((indicator) => indicator.parentId === id).length;
    if ((observations.length > 0 || children > 0) && !confirm) {
      return fail('in_use', `indicator "${id}" has ${observations.length} observations and ${children} component indicators`, {
        details: { observations: observations.length, children },
      });
    }
    const backup = observations.length > 0 || children > 0 ? await store.backup(`delete indicator ${id}`) : null;
    const indicators = catalog.indicators
      .filter((indicator) => indicator.id !== id)
      .map((indicator) => (indicator.parentId === id ? { ...indicator, parentId: null } : indicator));
    await store.commit({ catalog: { ...catalog, indicators }, remove: observations });
    return ok({ deletedObservations: observations.length, backupId: backup?.id ?? null });
  }

  return {
    listZones: async () => ok((await store.readCatalog()).zones),
    createZone: ({ zone }) => saveZone(zone, 'create'),
    updateZone: ({ zone }) => saveZone(zone, 'update'),
    deleteZone,
    listIndicators: async () => ok((await store.readCatalog()).indicators),
    createIndicator: ({ indicator }) => saveIndicator(indicator, 'create'),
    updateIndicator: ({ indicator }) => saveIndicator(indicator, 'update'),
    deleteIndicator,
  };
}
