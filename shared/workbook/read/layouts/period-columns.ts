import { compactText, parsePeriodHeader, type PeriodHeader } from '../../../parse';
import { cellText, type CellValue, type SheetGrid } from '../grid';
import { HEADER_SEARCH_ROWS } from '../header-row';
import { cellPlace } from '../places';

/** A column whose header names a period (`2020年4月`, `1-2月`, `2020年第一季度`, `2019年`). */
export interface PeriodColumn {
  column: number;
  header: PeriodHeader;
  text: string;
  place: string;
}

/** Headers of a first column that lists zones rather than indicators. */
export const ZONE_COLUMN_HEADERS = new Set([
  '地区',
  '地区名称',
  '省份',
  '省市',
  '省区市',
  '城市',
  '区域',
  '开发区',
  '园区',
  '开发区名称',
  '园区名称',
  'region',
  'zone',
]);

export function isZoneColumnHeader(text: string): boolean {
  return ZONE_COLUMN_HEADERS.has(compactText(text).toLowerCase());
}

/** First-column headers of a header row: under them, number cells across may be years (`地区 | 2018 | 2019`). */
const ROW_HEADER_WORDS = new Set(['指标', '指标名称', '项目', '行业', '时间', '年份', ...ZONE_COLUMN_HEADERS]);

/**
 * Number cells are periods across only in a period-shaped header row: its first cell a header word
 * and every other cell a whole year (1949–2100) or YYYYMM, so a row of figures is never a header.
 */
function numbersArePeriods(cells: readonly CellValue[]): boolean {
  if (!ROW_HEADER_WORDS.has(compactText(cellText(cells[0] ?? null)).toLowerCase())) return false;
  const rest = cells.slice(1).filter((cell) => cellText(cell ?? null) !== '');
  return (
    rest.length > 0 &&
    rest.every(
      (cell) =>
        typeof cell === 'number' && Number.isInteger(cell) && parsePeriodHeader(cell, { numbers: true }) !== null,
    )
  );
}

/** The period headers of a row, after its first (label) column. */
export function periodColumns(grid: SheetGrid, row: number): PeriodColumn[] {
  const columns: PeriodColumn[] = [];
  const cells = grid.rows[row] ?? [];
  const numbers = numbersArePeriods(cells);
  for (let column = 1; column < cells.length; column++) {
    const header = parsePeriodHeader(cells[column] ?? null, { numbers });
    if (header)
      columns.push({ column, header, text: cellText(cells[column] ?? null), place: cellPlace(grid.name, row, column) });
  }
  return columns;
}

/**
 * The first row among the first ten with at least `least` period headers after its first column,
 * and mostly periods there: a data row holding a few dates (开始时间 | 结束时间) is not a header.
 */
export function findPeriodHeaderRow(grid: SheetGrid, least: number): number {
  const last = Math.min(HEADER_SEARCH_ROWS, grid.rows.length);
  for (let row = 0; row < last; row++) {
    const periods = periodColumns(grid, row).length;
    const labels = (grid.rows[row] ?? []).slice(1).filter((cell) => cellText(cell ?? null) !== '').length;
    if (periods >= least && periods * 3 >= labels * 2) return row;
  }
  return -1;
}

/** How many different periods the headers name: `4月 | 1-4月` is one month read two ways (a release table). */
export function distinctEndMonths(columns: readonly PeriodColumn[]): number {
  return new Set(
    columns.map(({ header }) =>
      header.kind === 'year'
        ? `${header.year}`
        : header.kind === 'quarter'
          ? `${header.year}Q${header.quarter}`
          : `${header.year}-${header.month}`,
    ),
  ).size;
}

/** A row under the header that names measures (`绝对量 | 同比增长(%)`): a two-row release-table header. */
export function hasMeasureRowBelow(grid: SheetGrid, row: number): boolean {
  const below = (grid.rows[row + 1] ?? []).slice(1).map((cell) => compactText(cellText(cell ?? null)));
  return below.some((text) => /^(绝对量|绝对值|绝对数|数值|总量|同比|增长|增速|比上年|本月|累计|增减)/.test(text));
}
