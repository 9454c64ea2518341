import {
  BASES,
  observationKey,
  periodIndexOf,
  periodYear,
  type Observation,
  type ObservationKey,
} from '../../shared/model';
import type { ShardId } from './dataset-state';
import { Shard } from './shard';

/** One shard's observations as a batch of changes leaves them. */
interface ShardEdit {
  readonly id: ShardId;
  set(observation: Observation): void;
  delete(key: ObservationKey): void;
  /** The shard the edits leave; null when none is left. */
  result(): Shard | null;
}

/** The shards a batch edits, each started from what the state holds. */
export class ShardEdits {
  private readonly edits = new Map<string, ShardEdit>();
  /** Rows come grouped (an import's by zone and series): the shard of the last key is most often the next one's. */
  private last: ShardEdit | undefined;

  constructor(
    private readonly stored: (id: ShardId) => Shard | undefined,
    /** Shards kept as columns (a large batch): keyed by numbers, not by a key string per observation. */
    private readonly asColumns: boolean,
  ) {}

  of(key: ObservationKey): ShardEdit {
    const year = periodYear(key.period);
    const last = this.last;
    if (last && last.id.zoneId === key.zoneId && last.id.year === year) return last;
    const name = `${key.zoneId}|${year}`;
    let edit = this.edits.get(name);
    if (!edit) {
      const id = { zoneId: key.zoneId, year };
      edit = this.asColumns ? new ColumnEdit(id, this.stored(id)) : new KeyedEdit(id, this.stored(id));
      this.edits.set(name, edit);
    }
    this.last = edit;
    return edit;
  }

  [Symbol.iterator](): Iterator<ShardEdit> {
    return this.edits.values();
  }
}

/** The store's own observations by observation key, kept as they are by the shard (a small batch). */
class KeyedEdit implements ShardEdit {
  private readonly observations: Map<string, Observation>;

  constructor(
    readonly id: ShardId,
    stored: Shard | undefined,
  ) {
    this.observations = new Map(stored?.byKey());
  }

  set(observation: Observation): void {
    this.observations.set(observationKey(observation), observation);
  }

  delete(key: ObservationKey): void {
    this.observations.delete(observationKey(key));
  }

  result(): Shard | null {
    return this.observations.size > 0 ? Shard.ofKeyed(this.id.zoneId, this.id.year, this.observations) : null;
  }
}

/**
 * Observations keyed within their shard by a number (indicator, month, basis), the shard made as
 * columns at the end: no key string per observation. In the same order as a keyed edit keeps them.
 */
class ColumnEdit implements ShardEdit {
  private readonly indicators = new Map<string, number>();
  private readonly observations = new Map<number, Observation>();

  constructor(
    readonly id: ShardId,
    stored: Shard | undefined,
  ) {
    for (const observation of stored?.observations() ?? []) this.set(observation);
  }

  set(observation: Observation): void {
    this.observations.set(this.key(observation), observation);
  }

  delete(key: ObservationKey): void {
    this.observations.delete(this.key(key));
  }

  result(): Shard | null {
    if (this.observations.size === 0) return null;
    const observations = [...this.observations.values()];
    const { zoneId, year } = this.id;
    return (
      Shard.of(zoneId, year, observations) ??
      Shard.ofKeyed(
        zoneId,
        year,
        new Map(observations.map((observation) => [observationKey(observation), observation])),
      )
    );
  }

  /** A period the store took is `YYYY-MM` of the shard's year and a basis one of BASES (parse-change.ts): month and basis fit in the number. */
  private key({ indicatorId, period, basis }: ObservationKey): number {
    let indicator = this.indicators.get(indicatorId);
    if (indicator === undefined) this.indicators.set(indicatorId, (indicator = this.indicators.size));
    return (indicator * 12 + (periodIndexOf(period) % 12)) * BASES.length + BASES.indexOf(basis);
  }
}
