import { observationKey, type Observation } from '../../shared/model';
import { ShardColumns, type ColumnFilter } from './shard-columns';

/**
 * One zone's observations for one year, in the order of its file, held as columns (shard-columns.ts):
 * every read builds new Observations, so nothing a caller is handed is part of the store.
 */
export class Shard {
  private constructor(
    readonly zoneId: string,
    readonly year: number,
    private readonly columns: ShardColumns,
    /** The observations keyed by observationKey, made when a change first needs them; never handed out. */
    private keyed: ReadonlyMap<string, Observation> | undefined,
  ) {}

  /** The shard of observations already checked against the schema; null when they are not all of `zoneId`. */
  static of(zoneId: string, year: number, observations: readonly Observation[]): Shard | null {
    const columns = ShardColumns.of(zoneId, observations);
    return columns && new Shard(zoneId, year, columns, undefined);
  }

  /**
   * A shard made from the keyed observations a change produced. Their figures are copied into
   * columns, and the map is kept for the next change only because it holds the store's own objects
   * (apply copies what a caller upserts).
   */
  static ofKeyed(zoneId: string, year: number, keyed: ReadonlyMap<string, Observation>): Shard {
    const columns = ShardColumns.of(zoneId, [...keyed.values()]);
    if (!columns) throw new Error(`an observation of another zone in the shard of ${zoneId}, ${year}`);
    return new Shard(zoneId, year, columns, keyed);
  }

  get size(): number {
    return this.columns.size;
  }

  /** New Observations, in the shard's order. */
  observations(): Observation[] {
    return this.columns.observations();
  }

  /** Appends new Observations of those the filter wants to `into`. */
  collect(filter: ColumnFilter, into: Observation[]): void {
    this.columns.collect(filter, into);
  }

  byKey(): ReadonlyMap<string, Observation> {
    this.keyed ??= new Map(this.observations().map((observation) => [observationKey(observation), observation]));
    return this.keyed;
  }
}
