import type { DatasetChange, DatasetStore } from './ports';

/** What happened to the dataset: a committed change, or a wholesale replacement (a restored backup). */
export type DatasetEvent = { kind: 'commit'; change: DatasetChange } | { kind: 'replaced' };

/**
 * The store as the use cases see it, telling a listener after each change has landed, so caches of
 * derived figures (the metrics engine) follow edits instead of re-reading the whole dataset.
 */
export function storeWithCommitFeed(store: DatasetStore, listener: (event: DatasetEvent) => void): DatasetStore {
  return {
    readCatalog: () => store.readCatalog(),
    readObservations: (query) => store.readObservations(query),
    readMeta: (name) => store.readMeta(name),
    commit: async (change) => {
      await store.commit(change);
      listener({ kind: 'commit', change });
    },
    backup: (reason) => store.backup(reason),
    listBackups: () => store.listBackups(),
    restoreBackup: async (id) => {
      await store.restoreBackup(id);
      listener({ kind: 'replaced' });
    },
    stats: () => store.stats(),
    notices: () => store.notices(),
    acceptDamaged: () => store.acceptDamaged(),
    flush: () => store.flush(),
  };
}
