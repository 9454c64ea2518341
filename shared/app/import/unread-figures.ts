import type { ImportProblem } from '../../api/import';
import { parseNumber } from '../../parse';
import {
  cellAt,
  cellText,
  columnIndex,
  columnLetter,
  sheetRef,
  type CellValue,
  type LayoutReading,
  type ObservationField,
  type SheetGrid,
  type SourceRow,
} from '../../workbook/read';

/** A figure: a number, or text that reads as one (`15,300`, `14.8%`); not a name, a mark or a date. */
export function isFigure(value: CellValue): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'string' || !/\d/.test(value)) return false;
  const parsed = parseNumber(value);
  return parsed.ok && parsed.value !== null;
}

interface Area {
  rows: [number, number];
  columns: [number, number];
}

const PLACE = /!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/** The cells a problem's place names (`表1!C4:C30`); the whole sheet for a place that is only its name. */
function areaOf(place: string | undefined, sheet: SheetGrid): Area | null {
  if (place === undefined) return null;
  const match = PLACE.exec(place);
  if (!match)
    return place === sheet.name || place === sheetRef(sheet.name)
      ? { rows: [0, sheet.rows.length], columns: [0, sheet.columnCount] }
      : null;
  const [, firstColumn, firstRow, lastColumn, lastRow] = match;
  return {
    rows: [Number(firstRow) - 1, Number(lastRow ?? firstRow) - 1],
    columns: [columnIndex(firstColumn!), columnIndex(lastColumn ?? firstColumn!)],
  };
}

/** A column's header as the user sees it, both rows of a two-row header (`4月 同比增长(%)`). */
function columnHeader(sheet: SheetGrid, reading: LayoutReading, column: number): string {
  const texts: string[] = [];
  for (let row = reading.headerRow; row < reading.headerRow + reading.headerRows; row++) {
    const merge = sheet.merges.find(
      (range) => range.s.r <= row && range.e.r >= row && range.s.c <= column && range.e.c >= column,
    );
    const text = cellText(merge ? cellAt(sheet, merge.s.r, merge.s.c) : cellAt(sheet, row, column));
    if (text !== '' && !texts.includes(text)) texts.push(text);
  }
  return texts.join(' ');
}

interface Tally {
  count: number;
  first: number;
  last: number;
}

/**
 * Figures below the header that no record reads, no label column holds and no problem of the
 * reader already names: one problem per column with its place and count (`表1!C4:C30: 31 figures
 * under "2020年3月" not imported`). Errors unless the user confirmed leaving them out.
 */
export function unreadFigures(
  sheet: SheetGrid,
  reading: LayoutReading,
  severity: 'error' | 'warning',
): { problems: ImportProblem[]; figures: number } {
  if (reading.headerRow < 0) return { problems: [], figures: 0 };
  const width = sheet.columnCount;
  const records = inRowOrder(reading.records);
  // Columns shared by many records (a canonical sheet's) are listed once.
  const lists = new WeakMap<object, number[]>();
  let lastColumns: object | undefined;
  let lastList: number[] = [];
  const columnsOf = (record: SourceRow<ObservationField>): number[] => {
    if (record.columns === lastColumns) return lastList;
    let list = lists.get(record.columns);
    if (!list) {
      list = Object.values(record.columns).filter((column) => column !== undefined);
      lists.set(record.columns, list);
    }
    lastColumns = record.columns;
    lastList = list;
    return list;
  };
  // A figure a reader gives from a cell may sit in another row than its record's (periods down the rows).
  const givenCells = new Set<number>();
  for (const record of records) {
    if (!record.given) continue;
    for (const given of Object.values(record.given))
      if (given?.cell) givenCells.add(given.cell.row * width + given.cell.column);
  }
  const areas = reading.problems
    .filter((problem) => problem.unmapped)
    .map((problem) => areaOf(problem.place, sheet))
    .filter((area) => area !== null);
  const labels = new Set(reading.labelColumns);
  const covered = new Uint8Array(width);
  const cover = (columns: readonly number[], on: 0 | 1) => {
    for (const column of columns) if (column < width) covered[column] = on;
  };
  // The columns `covered` holds between rows: a run of rows with one record each, over the same columns, marks them once.
  let held: number[] | null = null;
  const tallies = new Map<number, Tally>();
  let next = 0;
  for (let row = reading.headerRow + reading.headerRows; row < sheet.rows.length; row++) {
    while (next < records.length && records[next]!.row < row) next++;
    const first = next;
    while (next < records.length && records[next]!.row === row) next++;
    const single = next - first === 1 ? columnsOf(records[first]!) : null;
    if (single !== held) {
      if (held) cover(held, 0);
      held = single;
      if (single) cover(single, 1);
    }
    if (!single) for (let index = first; index < next; index++) cover(columnsOf(records[index]!), 1);
    const cells = sheet.rows[row]!;
    for (let column = 0; column < Math.min(cells.length, width); column++) {
      if (covered[column] || labels.has(column) || !isFigure(cells[column] ?? null)) continue;
      if (givenCells.has(row * width + column)) continue;
      if (
        areas.some(
          (area) =>
            row >= area.rows[0] && row <= area.rows[1] && column >= area.columns[0] && column <= area.columns[1],
        )
      )
        continue;
      const tally = tallies.get(column);
      if (tally) {
        tally.count++;
        tally.last = row;
      } else tallies.set(column, { count: 1, first: row, last: row });
    }
    if (!single) for (let index = first; index < next; index++) cover(columnsOf(records[index]!), 0);
  }
  const problems: ImportProblem[] = [];
  let figures = 0;
  for (const [column, tally] of [...tallies.entries()].sort((a, b) => a[0] - b[0])) {
    figures += tally.count;
    const letter = columnLetter(column);
    const header = columnHeader(sheet, reading, column);
    const range =
      tally.first === tally.last
        ? `${letter}${tally.first + 1}`
        : `${letter}${tally.first + 1}:${letter}${tally.last + 1}`;
    problems.push({
      severity,
      code: 'figures-not-imported',
      params: { count: tally.count, header: header === '' ? letter : header },
      place: `${sheetRef(sheet.name)}!${range}`,
      found: header === '' ? `column ${letter}` : header,
      expected: 'a mapping for the column, or leaving them out confirmed (skip unmapped figures)',
      message: `${tally.count} ${tally.count === 1 ? 'figure' : 'figures'} under ${header === '' ? `column ${letter}` : `"${header}"`} not imported`,
      unmapped: true,
    });
  }
  return { problems, figures };
}

function inRowOrder(records: SourceRow<ObservationField>[]): SourceRow<ObservationField>[] {
  for (let index = 1; index < records.length; index++)
    if (records[index]!.row < records[index - 1]!.row) return [...records].sort((a, b) => a.row - b.row);
  return records;
}

/** Sheets the import does not read that hold figures: one warning each. */
export function otherSheetsWithFigures(sheets: readonly SheetGrid[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const sheet of sheets) {
    let count = 0;
    for (const row of sheet.rows) for (const cell of row) if (isFigure(cell ?? null)) count++;
    if (count > 0)
      problems.push({
        severity: 'warning',
        code: 'sheet-not-imported',
        params: { sheet: sheet.name, count },
        place: sheet.name,
        found: `${count} ${count === 1 ? 'figure' : 'figures'}`,
        message: `the sheet "${sheet.name}" holds figures that are not imported`,
      });
  }
  return problems;
}
