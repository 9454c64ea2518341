import type { ReadOptions, ReadOutcome } from '../../shared/workbook/read';
import type { Table } from '../../shared/workbook/write';

/** What the main thread asks the workbook worker: one file to parse, or one workbook to write. */
export type WorkbookRequest =
  | { id: number; kind: 'read'; bytes: Uint8Array; options: ReadOptions }
  | { id: number; kind: 'write'; tables: Table[] };

/** The worker's answer: the reader's outcome, the written bytes, or why the reader or writer itself failed. */
export type WorkbookResponse =
  { id: number; outcome: ReadOutcome } | { id: number; bytes: Uint8Array } | { id: number; error: string };
