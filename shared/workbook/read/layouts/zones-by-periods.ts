import { addMonths, makePeriod, type Basis, type Period } from '../../../model';
import {
  compactText,
  labelText,
  parseBasis,
  parseSeriesName,
  settleHeaderPeriod,
  splitLabelUnit,
  type SeriesName,
  type SettledPeriod,
} from '../../../parse';
import type { ObservationField } from '../fields';
import { cellText, isBlankRow, type SheetGrid } from '../grid';
import { HEADER_SEARCH_ROWS } from '../header-row';
import type { MappingEntry } from '../mapping';
import { cellPlace, columnLetter } from '../places';
import { labelledTitle, type LabelledTitle } from '../title';
import { headerText, isFigure, isFootnote, UnmappedFigures } from './figure-cells';
import { isZoneColumnHeader, periodColumns } from './period-columns';
import type { Detection, LayoutReader, LayoutReading, ReaderContext } from './reader';
import { figureRecord, isRecord } from './series-record';
import { emptySeriesReading, finishUnmapped, ignoredColumns } from './series-reading';
import { titleSeries, type TitleSeries } from './title-series';

const FIELDS: readonly ObservationField[] = ['zone', 'period'];

/** A column of a zones table: a period (`2020年3月`, `2019年`) or a measure of the title's period (`本月`, `上月`). */
interface ZoneColumn {
  column: number;
  text: string;
  place: string;
  /** The period and basis, or why the column is not read. */
  settle: (series: SeriesName) => SettledPeriod;
  /** A growth column (`同比增长(%)`) beside value columns. */
  growth: boolean;
  /** A measure of the title's period (`本月`), not a period of its own. */
  measure: boolean;
  /** The unit the header writes (`本月(亿元)`): it wins over the title's for this column's values. */
  unit: string | null;
}

const PRIOR_YEAR = /^(上年同月|上年同期|去年同期|上年同月值|上年)$/;

function headerRowOf(sheet: SheetGrid, context: ReaderContext): number {
  if (context.headerRow !== undefined) return context.headerRow - 1;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let row = 0; row < last; row++) if (isZoneColumnHeader(cellText(sheet.rows[row]?.[0] ?? null))) return row;
  return -1;
}

function detect(sheet: SheetGrid, context: ReaderContext): Detection {
  const row = headerRowOf(sheet, context);
  if (row < 0) return { confidence: 0, reason: 'no header row starts with 地区 (zones down the first column)' };
  const title = labelledTitle(sheet, row);
  const columns = zoneColumns(sheet, row, title, context);
  if (columns.length === 0)
    return { confidence: 0.1, reason: `row ${row + 1} lists zones, but no column names a period or 本月 / 上月` };
  const labels = (sheet.rows[row] ?? []).slice(1).filter((cell) => cellText(cell ?? null) !== '').length;
  if (columns.length * 2 < labels)
    return { confidence: 0.3, reason: `row ${row + 1} lists zones, but most columns name indicators, not periods` };
  const named = titleSeries(title);
  if (!named)
    return {
      confidence: 0.5,
      reason: `row ${row + 1} lists zones down and periods across, but the title does not name the indicator (指标：…)`,
    };
  return {
    confidence: 0.9,
    reason: `row ${row + 1} lists zones down and ${columns
      .map(({ text }) => text)
      .slice(0, 3)
      .join(' | ')} across; the indicator is the title's: ${named.text}`,
  };
}

function read(sheet: SheetGrid, context: ReaderContext): LayoutReading {
  const headerRow = headerRowOf(sheet, context);
  const reading = emptySeriesReading(headerRow, 1, FIELDS, null);
  if (headerRow < 0) {
    reading.problems.push({
      severity: 'error',
      place: sheet.name,
      message: 'no header row starts with 地区',
      expected: 'a header row such as 地区 | 2020年3月 | 2020年2月, or 地区 | 本月 | 上月',
    });
    return reading;
  }
  const title = labelledTitle(sheet, headerRow);
  const fromTitle = titleSeries(title);
  const named = fromTitle && {
    ...fromTitle,
    series: { ...fromTitle.series, basis: fromTitle.series.basis ?? context.basis ?? null },
  };
  const ignored = ignoredColumns(sheet, headerRow, context);
  const columns = zoneColumns(sheet, headerRow, title, context).filter(({ column }) => !ignored.has(column));
  reading.mapping = mappingOf(sheet, headerRow, columns);
  const unmapped = new UnmappedFigures(sheet);
  const notRead =
    named === null || named.series.refused !== null
      ? (named?.series.refused ??
        'the title does not name the indicator (指标：… or a heading such as 2020年2月分地区居民消费价格指数)')
      : null;
  if (named)
    reading.notes.push({
      what: 'indicator',
      value: `${named.series.indicator} (${describe(named.series)})`,
      from: named.place,
    });
  else
    reading.problems.push({
      severity: 'error',
      place: `${sheet.name}!A1`,
      message: 'the title does not name the indicator of this zones table',
      expected: '指标：国内生产总值(亿元), or a heading such as 2020年2月分地区居民消费价格指数(上年同月=100)',
    });
  if (columns.some(({ measure }) => measure) && title.parts && title.year !== null)
    reading.notes.push({
      what: 'period',
      value: `${makePeriod(title.year, title.parts.month)} for 本月, the month before for 上月`,
      from: title.place ?? 'title',
    });
  if (title.yearFrom === 'time' && title.year !== null)
    reading.notes.push({
      what: 'period',
      value: `year ${title.year} for headers without one`,
      from: title.place ?? 'title',
    });
  let lastRow = headerRow;
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    const zone = labelText(cellText(cells[0] ?? null));
    if (isBlankRow(cells) || isFootnote(zone)) break;
    lastRow = row;
    for (const column of columns) {
      if (!isFigure(cells[column.column])) continue;
      if (notRead !== null) unmapped.add(row, column.column, notRead);
      else if (zone === '') unmapped.add(row, column.column, 'the row names no zone');
      else readFigure(sheet, reading, unmapped, row, column, named!, zone);
    }
  }
  finishUnmapped(
    sheet,
    reading,
    unmapped,
    headerRow,
    lastRow,
    ignored,
    (header) => `the header "${header}" is neither a period nor 本月 / 上月`,
  );
  return reading;
}

