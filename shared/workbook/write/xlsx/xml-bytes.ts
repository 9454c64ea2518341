interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}
// shared/ compiles without DOM or Node types; every runtime it runs in has TextEncoder.
const encoder = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();

/** Bytes gathered before a chunk goes to the compressor. */
const CHUNK_BYTES = 1 << 20;

/** ASCII text as bytes, for the pieces of markup a row repeats. */
export function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/**
 * A part's XML written straight into bytes, handed on a chunk at a time: a sheet's rows are made of
 * numbers and markup only (text goes to the shared strings), so they need neither strings joined
 * per cell nor a UTF-8 encoder. A chunk is a view of one buffer reused for the next: `onChunk`
 * reads or copies it before it returns (deflating does), so no buffer is made per chunk.
 */
export class XmlBytes {
  private buffer = new Uint8Array(CHUNK_BYTES * 2);
  private length = 0;

  constructor(private readonly onChunk: (bytes: Uint8Array) => void) {}

  /** Markup and numbers: every character below U+0080. */
  ascii(text: string): void {
    this.room(text.length);
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  bytes(bytes: Uint8Array, count = bytes.length): void {
    this.room(count);
    if (count < 16) {
      const { buffer } = this;
      let at = this.length;
      for (let i = 0; i < count; i++) buffer[at++] = bytes[i]!;
      this.length = at;
    } else {
      this.buffer.set(count === bytes.length ? bytes : bytes.subarray(0, count), this.length);
      this.length += count;
    }
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** A whole number from 0 up, in decimal. */
  digits(value: number): void {
    this.length = writeDigits(value, this.buffer, this.room(10));
  }

  /** Hands on what is gathered once a chunk is full. */
  maybeFlush(): void {
    if (this.length >= CHUNK_BYTES) this.flush();
  }

  flush(): void {
    if (this.length === 0) return;
    this.onChunk(this.buffer.subarray(0, this.length));
    this.length = 0;
  }

  /** Makes room for `count` more bytes; answers where they start. */
  private room(count: number): number {
    if (this.length + count > this.buffer.length) {
      this.flush();
      if (count > this.buffer.length) this.buffer = new Uint8Array(count);
    }
    return this.length;
  }
}

/** Writes the decimal digits of a whole number from 0 up at `at`; answers the position after them. */
export function writeDigits(value: number, into: Uint8Array, at: number): number {
  if (value < 10) {
    into[at] = 48 + value;
    return at + 1;
  }
  let width = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) width++;
  let rest = value;
  for (let i = at + width - 1; i >= at; i--) {
    into[i] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + width;
}
