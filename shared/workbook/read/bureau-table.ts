import { makePeriod, type Period } from '../../model';
import { cleanName, parseNumber, splitLabelUnit } from '../../parse';
import {
  chooseRoles,
  classifyColumns,
  columnHeaderText,
  figureGroups,
  firstTextColumn,
  settledFields,
  type Group,
} from './bureau-columns';
import { classifyBureauHeader, growthBase } from './bureau-headers';
import { headerKey, type ObservationField } from './fields';
import { cellAt, cellText, isBlank, isBlankRow, type SheetGrid, type SheetProblem } from './grid';
import { HEADER_SEARCH_ROWS } from './header-row';
import type { MappingChoice, MappingEntry } from './mapping';
import { cellPlace, columnLetter } from './places';
import type { GivenValue, SourceRow } from './source-row';
import { sheetTitle, type SheetTitle } from './title';

export interface BureauOptions {
  /** 1-based: the header row just above the figures (the lower one of a two-row header). */
  headerRow?: number;
  choices?: readonly MappingChoice[];
  /** The zone, when the sheet does not say it (bureau tables are one zone's). */
  zone?: GivenValue;
  /** The period the user chose, for headers such as 本月 / 本月止累计 and title-less sheets. */
  period?: Period;
}

export interface BureauTable {
  sheet: string;
  /** 0-based: the header row just above the figures; -1 when none was found. */
  headerRow: number;
  /** 1, or 2 when a row such as `4月 | 1-4月` stands above `绝对量 | 同比增长(%)`. */
  headerRows: number;
  mapping: MappingEntry[];
  title: SheetTitle;
  /** The period the sheet says (from its headers or title), or the user's. */
  period: Period | null;
  /** The column of indicator names, -1 when none. */
  indicatorColumn: number;
  /** 0-based row of the first footnote (`注：`, `数据来源：`); the table ends above it. */
  footnoteRow: number | null;
  records: SourceRow<ObservationField>[];
  problems: SheetProblem[];
}

/** A header row of a bureau table: two or more labels, at least one of them a figure column, and no figures. */
export function detectBureauHeaderRow(grid: SheetGrid, choices: readonly MappingChoice[] = []): number {
  const chosen = new Set(
    choices
      .filter((choice) => choice.header !== undefined && choice.field !== null && /_(value|yoy)$/.test(choice.field))
      .map((choice) => headerKey(choice.header!)),
  );
  const last = Math.min(HEADER_SEARCH_ROWS, grid.rows.length);
  for (let row = 0; row < last; row++) {
    if ((grid.rows[row] ?? []).some((cell) => typeof cell === 'number')) continue;
    const labels = (grid.rows[row] ?? []).map((cell) => cellText(cell ?? null)).filter(Boolean);
    if (labels.length < 2) continue;
    if (labels.some((label) => chosen.has(headerKey(label)))) return row;
    const kinds = labels.map(classifyBureauHeader);
    if (kinds.some((kind) => kind !== null && (kind.field.endsWith('_value') || kind.field.endsWith('_yoy'))))
      return subHeaderBelow(grid, row) ? row + 1 : row;
  }
  return -1;
}

/**
 * Two-row headers: `5月` (merged over two columns) above `绝对值 | 增长%`. A title merged right
 * above the header (`2020年4月规模以上工业主要数据`) is one label that names no column: not a header.
 */
function subHeaderBelow(grid: SheetGrid, row: number): boolean {
  const own = (grid.rows[row] ?? []).map((cell) => cellText(cell ?? null)).filter(Boolean);
  if (own.length === 0 || (own.length === 1 && classifyBureauHeader(own[0]!) === null)) return false;
  const below = grid.rows[row + 1];
  if (!below || isBlankRow(below) || below.some((cell) => typeof cell === 'number')) return false;
  const labels = below.map((cell) => cellText(cell ?? null)).filter(Boolean);
  return (
    labels.length > 0 &&
    labels.every((label) => {
      const kind = classifyBureauHeader(label);
      return kind !== null && kind.field !== 'indicator' && kind.field !== 'unit';
    })
  );
}

