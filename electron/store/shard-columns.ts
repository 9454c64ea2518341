import { BASES, type Basis, type Observation, type Revision } from '../../shared/model';

/** Which observations of a shard a query wants; absent fields do not filter. */
export interface ColumnFilter {
  indicators: ReadonlySet<string> | null;
  basis: Basis | undefined;
  from: string | undefined;
  to: string | undefined;
}

/** A stored figure is finite or null (the schema's FiniteOrNull), so NaN is free to stand for null. */
const toColumn = (figure: number | null): number => (figure === null ? NaN : figure);
const fromColumn = (figure: number): number | null => (Number.isNaN(figure) ? null : figure);

/** A shard's periods: at most twelve, each repeated for every indicator and basis. */
class PeriodSharer {
  private readonly seen: string[] = [];

  share(period: string): string {
    for (const known of this.seen) if (known === period) return known;
    this.seen.push(period);
    return period;
  }
}

/**
 * One shard's observations held as columns: a few arrays per shard instead of several objects per
 * observation, so 288,000 loaded observations are a few thousand objects for the collector to keep
 * and walk instead of millions. Each read builds new Observations from the columns, so no caller
 * can change what the store holds. Texts equal to the previous observation's are shared.
 */
export class ShardColumns {
  private constructor(
    private readonly zoneId: string,
    private readonly indicatorIds: string[],
    private readonly periods: string[],
    private readonly bases: Uint8Array,
    private readonly values: Float64Array,
    private readonly yoyPcts: Float64Array,
    private readonly sources: string[],
    private readonly notes: string[],
    private readonly updatedAts: string[],
    /** Observation i's revisions are revisions [historyEnds[i - 1] ?? 0, historyEnds[i]). */
    private readonly historyEnds: Uint32Array,
    private readonly revisions: RevisionColumns,
  ) {}

  /**
   * The columns of observations already checked against the schema; null when one does not fit
   * them (another zone, a basis the model does not know), which a checked shard never does.
   */
  static of(zoneId: string, observations: readonly Observation[]): ShardColumns | null {
    const count = observations.length;
    let revisionCount = 0;
    for (const observation of observations) revisionCount += observation.history.length;
    const columns = new ShardColumns(
      zoneId,
      new Array<string>(count),
      new Array<string>(count),
      new Uint8Array(count),
      new Float64Array(count),
      new Float64Array(count),
      new Array<string>(count),
      new Array<string>(count),
      new Array<string>(count),
      new Uint32Array(count),
      new RevisionColumns(revisionCount),
    );
    return columns.fill(observations) ? columns : null;
  }

  get size(): number {
    return this.values.length;
  }

  observation(index: number): Observation {
    const start = index === 0 ? 0 : this.historyEnds[index - 1]!;
    const end = this.historyEnds[index]!;
    // A literal is allocated at its length; an empty array that is pushed to reserves room for many.
    const history: Revision[] = start === end ? [] : [this.revisions.revision(start)];
    for (let revision = start + 1; revision < end; revision++) history.push(this.revisions.revision(revision));
    return {
      zoneId: this.zoneId,
      indicatorId: this.indicatorIds[index]!,
      period: this.periods[index]!,
      basis: BASES[this.bases[index]!]!,
      value: fromColumn(this.values[index]!),
      yoyPct: fromColumn(this.yoyPcts[index]!),
      source: this.sources[index]!,
      note: this.notes[index]!,
      updatedAt: this.updatedAts[index]!,
      history,
    };
  }

  /** New Observations, in the shard's order. */
  observations(): Observation[] {
    const observations: Observation[] = [];
    for (let index = 0; index < this.size; index++) observations.push(this.observation(index));
    return observations;
  }

  /** Appends the observations the filter wants to `into`, in the shard's order; only those are built. */
  collect({ indicators, basis, from, to }: ColumnFilter, into: Observation[]): void {
    const basisIndex = basis === undefined ? -1 : BASES.indexOf(basis);
    for (let index = 0; index < this.size; index++) {
      if (indicators && !indicators.has(this.indicatorIds[index]!)) continue;
      if (basisIndex >= 0 && this.bases[index] !== basisIndex) continue;
      const period = this.periods[index]!;
      if ((from && period < from) || (to && period > to)) continue;
      into.push(this.observation(index));
    }
  }

  private fill(observations: readonly Observation[]): boolean {
    const periods = new PeriodSharer();
    let revision = 0;
    for (let index = 0; index < observations.length; index++) {
      const observation = observations[index]!;
      const basis = BASES.indexOf(observation.basis);
      if (observation.zoneId !== this.zoneId || basis < 0) return false;
      const previous = index - 1;
      this.indicatorIds[index] = shared(this.indicatorIds, previous, observation.indicatorId);
      this.periods[index] = periods.share(observation.period);
      this.bases[index] = basis;
      this.values[index] = toColumn(observation.value);
      this.yoyPcts[index] = toColumn(observation.yoyPct);
      this.sources[index] = shared(this.sources, previous, observation.source);
      this.notes[index] = shared(this.notes, previous, observation.note);
      this.updatedAts[index] = shared(this.updatedAts, previous, observation.updatedAt);
      for (const entry of observation.history) this.revisions.set(revision++, entry);
      this.historyEnds[index] = revision;
    }
    return true;
  }
}

/** Every revision of a shard's observations, in order, as columns. */
class RevisionColumns {
  private readonly values: Float64Array;
  private readonly yoyPcts: Float64Array;
  private readonly sources: string[];
  private readonly notes: string[];
  private readonly replacedAts: string[];

  constructor(count: number) {
    this.values = new Float64Array(count);
    this.yoyPcts = new Float64Array(count);
    this.sources = new Array<string>(count);
    this.notes = new Array<string>(count);
    this.replacedAts = new Array<string>(count);
  }

  set(index: number, revision: Revision): void {
    this.values[index] = toColumn(revision.value);
    this.yoyPcts[index] = toColumn(revision.yoyPct);
    this.sources[index] = shared(this.sources, index - 1, revision.source);
    this.notes[index] = shared(this.notes, index - 1, revision.note);
    this.replacedAts[index] = shared(this.replacedAts, index - 1, revision.replacedAt);
  }

  revision(index: number): Revision {
    return {
      value: fromColumn(this.values[index]!),
      yoyPct: fromColumn(this.yoyPcts[index]!),
      source: this.sources[index]!,
      note: this.notes[index]!,
      replacedAt: this.replacedAts[index]!,
    };
  }
}

/** `text`, or the equal string the column already holds at `previous`, so equal texts are one string. */
function shared(column: string[], previous: number, text: string): string {
  const before = previous >= 0 ? column[previous] : undefined;
  return before === text ? before : text;
}
