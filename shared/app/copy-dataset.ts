import type { BackupReason, CopyOutcome } from '../api';
import { observationKey } from '../model';
import type { DatasetStore } from './ports';

/**
 * Makes `to` hold exactly what `from` holds: the catalog, every observation with its history and
 * time stamps, and every document (entry statuses, deleted figures, the import log and its undo
 * records, saved mappings), in one commit after a backup of `to`. What `to` had beyond that is removed.
 */
export async function copyDataset(from: DatasetStore, to: DatasetStore, reason: BackupReason): Promise<CopyOutcome> {
  if (!from.listMeta || !to.listMeta) throw new Error('Both stores must list their documents to be copied exactly.');
  const [catalog, observations, names] = await Promise.all([
    from.readCatalog(),
    from.readObservations({}),
    from.listMeta(),
  ]);
  const meta: Record<string, unknown> = {};
  for (const name of names) meta[name] = await from.readMeta(name);
  const copied = new Set(observations.map(observationKey));
  const stale = (await to.readObservations({})).filter((observation) => !copied.has(observationKey(observation)));
  for (const name of await to.listMeta()) if (!(name in meta)) meta[name] = null;

  const backup = await to.backup(reason);
  await to.commit({ catalog, upsert: observations, remove: stale, meta });
  await to.flush();
  return {
    zones: catalog.zones.length,
    indicators: catalog.indicators.length,
    observations: observations.length,
    documents: names.length,
    backupId: backup.id,
  };
}