/** A row that starts a table's notes: `注：1.…`, `数据来源：…`, `资料来源：…`, `说明：…`. */
const FOOTNOTE = /^(注|附注|数据来源|资料来源|来源|说明)\s*[:：0-9①]/u;

function isFootnoteRow(cells: readonly unknown[]): boolean {
  const first = cells.find((cell) => cellText((cell ?? null) as string | null) !== '');
  return typeof first === 'string' && FOOTNOTE.test(first.trim());
}

/**
 * A bureau table (rows are indicators; columns `5月 | 1-5月 | 同比增长(%)` or `本月 | 本月止累计 |
 * 比上年同期增长(%)`): one record per indicator row and basis with a figure, its period from the
 * headers, the title or the user, its zone from the user. Rows from the first footnote on are notes.
 */
export function readBureauTable(grid: SheetGrid, options: BureauOptions = {}): BureauTable {
  const problems: SheetProblem[] = [];
  const headerRow =
    options.headerRow !== undefined ? options.headerRow - 1 : detectBureauHeaderRow(grid, options.choices);
  const upperRow = headerRow > 0 && subHeaderBelow(grid, headerRow - 1) ? headerRow - 1 : -1;
  const firstHeaderRow = upperRow >= 0 ? upperRow : headerRow;
  const title = sheetTitle(grid, Math.max(firstHeaderRow, 0));
  const empty = {
    sheet: grid.name,
    headerRow: -1,
    headerRows: 1,
    mapping: [],
    title,
    period: null,
    indicatorColumn: -1,
    footnoteRow: null,
    records: [],
  };
  if (headerRow < 0 || headerRow >= grid.rows.length) {
    const message =
      options.headerRow !== undefined
        ? `row ${options.headerRow} is not in the sheet`
        : `no header row among the first ${HEADER_SEARCH_ROWS} rows names month or year-to-date columns`;
    return {
      ...empty,
      problems: [
        {
          severity: 'error',
          place: grid.name,
          message,
          expected:
            'a header row such as 指标名称 | 计量单位 | 5月 | 1-5月 | 同比增长(%), or 本月 | 本月止累计 | 比上年同期增长(%)',
        },
      ],
    };
  }
  const headerRows = upperRow >= 0 ? 2 : 1;
  const classified = classifyColumns(grid, headerRow, upperRow);
  const roles = chooseRoles(grid, headerRow, classified, options.choices ?? [], problems, upperRow);
  const groups = figureGroups(grid, headerRow, roles, classified);
  const fields = settledFields(roles, groups);
  const mapping: MappingEntry[] = fields
    .map((field, column) => ({
      column: columnLetter(column),
      header: columnHeaderText(grid, upperRow, headerRow, column),
      field,
    }))
    .filter((entry) => entry.header !== '' || entry.field !== null);
  const indicatorColumn = fields.indexOf('indicator') >= 0 ? fields.indexOf('indicator') : firstTextColumn(fields);
  const unitColumn = fields.indexOf('unit');
  const base = { sheet: grid.name, headerRow, headerRows, mapping, title, indicatorColumn, footnoteRow: null };
  if (groups.length === 0) {
    problems.push({
      severity: 'error',
      code: 'no-figure-columns',
      place: grid.name,
      message: 'no column holds month or year-to-date figures',
      expected: 'columns such as 5月, 1-5月, 本月, 本月止累计, 同比增长(%)',
    });
    return { ...base, period: null, records: [], problems };
  }
  const period = settlePeriod(groups, title, options.period, problems);
  const records: SourceRow<ObservationField>[] = [];
  if (period === null) return { ...base, period, records, problems };
  const givens = groups.map((group) => ({
    group,
    given: {
      period: { value: period, place: group.headerPlace },
      basis: { value: group.basis, place: group.headerPlace },
      ...(options.zone ? { zone: options.zone } : {}),
    } satisfies Partial<Record<ObservationField, GivenValue>>,
  }));
  let footnoteRow: number | null = null;
  for (let row = headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row]!;
    if (isBlankRow(cells)) continue;
    if (isFootnoteRow(cells)) {
      footnoteRow = row;
      break;
    }
    const named = indicatorColumn >= 0 ? splitLabelUnit(cleanName(cellText(cells[indicatorColumn] ?? null))) : null;
    const label = named?.label ?? '';
    for (const { group, given } of givens) {
      const value = group.value !== undefined ? (cells[group.value] ?? null) : null;
      const yoy = group.yoy !== undefined ? (cells[group.yoy] ?? null) : null;
      if (!hasFigure(value) && !hasFigure(yoy)) continue;
      if (label === '') {
        problems.push({
          severity: 'error',
          place: cellPlace(grid.name, row, Math.max(indicatorColumn, 0)),
          code: 'row-without-indicator',
          found: '(blank)',
          message: 'a row with figures but no indicator',
          expected: "the indicator's name in this column",
        });
        break;
      }
      const record: SourceRow<ObservationField> = {
        sheet: grid.name,
        row,
        cells,
        columns: {},
        given: { ...given, indicator: { value: label, place: cellPlace(grid.name, row, indicatorColumn) } },
      };
      const nameIndex = named?.indexBase ?? null;
      const base = nameIndex === null ? growthBase(label) : null;
      if (base !== null && group.value !== undefined && hasFigure(value)) {
        // `工业增加值增速` under 本月: a growth series is the YoY of its base indicator, never a value.
        if (hasFigure(yoy)) {
          problems.push({
            severity: 'error',
            place: cellPlace(grid.name, row, group.yoy!),
            found: cellText(yoy),
            expected: 'the growth once: in the row named as growth, or in the growth column',
            message: 'a growth row with a growth column too',
          });
          continue;
        }
        record.given!.indicator = { value: base, place: cellPlace(grid.name, row, indicatorColumn) };
        record.given!.yoy_pct = {
          value,
          place: cellPlace(grid.name, row, group.value),
          cell: { row, column: group.value },
        };
        records.push(record);
        continue;
      }
      if (nameIndex !== null && group.yoyIndexBase === undefined) {
        // `居民消费价格指数(上年同月=100)`: the row's figures are an index, its growth, never a value.
        if (hasFigure(yoy)) {
          problems.push({
            severity: 'error',
            place: cellPlace(grid.name, row, group.yoy!),
            found: cellText(yoy),
            expected: 'the index or the growth, not both',
            message: 'an index row with a growth column too',
          });
          continue;
        }
        if (group.value !== undefined && hasFigure(value))
          record.given!.yoy_pct = indexGrowth(grid, row, group.value, nameIndex);
        records.push(record);
        continue;
      }
      if (group.value !== undefined) record.columns.value = group.value;
      if (group.yoy !== undefined && group.yoyIndexBase !== undefined) {
        if (hasFigure(yoy)) record.given!.yoy_pct = indexGrowth(grid, row, group.yoy, group.yoyIndexBase);
      } else if (group.yoy !== undefined) record.columns.yoy_pct = group.yoy;
      const unit = rowUnit(
        grid,
        row,
        unitColumn,
        group,
        named?.unit ?? null,
        indicatorColumn,
        hasFigure(value),
        problems,
      );
      if (unit === undefined) break;
      if (typeof unit === 'number') record.columns.unit = unit;
      if (unit !== null && typeof unit !== 'number') record.given!.unit = unit;
      records.push(record);
    }
  }
  return { ...base, period, footnoteRow, records, problems };
}

