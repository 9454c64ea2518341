import type { ClientBase, Submittable } from 'pg';

const NEEDS_ESCAPE = /[\\\t\n\r]/;

/** One field in COPY's text format: `\N` for null, backslash escapes for what would end a field or row. */
export function copyField(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const CHUNK_BYTES = 256 * 1024;

/** What pg's client calls on a query object it runs (its "submittable" protocol, as pg-copy-streams uses it). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

/**
 * `COPY … FROM STDIN` with rows already in memory: sent in chunks once the server asks for them.
 * pg has no COPY of its own; this is the few lines of pg-copy-streams' copy-from it needs.
 */
class CopyIn {
  private error: Error | null = null;
  rowCount = 0;
  readonly done: Promise<number>;
  private settle!: { resolve(count: number): void; reject(error: Error): void };

  constructor(
    private readonly text: string,
    private readonly lines: readonly string[],
  ) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    let chunk: string[] = [];
    let size = 0;
    for (const line of this.lines) {
      chunk.push(line);
      size += line.length;
      if (size >= CHUNK_BYTES) {
        connection.sendCopyFromChunk(Buffer.from(chunk.join('')));
        chunk = [];
        size = 0;
      }
    }
    if (chunk.length > 0) connection.sendCopyFromChunk(Buffer.from(chunk.join('')));
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleError(error: Error): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve(this.rowCount);
  }

  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Copies rows (each an array of fields) into `table (columns)`; resolves with the count the server took. */
export async function copyRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly (string | number | boolean | null)[]>,
): Promise<number> {
  const lines: string[] = [];
  for (const row of rows) lines.push(`${row.map(copyField).join('\t')}\n`);
  const copy = new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, lines);
  client.query(copy as unknown as Submittable);
  return copy.done;
}
