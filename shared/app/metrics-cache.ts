import { createMetricsEngine, type MetricsEngine } from '../metrics';
import type { DatasetEvent } from './commit-feed';
import type { DatasetStore } from './ports';

export interface MetricsCache {
  /** The engine over the whole dataset, built on first use and kept current through commits. */
  engine(threshold: number): Promise<MetricsEngine>;
  onDatasetEvent(event: DatasetEvent): void;
}

/**
 * Growth needs t−12, contributions the parent, gaps the benchmark and ranks every zone, so the
 * engine holds the whole dataset. Building it reads everything; an edit after that recomputes only
 * what depends on it. A catalog change, a restored backup or another user's commit (announced by
 * zone, without its figures) rebuilds on the next call.
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

  return {
    async engine(threshold) {
      const engine = current ?? (await build(threshold));
      if (engine.threshold !== threshold) engine.setThreshold(threshold);
      return engine;
    },
    onDatasetEvent(event) {
      generation++;
      if (!current) return;
      if (event.kind === 'replaced' || event.kind === 'remote' || event.change.catalog) {
        current = null;
        return;
      }
      const { upsert, remove } = event.change;
      if (upsert?.length || remove?.length) current.apply({ upsert: upsert ?? [], remove: remove ?? [] });
    },
  };
}
