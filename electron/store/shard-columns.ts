import { BASES, type Basis, type Observation, type Revision } from '../../shared/model';
import { FigureColumns } from './figure-columns';
import { JsonBytes, utf8 } from './json-bytes';
import { ShardTexts } from './shard-texts';

/** Which observations of a shard a query wants; absent fields do not filter. */
export interface ColumnFilter {
  indicators: ReadonlySet<string> | null;
  basis: Basis | undefined;
  from: string | undefined;
  to: string | undefined;
}

const QUOTED_BASES = BASES.map((basis) => utf8(JSON.stringify(basis)));
/** Each text as bytes, by the same names. */
const encoded = <T extends Record<string, string>>(texts: T) =>
  Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, utf8(text)])) as { [K in keyof T]: Uint8Array };
/** The fixed parts of an observation's and a revision's JSON, in field order. */
const PART = encoded({
  indicatorId: ',"indicatorId":',
  period: ',"period":',
  basis: ',"basis":',
  value: ',"value":',
  updatedAt: ',"updatedAt":',
  history: ',"history":[',
  end: ']}',
  revisionValue: '{"value":',
  replacedAt: ',"replacedAt":',
  revisionEnd: '}',
  comma: ',',
  open: '[',
  close: ']',
});
/** About the bytes of one observation without history, to size a shard's buffer. */
const OBSERVATION_BYTES = 220;

/**
 * One shard's observations held as columns: a few arrays per shard instead of several objects per
 * observation, so 288,000 loaded observations are a few thousand objects for the collector to keep
 * and walk instead of millions (texts are positions in the shard's list of distinct texts). Each
 * read builds new Observations from the columns, so no caller can change what the store holds.
 */
export class ShardColumns {
  private constructor(
    private readonly zoneId: string,
    private readonly texts: string[],
    private readonly indicatorIds: Uint32Array,
    private readonly periods: Uint32Array,
    private readonly bases: Uint8Array,
    private readonly figures: FigureColumns,
    private readonly updatedAts: Uint32Array,
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
    const texts = new ShardTexts();
    const columns = new ShardColumns(
      zoneId,
      texts.list,
      new Uint32Array(count),
      new Uint32Array(count),
      new Uint8Array(count),
      new FigureColumns(count),
      new Uint32Array(count),
      new Uint32Array(count),
      new RevisionColumns(revisionCount, texts.list),
    );
    const filled = columns.fill(observations, texts);
    texts.done();
    return filled ? columns : null;
  }

  get size(): number {
    return this.figures.size;
  }

  observation(index: number): Observation {
    const start = index === 0 ? 0 : this.historyEnds[index - 1]!;
    const end = this.historyEnds[index]!;
    // A literal is allocated at its length; an empty array that is pushed to reserves room for many.
    const history: Revision[] = start === end ? [] : [this.revisions.revision(start)];
    for (let revision = start + 1; revision < end; revision++) history.push(this.revisions.revision(revision));
    return {
      zoneId: this.zoneId,
      indicatorId: this.texts[this.indicatorIds[index]!]!,
      period: this.texts[this.periods[index]!]!,
      basis: BASES[this.bases[index]!]!,
      value: this.figures.value(index),
      yoyPct: this.figures.yoyPct(index),
      source: this.texts[this.figures.sources[index]!]!,
      note: this.texts[this.figures.notes[index]!]!,
      updatedAt: this.texts[this.updatedAts[index]!]!,
      history,
    };
  }

  /**
   * The UTF-8 bytes of `JSON.stringify(this.observations())` (after `room` free bytes), written from the columns: an import's
   * shards are written without building their observations, and each distinct text is escaped and
   * encoded once.
   */
  jsonBytes(room = 0): JsonBytes {
    const quoted = this.texts.map((text) => utf8(JSON.stringify(text)));
    const zone = utf8(`{"zoneId":${JSON.stringify(this.zoneId)}`);
    const out = new JsonBytes(2 + this.size * OBSERVATION_BYTES, room);
    out.bytes(PART.open);
    let revision = 0;
    for (let index = 0; index < this.size; index++) {
      if (index > 0) out.bytes(PART.comma);
      out.bytes(zone);
      out.bytes(PART.indicatorId);
      out.bytes(quoted[this.indicatorIds[index]!]!);
      out.bytes(PART.period);
      out.bytes(quoted[this.periods[index]!]!);
      out.bytes(PART.basis);
      out.bytes(QUOTED_BASES[this.bases[index]!]!);
      out.bytes(PART.value);
      this.figures.writeJson(index, quoted, out);
      out.bytes(PART.updatedAt);
      out.bytes(quoted[this.updatedAts[index]!]!);
      out.bytes(PART.history);
      const end = this.historyEnds[index]!;
      for (const first = revision; revision < end; revision++) {
        if (revision > first) out.bytes(PART.comma);
        this.revisions.writeJson(revision, quoted, out);
      }
      out.bytes(PART.end);
    }
    out.bytes(PART.close);
    return out;
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
    if (basis !== undefined && basisIndex < 0) return;
    for (let index = 0; index < this.size; index++) {
      if (indicators && !indicators.has(this.texts[this.indicatorIds[index]!]!)) continue;
      if (basisIndex >= 0 && this.bases[index] !== basisIndex) continue;
      const period = this.texts[this.periods[index]!]!;
      if ((from && period < from) || (to && period > to)) continue;
      into.push(this.observation(index));
    }
  }

  private fill(observations: readonly Observation[], texts: ShardTexts): boolean {
    let revision = 0;
    for (let index = 0; index < observations.length; index++) {
      const observation = observations[index]!;
      const basis = BASES.indexOf(observation.basis);
      if (observation.zoneId !== this.zoneId || basis < 0) return false;
      texts.encode(this.indicatorIds, index, observation.indicatorId);
      texts.encode(this.periods, index, observation.period);
      this.bases[index] = basis;
      this.figures.set(index, observation, texts);
      texts.encode(this.updatedAts, index, observation.updatedAt);
      for (const entry of observation.history) this.revisions.set(revision++, entry, texts);
      this.historyEnds[index] = revision;
    }
    return true;
  }
}

/** Every revision of a shard's observations, in order, as columns; texts in the shard's list. */
class RevisionColumns {
  private readonly figures: FigureColumns;
  private readonly replacedAts: Uint32Array;

  constructor(
    count: number,
    private readonly texts: string[],
  ) {
    this.figures = new FigureColumns(count);
    this.replacedAts = new Uint32Array(count);
  }

  set(index: number, revision: Revision, texts: ShardTexts): void {
    this.figures.set(index, revision, texts);
    texts.encode(this.replacedAts, index, revision.replacedAt);
  }

  /** `JSON.stringify(this.revision(index))` as bytes into `out`, its texts from `quoted` (the shard's texts as JSON bytes). */
  writeJson(index: number, quoted: readonly Uint8Array[], out: JsonBytes): void {
    out.bytes(PART.revisionValue);
    this.figures.writeJson(index, quoted, out);
    out.bytes(PART.replacedAt);
    out.bytes(quoted[this.replacedAts[index]!]!);
    out.bytes(PART.revisionEnd);
  }

  revision(index: number): Revision {
    return {
      value: this.figures.value(index),
      yoyPct: this.figures.yoyPct(index),
      source: this.texts[this.figures.sources[index]!]!,
      note: this.texts[this.figures.notes[index]!]!,
      replacedAt: this.texts[this.replacedAts[index]!]!,
    };
  }
}
