import { DistinctTexts, type Basis } from '../../model';
import type { ImportPlan, PlanOutcome } from './plan';
import { PlannedRow, SheetRows } from './planned-row';

/**
 * A preview's plan as the reading worker hands it to the main thread: the planned rows as columns
 * (typed arrays handed over without a copy, each distinct text once), everything else as it is.
 * Cloned row by row, 132,000 planned rows would arrive as 264,000 objects and a string per text.
 */
export type PackedPlanOutcome = { ok: true; plan: PackedPlan } | { ok: false; message: string };

export interface PackedPlan extends Omit<ImportPlan, 'planned'> {
  planned: PackedRows;
}

export interface PackedRows {
  /** The zone, indicator, period, basis, source and note of each row, as places in `texts`. */
  textIndexes: Uint32Array;
  texts: string[];
  /** Each row's value and YoY %; `blanks` says which are blank. */
  figures: Float64Array;
  /** 1: no value, 2: no YoY %. */
  blanks: Uint8Array;
  /** Each row's sheet row (0-based), one per planned row, and its sheet, a place in `sheets`. */
  rows: Int32Array;
  sheetIndexes: Uint32Array;
  sheets: { sheet: string; columnCount: number }[];
}

const TEXTS_PER_ROW = 6;
const NO_VALUE = 1;
const NO_YOY = 2;

export function packPlanOutcome(outcome: PlanOutcome): PackedPlanOutcome {
  if (!outcome.ok) return outcome;
  const { planned, ...rest } = outcome.plan;
  return { ok: true, plan: { ...rest, planned: packRows(planned) } };
}

/** The buffers to hand over with a packed plan (postMessage's transfer list). */
export function packedPlanBuffers(outcome: PackedPlanOutcome): ArrayBuffer[] {
  if (!outcome.ok) return [];
  const { textIndexes, figures, blanks, rows, sheetIndexes } = outcome.plan.planned;
  return [textIndexes.buffer, figures.buffer, blanks.buffer, rows.buffer, sheetIndexes.buffer].filter(
    (buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer && buffer.byteLength > 0,
  );
}

function packRows(planned: ImportPlan['planned']): PackedRows {
  const count = planned.length;
  const textIndexes = new Uint32Array(count * TEXTS_PER_ROW);
  const figures = new Float64Array(count * 2);
  const blanks = new Uint8Array(count);
  const rows = new Int32Array(count);
  const sheetIndexes = new Uint32Array(count);
  const texts = new DistinctTexts();
  const textAt = (text: string) => texts.positionOf(text);
  const sheetIndex = new Map<SheetRows, number>();
  for (let index = 0; index < count; index++) {
    const item = planned[index]!;
    if (!(item instanceof PlannedRow)) throw new Error('only rows the row checks planned can be packed');
    const { draft } = item;
    const at = index * TEXTS_PER_ROW;
    textIndexes[at] = textAt(draft.zoneId);
    textIndexes[at + 1] = textAt(draft.indicatorId);
    textIndexes[at + 2] = textAt(draft.period);
    textIndexes[at + 3] = textAt(draft.basis);
    textIndexes[at + 4] = textAt(draft.source);
    textIndexes[at + 5] = textAt(draft.note);
    figures[index * 2] = draft.value ?? 0;
    figures[index * 2 + 1] = draft.yoyPct ?? 0;
    blanks[index] = (draft.value === null ? NO_VALUE : 0) | (draft.yoyPct === null ? NO_YOY : 0);
    rows[index] = item.row;
    let sheet = sheetIndex.get(item.sheetRows);
    if (sheet === undefined) sheetIndex.set(item.sheetRows, (sheet = sheetIndex.size));
    sheetIndexes[index] = sheet;
  }
  const sheets = [...sheetIndex.keys()].map(({ sheet, columnCount }) => ({ sheet, columnCount }));
  return { textIndexes, texts: texts.list, figures, blanks, rows, sheetIndexes, sheets };
}

export function unpackPlanOutcome(outcome: PackedPlanOutcome): PlanOutcome {
  if (!outcome.ok) return outcome;
  const { planned, ...rest } = outcome.plan;
  return { ok: true, plan: { ...rest, planned: unpackRows(planned) } };
}

function unpackRows(packed: PackedRows): PlannedRow[] {
  const { textIndexes, texts, figures, blanks, rows, sheetIndexes } = packed;
  const count = rows.length;
  if (
    textIndexes.length !== count * TEXTS_PER_ROW ||
    figures.length !== count * 2 ||
    blanks.length !== count ||
    sheetIndexes.length !== count
  )
    throw new Error(`the packed plan's columns do not all hold its ${count} rows`);
  const sheets = packed.sheets.map(({ sheet, columnCount }) => new SheetRows(sheet, columnCount));
  const text = (at: number) => {
    const found = texts[textIndexes[at]!];
    if (found === undefined) throw new Error(`a packed row names text ${textIndexes[at]}, of ${texts.length}`);
    return found;
  };
  const planned = new Array<PlannedRow>(count);
  for (let index = 0; index < count; index++) {
    const at = index * TEXTS_PER_ROW;
    const sheet = sheets[sheetIndexes[index]!];
    if (!sheet) throw new Error(`a packed row names sheet ${sheetIndexes[index]}, of ${sheets.length}`);
    const blank = blanks[index]!;
    const draft = {
      zoneId: text(at),
      indicatorId: text(at + 1),
      period: text(at + 2),
      basis: text(at + 3) as Basis,
      value: blank & NO_VALUE ? null : figures[index * 2]!,
      yoyPct: blank & NO_YOY ? null : figures[index * 2 + 1]!,
      source: text(at + 4),
      note: text(at + 5),
    };
    planned[index] = new PlannedRow(draft, sheet, rows[index]!);
  }
  return planned;
}
