import type { DatasetChange, DatasetStore, StoreCommitEvent } from './ports';

/**
 * What happened to the dataset: a committed change, a wholesale replacement (a restored backup), or
 * another user's commit to a shared store (announced by zone, not figure by figure).
 */
export type DatasetEvent =
  { kind: 'commit'; change: DatasetChange } | { kind: 'replaced' } | { kind: 'remote'; event: StoreCommitEvent };

/**
 * The store as the use cases see it, telling a listener after each change has landed, so caches of
 * derived figures (the metrics engine) follow edits instead of re-reading the whole dataset. A shared
 * store's announcements of other users' commits reach the same listener, and its versions pass through.
 */
export function storeWithCommitFeed(store: DatasetStore, listener: (event: DatasetEvent) => void): DatasetStore {
  const fed: DatasetStore = {
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
  if (store.readAuthors) fed.readAuthors = store.readAuthors.bind(store);
  if (store.readRevisions) fed.readRevisions = store.readRevisions.bind(store);
  if (store.listMeta) fed.listMeta = store.listMeta.bind(store);
  if (store.readVersions) fed.readVersions = store.readVersions.bind(store);
  if (store.subscribe) {
    const subscribe = store.subscribe.bind(store);
    fed.subscribe = (other) => subscribe(other);
    subscribe((event) => listener({ kind: 'remote', event }));
  }
  return fed;
}
