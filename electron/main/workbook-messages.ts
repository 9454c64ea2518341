import type { ReadOptions, ReadOutcome } from '../../shared/workbook/read';

/** What the main thread asks the workbook worker: one file to parse. */
export interface ReadRequest {
  id: number;
  bytes: Uint8Array;
  options: ReadOptions;
}

/** The worker's answer: the reader's outcome, or why the reader itself failed. */
export type ReadResponse = { id: number; outcome: ReadOutcome } | { id: number; error: string };
