import type { ClientBase, Submittable } from 'pg';

type Field = string | number | boolean | null;

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One field in COPY's text format: `\N` for null, backslash escapes for what would end a field or row. */
export function copyField(value: Field): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const CHUNK_CHARS = 256 * 1024;

const copyLine = (row: readonly Field[]): string => `${row.map(copyField).join('\t')}\n`;

/** What pg's client calls on a query object it runs (its "submittable" protocol, as pg-copy-streams uses it). */
interface PgConnection {
  readonly stream: { readonly writableNeedDrain: boolean; once(event: 'drain', listener: () => void): unknown };
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

/**
 * `COPY … FROM STDIN` of rows turned into text a chunk at a time once the server asks for them, so
 * the server parses one chunk while the next is made: when the socket holds more than it has sent,
 * the next chunk waits for it to drain (the event loop must turn for the socket to write at all).
 * pg has no COPY of its own; this is the few lines of pg-copy-streams' copy-from it needs.
 */
class CopyIn {
  private failed = false;
  /** What making a row threw: the COPY is ended with it, and it is what the caller sees. */
  private sourceError: Error | null = null;
  rowCount = 0;
  readonly done: Promise<number>;
  private settle!: { resolve(count: number): void; reject(error: Error): void };

  constructor(
    private readonly text: string,
    private readonly rows: Iterable<readonly Field[]>,
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    void this.send(connection);
  }

  private async send(connection: PgConnection): Promise<void> {
    try {
      let chunk = '';
      for (const row of this.rows) {
        chunk += copyLine(row);
        if (chunk.length < CHUNK_CHARS) continue;
        connection.sendCopyFromChunk(Buffer.from(chunk));
        chunk = '';
        if (connection.stream.writableNeedDrain)
          await new Promise<void>((drained) => connection.stream.once('drain', () => drained()));
        // The server refused the COPY meanwhile: what is still sent would be dropped.
        if (this.failed) return;
      }
      if (chunk.length > 0) connection.sendCopyFromChunk(Buffer.from(chunk));
      connection.endCopyFrom();
    } catch (error) {
      this.sourceError = error instanceof Error ? error : new Error(String(error));
      // The server ends the COPY with an error of its own and is ready again after it.
      connection.sendCopyFail(this.sourceError.message);
    }
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
  }

  /** pg lets go of a query that failed (its ReadyForQuery does not reach it), so a failure settles here. */
  handleError(error: Error): void {
    this.failed = true;
    this.settle.reject(this.sourceError ?? error);
  }

  handleReadyForQuery(): void {
    this.settle.resolve(this.rowCount);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/**
 * Copies rows (each an array of fields) into `table (columns)`; resolves with the count the server
 * took. `rows` is read once, while the COPY runs: a generator makes each row as it is sent.
 */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly Field[]>,
): Promise<number> {
  const copy = new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, rows);
  client.query(copy as unknown as Submittable);
  return copy.done;
}
