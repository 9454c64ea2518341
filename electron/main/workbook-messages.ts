import type { ImportStage } from '../../shared/api/import';
import type { PackedPlanOutcome } from '../../shared/app/import/packed-plan';
import type { PlanRequest } from '../../shared/app/import/plan';
import type { ReadOptions } from '../../shared/workbook/read';
import type { PackedGrid } from '../../shared/workbook/read/packed-grid';
import type { Table } from '../../shared/workbook/write';

/** What the main thread asks the workbook worker: one file to parse or to plan as a preview, or one workbook to write. */
export type WorkbookRequest =
  | { id: number; kind: 'read'; bytes: Uint8Array; options: ReadOptions }
  | { id: number; kind: 'plan'; input: PlanRequest }
  | { id: number; kind: 'write'; tables: Table[] };

/** What the reader found: the workbook packed for the hop back (`packed-grid.ts`), or why it refused the file. */
export type PackedOutcome = { ok: true; packed: PackedGrid } | { ok: false; message: string };

/** How far a plan has got, posted as it goes: a new stage (with its total), or rows done in the current one. */
export type PlanProgress = { stage: ImportStage; total: number } | { done: number };

/**
 * The worker's answer: the reader's outcome, the planned preview, the written bytes, or why the reader,
 * planner or writer itself failed; and, before a plan's answer, its progress (which settles nothing).
 */
export type WorkbookResponse =
  | { id: number; outcome: PackedOutcome }
  | { id: number; plan: PackedPlanOutcome }
  | { id: number; bytes: Uint8Array }
  | { id: number; error: string }
  | { id: number; progress: PlanProgress };
