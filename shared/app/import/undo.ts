import { fail, ok, type Result } from '../../api';
import type { UndoOutcome } from '../../api/import';
import { catalogProblem, observationKey, type Catalog, type Observation, type ObservationKey } from '../../model';
import type { AppPorts } from '../ports';
import { logWithoutImport, readImportLog, readUndoRecord, type UndoRecord } from './import-log';
import { unpackKeys } from './key-groups';

function zonesTouched(added: readonly ObservationKey[], record: UndoRecord): string[] {
  return [...new Set([...added.map((key) => key.zoneId), ...record.replaced.map((o) => o.zoneId)])];
}

/**
 * Observations the import wrote that were edited (or deleted) after it: undoing would lose those
 * edits. Every edit stamps the time and adds a revision, so either tells.
 */
function editedSince(
  added: readonly string[],
  record: UndoRecord,
  current: ReadonlyMap<string, Observation>,
): string[] {
  const edited: string[] = [];
  for (const key of added) {
    const now = current.get(key);
    if (now && (now.updatedAt !== record.at || now.history.length !== 0)) edited.push(key);
  }
  for (const before of record.replaced) {
    const key = observationKey(before);
    const now = current.get(key);
    if (!now || now.updatedAt !== record.at || now.history.length !== before.history.length + 1) edited.push(key);
  }
  return edited;
}

/**
 * The catalog without the entries the import created (unless data entered since still uses them)
 * and with the entries it replaced as they were.
 */
function catalogWithout(
  catalog: Catalog,
  record: UndoRecord,
  remaining: readonly Observation[],
): { catalog: Catalog; zonesRemoved: string[]; indicatorsRemoved: string[]; kept: string[] } {
  const usedZones = new Set(remaining.map((o) => o.zoneId));
  const usedIndicators = new Set(remaining.map((o) => o.indicatorId));
  const kept: string[] = [];
  const zonesRemoved = record.zonesCreated.filter((id) => {
    const inUse =
      usedZones.has(id) ||
      catalog.zones.some((zone) => zone.benchmarkZoneId === id && !record.zonesCreated.includes(zone.id));
    if (inUse) kept.push(id);
    return !inUse;
  });
  const indicatorsRemoved = record.indicatorsCreated.filter((id) => {
    const inUse =
      usedIndicators.has(id) ||
      catalog.indicators.some(
        (indicator) => indicator.parentId === id && !record.indicatorsCreated.includes(indicator.id),
      );
    if (inUse) kept.push(id);
    return !inUse;
  });
  const zoneBefore = new Map(record.zonesReplaced.map((zone) => [zone.id, zone]));
  const indicatorBefore = new Map(record.indicatorsReplaced.map((indicator) => [indicator.id, indicator]));
  return {
    catalog: {
      zones: catalog.zones
        .filter((zone) => !zonesRemoved.includes(zone.id))
        .map((zone) => zoneBefore.get(zone.id) ?? zone),
      indicators: catalog.indicators
        .filter((indicator) => !indicatorsRemoved.includes(indicator.id))
        .map((indicator) => indicatorBefore.get(indicator.id) ?? indicator),
    },
    zonesRemoved,
    indicatorsRemoved,
    kept,
  };
}

/** Undoes one import in one commit: its additions go, what it replaced comes back exactly. */
export async function undoImport(ports: AppPorts, importId: string, force: boolean): Promise<Result<UndoOutcome>> {
  const { store } = ports;
  const record = await readUndoRecord(store, importId);
  if (!record)
    return fail(
      'not_found',
      `import "${importId}" cannot be undone: it was undone already, or it is older than the imports kept for undo`,
    );
  const added = unpackKeys(record.added);
  const addedKeys = added.map(observationKey);
  const zoneIds = zonesTouched(added, record);
  const current = new Map<string, Observation>();
  const inZones = zoneIds.length > 0 ? await store.readObservations({ zoneIds }) : [];
  for (const observation of inZones) current.set(observationKey(observation), observation);
  const edited = editedSince(addedKeys, record, current);
  if (edited.length > 0 && !force) {
    return fail(
      'conflict',
      `${edited.length} figure${edited.length === 1 ? '' : 's'} of this import changed after it; undoing would discard those changes`,
      {
        details: { edited: edited.length },
        problems: edited.slice(0, 100).map((key) => ({ place: key, message: 'changed after the import' })),
      },
    );
  }
  const removing = new Set(addedKeys.filter((key) => current.has(key)));
  const remove = added.filter((key) => removing.has(observationKey(key)));
  const createdZones = new Set(record.zonesCreated);
  const createdIndicators = new Set(record.indicatorsCreated);
  const restoredKeys = new Set(record.replaced.map(observationKey));
  const remaining = [
    ...current.values(),
    ...(record.indicatorsCreated.length > 0
      ? await store.readObservations({ indicatorIds: record.indicatorsCreated })
      : []),
  ].filter(
    (o) =>
      (createdZones.has(o.zoneId) || createdIndicators.has(o.indicatorId)) &&
      !removing.has(observationKey(o)) &&
      !restoredKeys.has(observationKey(o)),
  );
  const restored = catalogWithout(await store.readCatalog(), record, remaining);
  const problem = catalogProblem(restored.catalog);
  if (problem) return fail('conflict', `the import cannot be undone: ${problem}`);
  const backup = await store.backup({ kind: 'undoing-import', importId });
  // Left out when the import changed no zone or indicator: a clerk may undo their own figures without the catalog's grant.
  const catalogChanged =
    restored.zonesRemoved.length + restored.indicatorsRemoved.length > 0 ||
    record.zonesReplaced.length + record.indicatorsReplaced.length > 0;
  await store.commit({
    ...(catalogChanged && { catalog: restored.catalog }),
    remove,
    upsert: record.replaced,
    meta: logWithoutImport(await readImportLog(store), importId),
  });
  return ok({
    importId,
    removed: remove.length,
    restored: record.replaced.length,
    zonesRemoved: restored.zonesRemoved,
    indicatorsRemoved: restored.indicatorsRemoved,
    kept: restored.kept,
    backupId: backup.id,
  });
}