/**
 * Where a row's unit comes from: the value column's header (`本月(亿元)`), else the name
 * (`汽车制造业出口交货值(亿元)`), else the unit column. Two that disagree over a figure are an error
 * (undefined); a unit column beside a growth-only row does not matter.
 */
function rowUnit(
  grid: SheetGrid,
  row: number,
  unitColumn: number,
  group: Group,
  nameUnit: string | null,
  indicatorColumn: number,
  valueIsFigure: boolean,
  problems: SheetProblem[],
): number | GivenValue | null | undefined {
  const written =
    group.unit !== undefined
      ? { value: group.unit, place: group.headerPlace }
      : nameUnit !== null
        ? { value: nameUnit, place: cellPlace(grid.name, row, indicatorColumn) }
        : null;
  const columnUnit = unitColumn >= 0 ? cellText(cellAt(grid, row, unitColumn)) : '';
  if (written === null) return unitColumn >= 0 ? unitColumn : null;
  if (valueIsFigure && columnUnit !== '' && columnUnit.normalize('NFKC') !== written.value.normalize('NFKC')) {
    problems.push({
      severity: 'error',
      place: cellPlace(grid.name, row, unitColumn),
      found: columnUnit,
      expected: `${written.value}, as ${written.place} says`,
      message: 'the unit column and the header name different units',
    });
    return undefined;
  }
  return written;
}

