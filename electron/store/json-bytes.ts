const encoder = new TextEncoder();

/** A text's UTF-8 bytes. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

const NULL = utf8('null');
/** The most characters `String` writes for a finite number (`-1.2345678901234567e-308`). */
const FIGURE_CHARACTERS = 24;
/** Up to this many bytes a loop copies faster than `Uint8Array.set`. */
const SHORT_FRAGMENT = 48;

/**
 * JSON written straight as UTF-8 bytes into one growing buffer: a shard's file is made without a
 * string per observation, a joined text, and its encoding twice (for the checksum, for the file).
 */
export class JsonBytes {
  private buffer: Uint8Array;
  private start: number;
  private length: number;

  /**
   * `expected`: about how many bytes will be written (the buffer grows past it when needed);
   * `room`: bytes kept free in front for `prepend` (a shard's header, which holds the body's checksum).
   */
  constructor(expected: number, room = 0) {
    this.buffer = new Uint8Array(Math.max(64, room + expected));
    this.start = room;
    this.length = room;
  }

  static of(text: string, room = 0): JsonBytes {
    const bytes = utf8(text);
    const json = new JsonBytes(bytes.length, room);
    json.bytes(bytes);
    return json;
  }

  /** Bytes made once (a fragment, a quoted text). */
  bytes(bytes: Uint8Array): void {
    const count = bytes.length;
    this.room(count);
    const { buffer } = this;
    const at = this.length;
    // A shard is written in a few million short fragments: copied by hand, each skips `set`'s fixed cost.
    if (count <= SHORT_FRAGMENT) for (let index = 0; index < count; index++) buffer[at + index] = bytes[index]!;
    else buffer.set(bytes, at);
    this.length = at + count;
  }

  /** A figure as JSON.stringify writes it (`String` of a finite number); NaN, which stands for no figure, as null. */
  figure(figure: number): void {
    if (Number.isNaN(figure)) return this.bytes(NULL);
    const text = String(figure);
    this.room(FIGURE_CHARACTERS);
    for (let index = 0; index < text.length; index++) this.buffer[this.length++] = text.charCodeAt(index);
  }

  /** Bytes before what was written, in the room kept for them (throws past it). */
  prepend(bytes: Uint8Array): void {
    if (bytes.length > this.start) throw new RangeError('no room left in front');
    this.start -= bytes.length;
    this.buffer.set(bytes, this.start);
  }

  /** What was written (and prepended): a view, not a copy. */
  written(): Uint8Array {
    return this.buffer.subarray(this.start, this.length);
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + bytes));
    grown.set(this.buffer.subarray(this.start, this.length), this.start);
    this.buffer = grown;
  }
}
