import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Table } from '../table';
import { ROOT_RELS_XML, contentTypesXml, sheetPath, workbookRelsXml, workbookXml } from './package-parts';
import { SharedStrings } from './shared-strings';
import { SheetWriter } from './sheet-xml';
import { StyleBook } from './styles';

/** Where the file's bytes go, in order; the caller decides whether they land in a file or in memory. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

/**
 * The platform's raw DEFLATE of one piece of a part: each piece ends on a sync flush so pieces
 * concatenate into one stream, and `final` ends it. Node's zlib is several times faster than
 * DEFLATE in JavaScript; without it fflate compresses.
 */
export type RawDeflate = (piece: Uint8Array, final: boolean) => Uint8Array;

/** A zip entry compressed by the platform's DEFLATE (fflate computes the CRC and size). */
class PlatformDeflate extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflate: RawDeflate,
  ) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata!(null, this.deflate(chunk, final) as Uint8Array<ArrayBuffer>, final);
  }
}

export interface WriteHooks {
  deflate?: RawDeflate;
  /**
   * Called every few thousand rows after the bytes so far reached the sink: report progress, let
   * other calls run, throw to stop (the sink then holds a partial file for the caller to discard).
   */
  checkpoint?(rowsDone: number, rowsTotal: number): Promise<void>;
}

interface Encoder {
  encode(text: string): Uint8Array;
}
// shared/ compiles without DOM or Node types; every runtime it runs in has TextEncoder.
const encoder = new (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder();

const ROWS_PER_CHECKPOINT = 4000;
const TEXT_CHUNK = 1 << 20;
// fflate at level 2 is faster than at 1 on these repetitive parts and compresses better (README: export figures).
const DEFLATE_LEVEL = 2;

/** The zip as it is made: deflated parts land in `pending`, then go to the sink at each checkpoint. */
class ZipOut {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  written = 0;

  constructor(
    private readonly sink: ByteSink,
    private readonly deflate: RawDeflate | undefined,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** A part whose text is pushed in chunks; `end` closes it. */
  part(name: string): { push(text: string): void; end(): void } {
    const file = this.deflate
      ? new PlatformDeflate(name, this.deflate)
      : new ZipDeflate(name, { level: DEFLATE_LEVEL });
    this.zip.add(file);
    // Pieces joined once per chunk: appending to one string would build a rope the engine flattens at a cost.
    let pieces: string[] = [];
    let length = 0;
    const take = () => {
      const text = pieces.join('');
      pieces = [];
      length = 0;
      return encoder.encode(text);
    };
    return {
      push: (text) => {
        pieces.push(text);
        length += text.length;
        if (length >= TEXT_CHUNK) file.push(take());
      },
      end: () => file.push(take(), true),
    };
  }

  whole(name: string, text: string): void {
    const part = this.part(name);
    part.push(text);
    part.end();
  }

  async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunks = this.pending;
    this.pending = [];
    for (const chunk of chunks) {
      await this.sink.write(chunk);
      this.written += chunk.length;
    }
  }

  async finish(): Promise<void> {
    this.zip.end();
    await this.flush();
  }
}

/**
 * The tables as an `.xlsx` package streamed to `sink` a row at a time (parts deflated by fflate),
 * with what SheetJS Community Edition cannot write: bold header rows, frozen panes, number formats
 * per column, widths, autofilters, shaded benchmark figures and a landscape print setup one page
 * wide with the header rows repeated. Resolves to the number of bytes written.
 */
export async function writeXlsx(tables: Table[], sink: ByteSink, hooks: WriteHooks = {}): Promise<number> {
  const out = new ZipOut(sink, hooks.deflate);
  const styles = new StyleBook();
  const strings = new SharedStrings();
  const total = tables.reduce((sum, table) => sum + table.rows.length, 0);
  let done = 0;
  out.whole('[Content_Types].xml', contentTypesXml(tables.length));
  out.whole('_rels/.rels', ROOT_RELS_XML);
  out.whole('xl/workbook.xml', workbookXml(tables));
  out.whole('xl/_rels/workbook.xml.rels', workbookRelsXml(tables.length));
  for (const [index, table] of tables.entries()) {
    const sheet = new SheetWriter(table, styles, strings);
    const part = out.part(sheetPath(index));
    part.push(sheet.head(index === 0));
    for (let row = 0; row < table.rows.length; row++) {
      part.push(sheet.row(row));
      if (++done % ROWS_PER_CHECKPOINT === 0) {
        await out.flush();
        await hooks.checkpoint?.(done, total);
      }
    }
    part.push(sheet.tail());
    part.end();
  }
  out.whole('xl/styles.xml', styles.xml());
  const sst = out.part('xl/sharedStrings.xml');
  for (const piece of strings.xml()) sst.push(piece);
  sst.end();
  await out.finish();
  await hooks.checkpoint?.(total, total);
  return out.written;
}

/** The same package in memory: tests, and callers that need the bytes rather than a file. */
export async function writeXlsxBytes(tables: Table[]): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const size = await writeXlsx(tables, { write: async (bytes) => void chunks.push(bytes) });
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
