import { csvLines } from './csv';
import type { Table } from './table';
import type { ByteSink, WriteHooks } from './xlsx/write-xlsx';

interface Encoder {
  encode(text: string): Uint8Array;
}
// shared/ compiles without DOM or Node types; every runtime it runs in has TextEncoder.
const encoder = new (globalThis as unknown as { TextEncoder: new () => Encoder }).TextEncoder();

const LINES_PER_CHUNK = 4000;

/** The table as UTF-8 CSV streamed to `sink`, with a checkpoint after each chunk of lines. Resolves to the bytes written. */
export async function streamTableCsv(table: Table, sink: ByteSink, hooks: WriteHooks = {}): Promise<number> {
  let written = 0;
  let buffer: string[] = [];
  let lines = 0;
  const flush = async () => {
    const bytes = encoder.encode(buffer.join(''));
    buffer = [];
    await sink.write(bytes);
    written += bytes.length;
  };
  for (const line of csvLines(table)) {
    buffer.push(line);
    if (++lines % LINES_PER_CHUNK === 0) {
      await flush();
      await hooks.checkpoint?.(lines - 1, table.rows.length);
    }
  }
  await flush();
  await hooks.checkpoint?.(table.rows.length, table.rows.length);
  return written;
}