/** An index figure as growth (103.6 on base 100 → 3.6), with its cell; text that is no number is passed on to be refused. */
function indexGrowth(grid: SheetGrid, row: number, column: number, base: number): GivenValue {
  const cell = cellAt(grid, row, column);
  const parsed = parseNumber(cell);
  const value = parsed.ok && parsed.value !== null ? minusBase(parsed.value, base) : cell;
  return { value, place: cellPlace(grid.name, row, column), cell: { row, column } };
}

/** 103.6 − 100 = 3.6 exactly: to the figure's own decimals, not 3.5999999999999943. */
function minusBase(figure: number, base: number): number {
  const decimals = (String(figure).split('.')[1] ?? '').length;
  return Number((figure - base).toFixed(Math.min(decimals, 10)));
}

/** A cell that holds something other than a not-published mark: section rows have none. */
function hasFigure(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'string') return true;
  return !isBlank(value) && !/^[\s\-—–…./]*$/.test(value.normalize('NFKC'));
}

/** The one period of the table: its headers', else the title's, else the user's; disagreement is an error. */
function settlePeriod(
  groups: Group[],
  title: SheetTitle,
  chosen: Period | undefined,
  problems: SheetProblem[],
): Period | null {
  const chosenYear = chosen ? Number(chosen.slice(0, 4)) : null;
  const year = groups.find((group) => group.parts?.year != null)?.parts?.year ?? title.year ?? chosenYear;
  const month =
    groups.find((group) => group.parts !== null)?.parts?.month ??
    title.parts?.month ??
    (chosen ? Number(chosen.slice(5, 7)) : null);
  if (year === null || month === null) {
    problems.push({
      severity: 'error',
      place: groups[0]!.headerPlace,
      code: 'period-not-said',
      message: 'the sheet does not say its period',
      expected: 'a period chosen for the import (YYYY-MM), or a title such as 2025年1-5月',
    });
    return null;
  }
  const period = makePeriod(year, month);
  for (const group of groups) {
    if (group.parts && group.parts.month !== month) {
      problems.push({
        severity: 'error',
        place: group.headerPlace,
        found: `month ${group.parts.month}`,
        expected: `month ${month}, as the other columns say`,
        code: 'columns-different-periods',
        message: 'the columns name different periods',
      });
    }
  }
  if (chosen && chosen !== period) {
    problems.push({
      severity: 'error',
      place: groups[0]!.headerPlace,
      found: period,
      expected: chosen,
      code: 'period-differs-from-chosen',
      params: { period, chosen },
      message: `the sheet says ${period}, not the chosen ${chosen}`,
    });
  }
  return period;
}
