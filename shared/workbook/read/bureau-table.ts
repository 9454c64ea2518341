import { makePeriod, type Period } from '../../model';
import { chooseRoles, classifyColumns, figureGroups, firstTextColumn, settledFields, type Group } from './bureau-columns';
import { classifyBureauHeader } from './bureau-headers';
import type { ObservationField } from './fields';
import { cellAt, cellText, isBlank, isBlankRow, type SheetGrid, type SheetProblem } from './grid';
import { HEADER_SEARCH_ROWS } from './header-row';
import type { MappingChoice, MappingEntry } from './mapping';
import { cellPlace, columnLetter } from './places';
import type { GivenValue, SourceRow } from './source-row';
import { sheetTitle, type SheetTitle } from './title';

export interface BureauOptions {
  headerRow?: number;
  choices?: readonly MappingChoice[];
  /** The zone, when the sheet does not say it (bureau tables are one zone's). */
  zone?: GivenValue;
  /** The period the user chose, for headers such as 本月 / 本月止累计 and title-less sheets. */
  period?: Period;
}

export interface BureauTable {
  sheet: string;
  headerRow: number;
  mapping: MappingEntry[];
  title: SheetTitle;
  /** The period the sheet says (from its headers or title), or the user's. */
  period: Period | null;
  records: SourceRow<ObservationField>[];
  problems: SheetProblem[];
}

/** A header row of a bureau table: two or more labels, at least one of them a figure column. */
export function detectBureauHeaderRow(grid: SheetGrid): number {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.rows.length);
  for (let row = 0; row < last; row++) {
    const labels = (grid.rows[row] ?? []).map((cell) => cellText(cell ?? null)).filter(Boolean);
    if (labels.length < 2) continue;
    const kinds = labels.map(classifyBureauHeader);
    if (kinds.some((kind) => kind !== null && (kind.field.endsWith('_value') || kind.field.endsWith('_yoy')))) return subHeaderBelow(grid, row) ? row + 1 : row;
  }
  return -1;
}

/** Two-row headers: `5月` (merged over two columns) above `绝对值 | 增长%`. */
function subHeaderBelow(grid: SheetGrid, row: number): boolean {
  const below = grid.rows[row + 1];
  if (!below || isBlankRow(below)) return false;
  const labels = below.map((cell) => cellText(cell ?? null)).filter(Boolean);
  return labels.length > 0 && labels.every((label) => {
    const kind = classifyBureauHeader(label);
    return kind !== null && kind.field !== 'indicator' && kind.field !== 'unit';
  });
}

