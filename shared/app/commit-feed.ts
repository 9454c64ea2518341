import type { DatasetChange, DatasetStore, StoreCommitEvent } from './ports';

/** What happened to the dataset besides this process's commits: a restored backup, or another user's commit to a shared store (announced by zone). */
export type DatasetEvent = { kind: 'replaced' } | { kind: 'remote'; event: StoreCommitEvent };

/** Whoever keeps figures derived from the dataset (the metrics engine). */
export interface DatasetFollower {
  /**
   * A change handed to the store; what it returns runs once the change has landed (never when it
   * failed). It keeps only what it needs: an import's rows are not held beside the store's own copies.
   */
  committing(change: DatasetChange): () => void;
  onEvent(event: DatasetEvent): void;
}

/**
 * The store as the use cases see it, telling a follower about each change as it lands, so caches of
 * derived figures (the metrics engine) follow edits instead of re-reading the whole dataset. A shared
 * store's announcements of other users' commits reach the same follower, and its versions pass through.
 */
export function storeWithCommitFeed(store: DatasetStore, follower: DatasetFollower): DatasetStore {
  const fed: DatasetStore = {
    readCatalog: () => store.readCatalog(),
    readObservations: (query) => store.readObservations(query),
    readMeta: (name) => store.readMeta(name),
    // Not async: a suspended frame would keep `change` alive for as long as the store takes to write it.
    commit: (change) => {
      const landed = follower.committing(change);
      return store.commit(change).then(landed);
    },
    backup: (reason) => store.backup(reason),
    listBackups: () => store.listBackups(),
    restoreBackup: async (id) => {
      await store.restoreBackup(id);
      follower.onEvent({ kind: 'replaced' });
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
    subscribe((event) => follower.onEvent({ kind: 'remote', event }));
  }
  return fed;
}