function readFigure(
  sheet: SheetGrid,
  reading: LayoutReading,
  unmapped: UnmappedFigures,
  row: number,
  column: ZoneColumn,
  named: TitleSeries,
  zone: string,
): void {
  // A growth column holds rates, even under a title naming an index or a value: never index − 100 of a rate.
  const series: SeriesName = column.growth
    ? { ...named.series, measure: 'yoy', indexBase: null, unit: null }
    : column.unit
      ? { ...named.series, unit: column.unit }
      : named.series;
  const settled = column.settle(series);
  if (!settled.ok) {
    unmapped.add(row, column.column, settled.reason);
    return;
  }
  const result = figureRecord(sheet, row, column.column, {
    series,
    indicator: { value: series.indicator, place: named.place },
    zone: { value: zone, place: cellPlace(sheet.name, row, 0) },
    period: settled.period,
    basis: settled.basis,
    periodPlace: column.place,
    ...(series.unit ? { unit: { value: series.unit, place: column.unit ? column.place : named.place } } : {}),
  });
  if (isRecord(result)) reading.records.push(result);
  else reading.problems.push(result);
}

/** The columns after the zone column that say a period: their own header, or a measure of the title's period. */
function zoneColumns(sheet: SheetGrid, headerRow: number, title: LabelledTitle, context: ReaderContext): ZoneColumn[] {
  const columns: ZoneColumn[] = [];
  const cells = sheet.rows[headerRow] ?? [];
  const titlePeriod =
    title.parts && title.year !== null ? makePeriod(title.year, title.parts.month) : (context.period ?? null);
  const periods = new Map(periodColumns(sheet, headerRow).map(({ column, header }) => [column, header]));
  for (let column = 1; column < cells.length; column++) {
    const text = cellText(cells[column] ?? null);
    const place = cellPlace(sheet.name, headerRow, column);
    const header = periods.get(column);
    if (header) {
      columns.push({
        column,
        text,
        place,
        growth: false,
        measure: false,
        unit: null,
        settle: (series) => settleHeaderPeriod(header, series.basis, title.year),
      });
      continue;
    }
    const { label, unit } = splitLabelUnit(text);
    const measure = measureColumn(compactText(label), titlePeriod);
    if (measure)
      columns.push({
        column,
        text,
        place,
        measure: true,
        ...measure,
        growth: measure.growth || unit === '%',
        unit: unit === '%' ? null : unit,
      });
  }
  return columns;
}

function measureColumn(label: string, titlePeriod: Period | null): Pick<ZoneColumn, 'settle' | 'growth'> | null {
  const noPeriod: SettledPeriod = {
    ok: false,
    reason: 'the title names no month for this column (2020年2月…); choose the period',
  };
  if (PRIOR_YEAR.test(label))
    return {
      growth: false,
      settle: () => ({ ok: false, reason: "a prior-year figure (上年同月) is not a figure of the title's period" }),
    };
  const previous = label === '上月' || label === '上期';
  const basis = previous ? null : parseBasis(label);
  const growth = !previous && (!basis?.ok || basis.value === null) ? parseSeriesName(label) : null;
  if (!previous && (basis === null || !basis.ok || basis.value === null) && growth?.measure !== 'yoy') return null;
  const fixed: Basis | null = basis?.ok ? basis.value : (growth?.basis ?? null);
  return {
    growth: growth?.measure === 'yoy',
    settle: (series) => {
      if (titlePeriod === null) return noPeriod;
      const chosen = fixed ?? series.basis ?? 'month';
      if (series.basis !== null && fixed !== null && series.basis !== fixed)
        return {
          ok: false,
          reason: `the column is ${fixed === 'ytd' ? 'year to date' : "the month's"} but the title's indicator is not`,
        };
      return { ok: true, period: previous ? addMonths(titlePeriod, -1) : titlePeriod, basis: chosen };
    },
  };
}

function describe(series: SeriesName): string {
  if (series.indexBase !== null) return `an index, growth = index − ${series.indexBase}`;
  return series.measure === 'yoy' ? 'growth, YoY %' : `values${series.unit ? ` in ${series.unit}` : ''}`;
}

function mappingOf(sheet: SheetGrid, headerRow: number, columns: readonly ZoneColumn[]): MappingEntry[] {
  return [
    { column: 'A', header: headerText(sheet, headerRow, 0), field: 'zone' },
    ...columns.map(({ column, text }) => ({ column: columnLetter(column), header: text, field: 'period' })),
  ];
}

export const zonesByPeriodsReader: LayoutReader = { name: 'zones-by-periods', detect, read };
