import type { Revision } from '../../shared/model';
import { utf8, type JsonBytes } from './json-bytes';
import type { ShardTexts } from './shard-texts';

type Figures = Pick<Revision, 'value' | 'yoyPct' | 'source' | 'note'>;

/** A stored figure is finite or null (the schema's FiniteOrNull), so NaN is free to stand for null. */
const toColumn = (figure: number | null): number => (figure === null ? NaN : figure);
const fromColumn = (figure: number): number | null => (Number.isNaN(figure) ? null : figure);

const YOY_PCT = utf8(',"yoyPct":');
const SOURCE = utf8(',"source":');
const NOTE = utf8(',"note":');

/**
 * What an observation and a revision both hold, as columns: the figure (NaN for none), its YoY %,
 * and its source and note as positions in the shard's list of texts.
 */
export class FigureColumns {
  readonly values: Float64Array;
  readonly yoyPcts: Float64Array;
  readonly sources: Uint32Array;
  readonly notes: Uint32Array;

  constructor(count: number) {
    this.values = new Float64Array(count);
    this.yoyPcts = new Float64Array(count);
    this.sources = new Uint32Array(count);
    this.notes = new Uint32Array(count);
  }

  get size(): number {
    return this.values.length;
  }

  set(index: number, figures: Figures, texts: ShardTexts): void {
    this.values[index] = toColumn(figures.value);
    this.yoyPcts[index] = toColumn(figures.yoyPct);
    texts.encode(this.sources, index, figures.source);
    texts.encode(this.notes, index, figures.note);
  }

  value(index: number): number | null {
    return fromColumn(this.values[index]!);
  }

  yoyPct(index: number): number | null {
    return fromColumn(this.yoyPcts[index]!);
  }

  /** From the figure (after `"value":`) through the note, as JSON.stringify writes them; texts from `quoted` (the shard's texts as JSON bytes). */
  writeJson(index: number, quoted: readonly Uint8Array[], out: JsonBytes): void {
    out.figure(this.values[index]!);
    out.bytes(YOY_PCT);
    out.figure(this.yoyPcts[index]!);
    out.bytes(SOURCE);
    out.bytes(quoted[this.sources[index]!]!);
    out.bytes(NOTE);
    out.bytes(quoted[this.notes[index]!]!);
  }
}
