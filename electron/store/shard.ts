import { observationKey, type Observation } from '../../shared/model';
import { JsonBytes } from './json-bytes';
import { ShardColumns, type ColumnFilter } from './shard-columns';

/**
 * One zone's observations for one year, in the order of its file. A loaded shard is held as columns
 * (shard-columns.ts); one a change made holds the store's own observations keyed by observationKey,
 * its columns made on its first read, so a commit does not rebuild them. Every read builds new
 * Observations from the columns, so nothing a caller is handed is part of the store.
 */
export class Shard {
  private constructor(
    readonly zoneId: string,
    readonly year: number,
    private columns: ShardColumns | undefined,
    /** Never handed out: made from the columns when a change first needs them, or by a change (which copies what it upserts). */
    private keyed: ReadonlyMap<string, Observation> | undefined,
  ) {}

  /** The shard of observations already checked against the schema; null when they are not all of `zoneId`. */
  static of(zoneId: string, year: number, observations: readonly Observation[]): Shard | null {
    const columns = ShardColumns.of(zoneId, observations);
    return columns && new Shard(zoneId, year, columns, undefined);
  }

  /** A shard made from the keyed observations a change produced: the store's own objects, all of `zoneId`. */
  static ofKeyed(zoneId: string, year: number, keyed: ReadonlyMap<string, Observation>): Shard {
    return new Shard(zoneId, year, undefined, keyed);
  }

  /** New Observations, in the shard's order. */
  observations(): Observation[] {
    return this.columnsOf().observations();
  }

  /** The observations as they are to be written: no copies where the shard holds its own objects. */
  stored(): readonly Observation[] {
    return this.keyed ? [...this.keyed.values()] : this.observations();
  }

  /**
   * The UTF-8 bytes of the observations' JSON as a file holds it, after `room` free bytes: from the
   * store's own objects, or straight from the columns.
   */
  storedJson(room = 0): JsonBytes {
    return this.keyed ? JsonBytes.of(JSON.stringify([...this.keyed.values()]), room) : this.columnsOf().jsonBytes(room);
  }

  /** Appends new Observations of those the filter wants to `into`. */
  collect(filter: ColumnFilter, into: Observation[]): void {
    this.columnsOf().collect(filter, into);
  }

  byKey(): ReadonlyMap<string, Observation> {
    this.keyed ??= new Map(this.observations().map((observation) => [observationKey(observation), observation]));
    return this.keyed;
  }

  private columnsOf(): ShardColumns {
    if (this.columns) return this.columns;
    const columns = ShardColumns.of(this.zoneId, [...this.keyed!.values()]);
    if (!columns) throw new Error(`an observation of another zone in the shard of ${this.zoneId}, ${this.year}`);
    this.columns = columns;
    return columns;
  }
}
