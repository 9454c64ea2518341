import { createMetricsEngine, type MetricsEngine } from '../metrics';
import type { DatasetFollower } from './commit-feed';
import type { DatasetStore, StoreCommitEvent } from './ports';
import { readRemoteChange } from './remote-metrics-change';

export interface MetricsCache extends DatasetFollower {
  /** The engine over the whole dataset, built on first use and kept current through commits. */
  engine(threshold: number): Promise<MetricsEngine>;
}

/**
 * Growth needs t−12, contributions the parent, gaps the benchmark and ranks every zone, so the
 * engine holds the whole dataset. Building it reads everything; an edit after that recomputes only
 * what depends on it, whether it was made here or by another user of a shared store (whose commit
 * is announced by zone-month: those are read back and applied the same way). A catalog change, a
 * restored backup, or another user's commit too large to list its months rebuilds on the next call.
 */
export function createMetricsCache(store: DatasetStore): MetricsCache {
  let current: MetricsEngine | null = null;
  /** Bumped by every event, so a build that raced with a commit is not kept stale. */
  let generation = 0;

  async function build(threshold: number): Promise<MetricsEngine> {
    const startedAt = generation;
    const [catalog, observations] = await Promise.all([store.readCatalog(), store.readObservations({})]);
    const built = createMetricsEngine(catalog, observations, { threshold });
    if (startedAt === generation) current = built;
    return built;
  }

  /** Other users' commits being read back, in the order they were announced; engine() waits for them. */
  let following: Promise<void> = Promise.resolve();

  async function followRemote(event: StoreCommitEvent): Promise<void> {
    for (;;) {
      const engine = current;
      if (!engine) return;
      const startedAt = generation;
      const change = await readRemoteChange(store, engine.catalog, event);
      if (current !== engine) return;
      if (change === null) {
        current = null;
        return;
      }
      // Another change landed while this one was read: what was read may predate it, so read again.
      if (startedAt !== generation) continue;
      if (change.upsert?.length || change.remove?.length) engine.apply(change);
      return;
    }
  }

  return {
    async engine(threshold) {
      await following;
      const engine = current ?? (await build(threshold));
      if (engine.threshold !== threshold) engine.setThreshold(threshold);
      return engine;
    },
    committing(change) {
      const built = current;
      const rebuild = change.catalog !== undefined;
      const { upsert = [], remove = [] } = change;
      // Without an engine there is nothing to keep current, so nothing of the change is held.
      const edits = built && !rebuild && (upsert.length > 0 || remove.length > 0) ? { upsert, remove } : null;
      return () => {
        generation++;
        if (!current) return;
        // An engine built while the change was being written may or may not hold it: built again when next asked.
        if (rebuild || current !== built) current = null;
        else if (edits) current.apply(edits);
      };
    },
    onEvent(event) {
      generation++;
      if (!current) return;
      if (event.kind === 'replaced') {
        current = null;
        return;
      }
      following = following
        .then(() => followRemote(event.event))
        .catch(() => {
          current = null;
        });
    },
  };
}
