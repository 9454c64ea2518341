import type { ShardId, Touched } from './dataset-state';

/** What logged commits changed since the files were last written: the files compaction rewrites. */
export class DirtyFiles {
  private catalog = false;
  private readonly shards = new Map<string, ShardId>();
  private readonly meta = new Set<string>();

  add(touched: Touched): void {
    this.catalog ||= touched.catalog;
    for (const id of touched.shards) this.shards.set(`${id.zoneId}|${id.year}`, id);
    for (const name of touched.meta) this.meta.add(name);
  }

  get isEmpty(): boolean {
    return !this.catalog && this.shards.size === 0 && this.meta.size === 0;
  }

  touched(): Touched {
    return { catalog: this.catalog, shards: [...this.shards.values()], meta: [...this.meta] };
  }

  clear(): void {
    this.catalog = false;
    this.shards.clear();
    this.meta.clear();
  }
}
