import { observationKey, type Observation } from '../../shared/model';

/**
 * One zone's observations for one year, in the order of its file. Loading keeps the array
 * JSON.parse made; the observations are keyed by observationKey only when a change first needs it.
 */
export class Shard {
  private keyed: ReadonlyMap<string, Observation> | undefined;

  constructor(
    readonly zoneId: string,
    readonly year: number,
    readonly observations: readonly Observation[],
    keyed?: ReadonlyMap<string, Observation>,
  ) {
    this.keyed = keyed;
  }

  /** A shard made from the keyed observations a change produced. */
  static ofKeyed(zoneId: string, year: number, keyed: ReadonlyMap<string, Observation>): Shard {
    return new Shard(zoneId, year, [...keyed.values()], keyed);
  }

  byKey(): ReadonlyMap<string, Observation> {
    this.keyed ??= new Map(this.observations.map((observation) => [observationKey(observation), observation]));
    return this.keyed;
  }
}
