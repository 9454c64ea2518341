import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { Table } from '../table';
import { ROOT_RELS_XML, contentTypesXml, sheetPath, workbookRelsXml, workbookXml } from './package-parts';
import { SharedStrings } from './shared-strings';
import { SheetWriter } from './sheet-xml';
import { StyleBook } from './styles';
import { XmlBytes } from './xml-bytes';

/** Where the file's bytes go, in order; the caller decides whether they land in a file or in memory. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

/**
 * The platform's raw DEFLATE of one piece of a part: each piece ends on a sync flush so pieces
 * concatenate into one stream, and `final` ends it. Node's zlib is several times faster than
 * DEFLATE in JavaScript; without it fflate compresses. `crc32`, when the platform has one, checksums
 * the parts instead of fflate's CRC in JavaScript.
 */
export type RawDeflate = ((piece: Uint8Array, final: boolean) => Uint8Array) & {
  crc32?: (bytes: Uint8Array, previous: number) => number;
};

/** A zip entry compressed by the platform's DEFLATE (and checksummed by it when it can). */
class PlatformDeflate extends ZipPassThrough {
  private checksum = 0;

  constructor(
    filename: string,
    private readonly deflate: RawDeflate,
  ) {
    super(filename);
    this.compression = 8;
  }

  override push(chunk: Uint8Array, final = false): void {
    const { crc32 } = this.deflate;
    if (!crc32) return super.push(chunk, final);
    this.checksum = crc32(chunk, this.checksum);
    this.size += chunk.length;
    if (final) this.crc = this.checksum;
    this.process(chunk, final);
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

const ROWS_PER_CHECKPOINT = 4000;
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

  /** A part written into bytes a chunk at a time; `end` closes it. */
  part(name: string): { xml: XmlBytes; end(): void } {
    const file = this.deflate
      ? new PlatformDeflate(name, this.deflate)
      : new ZipDeflate(name, { level: DEFLATE_LEVEL });
    this.zip.add(file);
    const xml = new XmlBytes((chunk) => file.push(chunk));
    return {
      xml,
      end: () => {
        xml.flush();
        file.push(new Uint8Array(0), true);
      },
    };
  }

  whole(name: string, text: string): void {
    const part = this.part(name);
    part.xml.text(text);
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
    const { xml, end } = out.part(sheetPath(index));
    xml.text(sheet.head(index === 0));
    let row = 0;
    for (const cells of table.rows) {
      sheet.writeRow(cells, row++, xml);
      xml.maybeFlush();
      if (++done % ROWS_PER_CHECKPOINT === 0) {
        await out.flush();
        await hooks.checkpoint?.(done, total);
      }
    }
    xml.text(sheet.tail());
    end();
  }
  out.whole('xl/styles.xml', styles.xml());
  const sst = out.part('xl/sharedStrings.xml');
  for (const piece of strings.xml()) {
    sst.xml.text(piece);
    sst.xml.maybeFlush();
  }
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
