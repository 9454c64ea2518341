import type { ReadOptions } from '../../shared/workbook/read';
import type { PackedGrid } from '../../shared/workbook/read/packed-grid';
import type { Table } from '../../shared/workbook/write';

/** What the main thread asks the workbook worker: one file to parse, or one workbook to write. */
export type WorkbookRequest =
  | { id: number; kind: 'read'; bytes: Uint8Array; options: ReadOptions }
  | { id: number; kind: 'write'; tables: Table[] };

/** What the reader found: the workbook packed for the hop back (`packed-grid.ts`), or why it refused the file. */
export type PackedOutcome = { ok: true; packed: PackedGrid } | { ok: false; message: string };

/** The worker's answer: the reader's outcome, the written bytes, or why the reader or writer itself failed. */
export type WorkbookResponse =
  { id: number; outcome: PackedOutcome } | { id: number; bytes: Uint8Array } | { id: number; error: string };
