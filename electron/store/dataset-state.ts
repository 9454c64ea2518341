import type { ObservationQuery } from '../../shared/api';
import { EMPTY_CATALOG, periodYear, type Catalog, type Observation } from '../../shared/model';
import type { DatasetChange } from '../../shared/app/ports';
import { Shard } from './shard';
import { ShardEdits } from './shard-edits';

export { Shard };

type ZoneShards = ReadonlyMap<number, Shard>;

export interface ShardId {
  zoneId: string;
  year: number;
}

/** What a change touched: the catalog, shards (an empty one means its file goes), documents. */
export interface Touched {
  catalog: boolean;
  shards: ShardId[];
  meta: string[];
}

/**
 * The loaded dataset, indexed zone → year → observations. Immutable: a change makes a new state
 * that shares every untouched shard, so a failed write simply keeps the old one.
 */
export class DatasetState {
  private constructor(
    readonly catalog: Catalog,
    private readonly zones: ReadonlyMap<string, ZoneShards>,
    /** Named documents, kept as JSON text: a read parses a fresh copy, so callers cannot edit the cache. */
    private readonly meta: ReadonlyMap<string, string>,
  ) {}

  static empty(): DatasetState {
    return new DatasetState(EMPTY_CATALOG, new Map(), new Map());
  }

  static of(catalog: Catalog, shards: Iterable<Shard>, meta: ReadonlyMap<string, unknown> = new Map()): DatasetState {
    const state = new DatasetState(
      catalog,
      new Map(),
      new Map([...meta].map(([name, value]) => [name, JSON.stringify(value)])),
    );
    return state.withShards(shards);
  }

  /** This state and shards it did not hold yet (read later, in the background); a shard it holds is kept. */
  withShards(shards: Iterable<Shard>): DatasetState {
    const zones = new Map(this.zones);
    const copied = new Set<string>();
    for (const shard of shards) {
      if (this.shard(shard)) continue;
      if (!copied.has(shard.zoneId)) {
        zones.set(shard.zoneId, new Map(zones.get(shard.zoneId)));
        copied.add(shard.zoneId);
      }
      (zones.get(shard.zoneId) as Map<number, Shard>).set(shard.year, shard);
    }
    return new DatasetState(this.catalog, zones, this.meta);
  }

  metaNames(): string[] {
    return [...this.meta.keys()].sort();
  }

  readMeta(name: string): unknown {
    const text = this.meta.get(name);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  }

  shard({ zoneId, year }: ShardId): Shard | undefined {
    return this.zones.get(zoneId)?.get(year);
  }

  *shards(): Iterable<Shard> {
    for (const years of this.zones.values()) yield* years.values();
  }

  /** New Observations; only the shards of the asked zones and years are visited. */
  query({ zoneIds, indicatorIds, from, to, basis }: ObservationQuery): Observation[] {
    const filter = { indicators: indicatorIds ? new Set(indicatorIds) : null, basis, from, to };
    const firstYear = from ? periodYear(from) : -Infinity;
    const lastYear = to ? periodYear(to) : Infinity;
    const result: Observation[] = [];
    for (const zoneId of zoneIds ? [...new Set(zoneIds)] : [...this.zones.keys()].sort()) {
      const years = this.zones.get(zoneId);
      if (!years) continue;
      for (const year of [...years.keys()].sort((a, b) => a - b)) {
        if (year < firstYear || year > lastYear) continue;
        years.get(year)!.collect(filter, result);
      }
    }
    return result;
  }

  /**
   * Applies changes in order; every change came through `parseChange`, whose observations are fresh
   * copies the shards keep as they are, so the next edit of a shard starts from them. `asColumns`
   * (a large batch, an import) leaves the shards it touches as columns instead: its objects are not
   * kept beside them.
   */
  apply(
    changes: readonly DatasetChange[],
    { asColumns = false }: { asColumns?: boolean } = {},
  ): { state: DatasetState; touched: Touched } {
    let catalog = this.catalog;
    const edits = new ShardEdits((id) => this.shard(id), asColumns);
    const meta = new Map(this.meta);
    const metaTouched = new Set<string>();
    for (const change of changes) {
      if (change.catalog) catalog = change.catalog;
      for (const [name, value] of Object.entries(change.meta ?? {})) {
        if (value === null) meta.delete(name);
        else meta.set(name, JSON.stringify(value));
        metaTouched.add(name);
      }
      for (const key of change.remove ?? []) edits.of(key).delete(key);
      for (const observation of change.upsert ?? []) edits.of(observation).set(observation);
    }
    const zones = new Map(this.zones);
    const touchedShards: ShardId[] = [];
    for (const edit of edits) {
      const { id } = edit;
      touchedShards.push(id);
      const shard = edit.result();
      const years = new Map(zones.get(id.zoneId));
      if (shard) years.set(id.year, shard);
      else years.delete(id.year);
      if (years.size > 0) zones.set(id.zoneId, years);
      else zones.delete(id.zoneId);
    }
    const touched = {
      catalog: changes.some((change) => change.catalog !== undefined),
      shards: touchedShards,
      meta: [...metaTouched],
    };
    return { state: new DatasetState(catalog, zones, meta), touched };
  }
}