function cleanIndicatorLabel(text: string): string {
  return text
    .replace(/^[\s#*△▲☆★]+/, '')
    .replace(/^(其中|内|含)[:：]?/, '')
    .replace(/^([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、])/, '')
    .trim();
}

/**
 * A bureau table (rows are indicators; columns `5月 | 1-5月 | 同比增长(%)` or `本月 | 本月止累计 |
 * 比上年同期增长(%)`): one record per indicator row and basis with a figure, its period from the
 * headers, the title or the user, its zone from the user.
 */
export function readBureauTable(grid: SheetGrid, options: BureauOptions = {}): BureauTable {
  const problems: SheetProblem[] = [];
  const headerRow = options.headerRow !== undefined ? options.headerRow - 1 : detectBureauHeaderRow(grid);
  const title = sheetTitle(grid, Math.max(headerRow, 0));
  const empty = { sheet: grid.name, headerRow: -1, mapping: [], title, period: null, records: [] };
  if (headerRow < 0 || headerRow >= grid.rows.length) {
    const message = options.headerRow !== undefined ? `row ${options.headerRow} is not in the sheet` : `no header row among the first ${HEADER_SEARCH_ROWS} rows names month or year-to-date columns`;
    return { ...empty, problems: [{ severity: 'error', place: grid.name, message, expected: 'a header row such as 指标名称 | 计量单位 | 5月 | 1-5月 | 同比增长(%), or 本月 | 本月止累计 | 比上年同期增长(%)' }] };
  }
  const classified = classifyColumns(grid, headerRow);
  const roles = chooseRoles(grid, headerRow, classified, options.choices ?? [], problems);
  const groups = figureGroups(grid, headerRow, roles, classified);
  const fields = settledFields(roles, groups);
  const mapping: MappingEntry[] = fields
    .map((field, column) => ({ column: columnLetter(column), header: cellText(cellAt(grid, headerRow, column)), field }))
    .filter((entry) => entry.header !== '' || entry.field !== null);
  const indicatorColumn = fields.indexOf('indicator') >= 0 ? fields.indexOf('indicator') : firstTextColumn(fields);
  const unitColumn = fields.indexOf('unit');
  if (groups.length === 0) {
    problems.push({ severity: 'error', place: grid.name, message: 'no column holds month or year-to-date figures', expected: 'columns such as 5月, 1-5月, 本月, 本月止累计, 同比增长(%)' });
    return { ...empty, headerRow, mapping, problems };
  }
  const period = settlePeriod(groups, title, options.period, problems);
  const records: SourceRow<ObservationField>[] = [];
  if (period === null) return { sheet: grid.name, headerRow, mapping, title, period, records, problems };
  const givens = groups.map((group) => ({
    group,
    given: {
      period: { value: period, place: group.headerPlace },
      basis: { value: group.basis, place: group.headerPlace },
      ...(options.zone ? { zone: options.zone } : {}),
    } satisfies Partial<Record<ObservationField, GivenValue>>,
  }));
  for (let row = headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row]!;
    if (isBlankRow(cells)) continue;
    const label = indicatorColumn >= 0 ? cleanIndicatorLabel(cellText(cells[indicatorColumn] ?? null)) : '';
    for (const { group, given } of givens) {
      const value = group.value !== undefined ? (cells[group.value] ?? null) : null;
      const yoy = group.yoy !== undefined ? (cells[group.yoy] ?? null) : null;
      if (!hasFigure(value) && !hasFigure(yoy)) continue;
      if (label === '') {
        problems.push({ severity: 'error', place: cellPlace(grid.name, row, Math.max(indicatorColumn, 0)), found: '(blank)', message: 'a row with figures but no indicator', expected: 'the indicator\'s name in this column' });
        break;
      }
      const columns: Partial<Record<ObservationField, number>> = {};
      if (group.value !== undefined) columns.value = group.value;
      if (group.yoy !== undefined) columns.yoy_pct = group.yoy;
      if (unitColumn >= 0) columns.unit = unitColumn;
      records.push({ sheet: grid.name, row, cells, columns, given: { ...given, indicator: { value: label, place: cellPlace(grid.name, row, indicatorColumn) } } });
    }
  }
  return { sheet: grid.name, headerRow, mapping, title, period, records, problems };
}

/** A cell that holds something other than a not-published mark: section rows have none. */
function hasFigure(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'string') return true;
  return !isBlank(value) && !/^[\s\-—–…./]*$/.test(value.normalize('NFKC'));
}

/** The one period of the table: its headers', else the title's, else the user's; disagreement is an error. */
function settlePeriod(groups: Group[], title: SheetTitle, chosen: Period | undefined, problems: SheetProblem[]): Period | null {
  const chosenYear = chosen ? Number(chosen.slice(0, 4)) : null;
  const year = groups.find((group) => group.parts?.year != null)?.parts?.year ?? title.year ?? chosenYear;
  const month = groups.find((group) => group.parts !== null)?.parts?.month ?? title.parts?.month ?? (chosen ? Number(chosen.slice(5, 7)) : null);
  if (year === null || month === null) {
    problems.push({ severity: 'error', place: groups[0]!.headerPlace, message: 'the sheet does not say its period', expected: 'a period chosen for the import (YYYY-MM), or a title such as 2025年1-5月' });
    return null;
  }
  const period = makePeriod(year, month);
  for (const group of groups) {
    if (group.parts && group.parts.month !== month) {
      problems.push({ severity: 'error', place: group.headerPlace, found: `month ${group.parts.month}`, expected: `month ${month}, as the other columns say`, message: 'the columns name different periods' });
    }
  }
  if (chosen && chosen !== period) {
    problems.push({ severity: 'error', place: groups[0]!.headerPlace, found: period, expected: chosen, message: `the sheet says ${period}, not the chosen ${chosen}` });
  }
  return period;
}
