import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import {
  columnIndex,
  fieldValue,
  readWorkbook,
  type ObservationField,
  type SheetGrid,
  type SourceRow,
  type WorkbookGrid,
} from '../../../../../shared/workbook/read';
import type { LayoutReading } from '../../../../../shared/workbook/read/layouts/reader';

export const REAL = join(__dirname, '../../../../fixtures/real');

export function readReal(file: string): WorkbookGrid {
  const result = readWorkbook(new Uint8Array(readFileSync(join(REAL, file))), { fileName: file });
  if (!result.ok) throw new Error(result.message);
  return result.workbook;
}

export function sheetOf(workbook: WorkbookGrid, name: string): SheetGrid {
  const sheet = workbook.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A workbook written by the real library and read back by the real reader. */
export function built(sheets: Record<string, unknown[][]>): WorkbookGrid {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), name);
  const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const result = readWorkbook(bytes, { fileName: 'built.xlsx' });
  if (!result.ok) throw new Error(result.message);
  return result.workbook;
}

export interface Figure {
  zone: unknown;
  indicator: unknown;
  period: unknown;
  basis: unknown;
  value: number | null;
  yoy: number | null;
  unit: unknown;
}

const asNumber = (cell: unknown): number | null =>
  cell === null || cell === undefined || cell === '' ? null : Number(cell);

export function figures(records: readonly SourceRow<ObservationField>[]): Figure[] {
  return records.map((record) => ({
    zone: fieldValue(record, 'zone'),
    indicator: fieldValue(record, 'indicator'),
    period: fieldValue(record, 'period'),
    basis: fieldValue(record, 'basis'),
    value: asNumber(fieldValue(record, 'value')),
    yoy: asNumber(fieldValue(record, 'yoy_pct')),
    unit: fieldValue(record, 'unit'),
  }));
}

export function only(found: Figure[], where: Partial<Figure>): Figure {
  const matches = found.filter((figure) =>
    Object.entries(where).every(([key, value]) => figure[key as keyof Figure] === value),
  );
  if (matches.length !== 1) throw new Error(`${matches.length} figures match ${JSON.stringify(where)}`);
  return matches[0]!;
}

/** A figure as a person counts them: a number cell, or text that is a plain number (CSV cells). */
function isNumeric(cell: unknown): boolean {
  return typeof cell === 'number' || (typeof cell === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(cell));
}

function rangeCells(place: string): { row: number; column: number }[] {
  const [, range] = /!(.+)$/.exec(place)!;
  const [from, to = from] = range!.split(':');
  const parse = (ref: string) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return { row: Number(digits) - 1, column: columnIndex(letters!) };
  };
  const a = parse(from!);
  const b = parse(to!);
  const cells = [];
  for (let row = a.row; row <= b.row; row++)
    for (let column = a.column; column <= b.column; column++) cells.push({ row, column });
  return cells;
}

/**
 * Every numeric cell below the header (label columns aside) counted by hand, and how many records
 * and unmapped problems cover each: each must be covered exactly once.
 */
export function accountFor(
  sheet: SheetGrid,
  reading: LayoutReading,
): { numeric: number; recorded: number; unmapped: number; twice: string[]; missed: string[] } {
  const cover = new Map<string, number>();
  const bump = (row: number, column: number) => cover.set(`${row}:${column}`, (cover.get(`${row}:${column}`) ?? 0) + 1);
  let recorded = 0;
  for (const record of reading.records) {
    for (const field of ['value', 'yoy_pct'] as const) {
      const column = record.columns[field];
      const cell = record.given?.[field]?.cell;
      if (column !== undefined) bump(record.row, column);
      if (cell) bump(cell.row, cell.column);
      if (column !== undefined || cell) recorded++;
    }
  }
  let unmapped = 0;
  for (const problem of reading.problems.filter((candidate) => candidate.unmapped)) {
    for (const { row, column } of rangeCells(problem.place!)) {
      if (!isNumeric(sheet.rows[row]?.[column])) continue;
      bump(row, column);
      unmapped++;
    }
  }
  let numeric = 0;
  const missed: string[] = [];
  for (let row = reading.headerRow + reading.headerRows; row < sheet.rows.length; row++) {
    (sheet.rows[row] ?? []).forEach((cell, column) => {
      if (reading.labelColumns.includes(column) || !isNumeric(cell)) return;
      numeric++;
      if (!cover.has(`${row}:${column}`)) missed.push(`${row + 1}:${column + 1}`);
    });
  }
  const twice = [...cover].filter(([, count]) => count > 1).map(([cell]) => cell);
  return { numeric, recorded, unmapped, twice, missed };
}
