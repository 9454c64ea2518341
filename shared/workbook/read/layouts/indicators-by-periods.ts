import { compactText, parseSeriesName, settleHeaderPeriod, type SeriesName } from '../../../parse';
import { fieldOfHeader, OBSERVATIONS_SPEC, type ObservationField } from '../fields';
import { cellText, isBlankRow, type SheetGrid } from '../grid';
import type { MappingEntry } from '../mapping';
import { cellPlace, columnLetter } from '../places';
import { labelledTitle } from '../title';
import { headerText, isFigure, isFootnote, UnmappedFigures } from './figure-cells';
import {
  distinctEndMonths,
  findPeriodHeaderRow,
  hasMeasureRowBelow,
  isZoneColumnHeader,
  periodColumns,
} from './period-columns';
import type { Detection, LayoutReader, LayoutReading, ReaderContext, ReaderNote } from './reader';
import { contextZoneName, emptySeriesReading, finishUnmapped, ignoredColumns } from './series-reading';
import { figureRecord, isRecord } from './series-record';
import { titleSeries } from './title-series';

const FIELDS: readonly ObservationField[] = ['indicator', 'period', 'unit'];
const UNIT_HEADERS = new Set(['单位', '计量单位']);

function detect(sheet: SheetGrid, context: ReaderContext): Detection {
  const row = headerRowOf(sheet, context);
  const columns = row >= 0 ? periodColumns(sheet, row) : [];
  if (columns.length === 0) return { confidence: 0, reason: 'no header row names periods across' };
  const first = cellText(sheet.rows[row]?.[0] ?? null);
  const at = `row ${row + 1}`;
  if (isZoneColumnHeader(first))
    return { confidence: 0.1, reason: `${at} lists zones (${first}) down the first column, not indicators` };
  if (hasMeasureRowBelow(sheet, row))
    return {
      confidence: 0.15,
      reason: `${at} names periods over a second header row of measures (绝对量 / 同比增长): a release table`,
    };
  const title = labelledTitle(sheet, row);
  const named = title.database !== null || title.time !== null;
  if (columns.length === 1 && !named)
    return {
      confidence: 0.2,
      reason: `${at} names a single period (${columns[0]!.text}) and no title row (数据库：…) says it is a database export`,
    };
  if (columns.length > 1 && distinctEndMonths(columns) < 2)
    return {
      confidence: 0.2,
      reason: `${at} names one period read two ways (${columns.map(({ text }) => text).join(' | ')}): a release table`,
    };
  const canonicalHeaders = (sheet.rows[row] ?? []).filter(
    (cell) => fieldOfHeader(OBSERVATIONS_SPEC, cellText(cell ?? null)) !== null,
  ).length;
  if (canonicalHeaders >= 2)
    return { confidence: 0.1, reason: `${at} names the columns of the canonical Observations sheet` };
  const sample = columns
    .slice(0, 3)
    .map(({ text }) => text)
    .join(', ');
  return {
    confidence: named ? 0.9 : 0.8,
    reason: `${at} names ${columns.length} periods across (${sample}…) and indicators down${named ? ', under the title rows of a national database export' : ''}`,
  };
}

/** The user's header row, else the first row that names periods across. */
function headerRowOf(sheet: SheetGrid, context: ReaderContext): number {
  return context.headerRow !== undefined ? context.headerRow - 1 : findPeriodHeaderRow(sheet, 1);
}

function read(sheet: SheetGrid, context: ReaderContext): LayoutReading {
  const headerRow = headerRowOf(sheet, context);
  const reading = emptySeriesReading(headerRow, 1, FIELDS, contextZoneName(context));
  const ignored = ignoredColumns(sheet, headerRow, context);
  const columns = headerRow >= 0 ? periodColumns(sheet, headerRow).filter(({ column }) => !ignored.has(column)) : [];
  if (columns.length === 0) {
    reading.headerRow = -1;
    reading.problems.push({
      severity: 'error',
      place: sheet.name,
      message: 'no header row names periods across',
      expected: 'a header row such as 指标 | 2020年4月 | 2020年3月, or 指标 | 1-2月 | 3月 under a title 2020年…',
    });
    return reading;
  }
  const title = labelledTitle(sheet, headerRow);
  const fromTitle = titleSeries(title);
  const zone = title.region ? { value: title.region.text, place: title.region.place } : context.zone;
  if (title.region) {
    reading.given.zone = title.region.text;
    reading.notes.push({ what: 'zone', value: title.region.text, from: title.region.place });
  }
  const unitColumn = (sheet.rows[headerRow] ?? []).findIndex(
    (cell, column) => column > 0 && UNIT_HEADERS.has(compactText(cellText(cell ?? null))),
  );
  if (unitColumn > 0) reading.labelColumns = [0, unitColumn];
  reading.mapping = mappingOf(
    sheet,
    headerRow,
    columns.map(({ column }) => column),
    unitColumn,
  );
  noteTitle(reading.notes, title.yearFrom === 'time' ? title.place : null, title.year, fromTitle);
  const unmapped = new UnmappedFigures(sheet);
  const kinds = new Map<string, number>();
  let lastRow = headerRow;
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    const label = cellText(cells[0] ?? null);
    if (isBlankRow(cells) || isFootnote(label)) break;
    lastRow = row;
    if (!columns.some(({ column }) => isFigure(cells[column]))) continue;
    if (label === '') {
      for (const { column } of columns) unmapped.add(row, column, 'the row names no indicator');
      continue;
    }
    const { series, unitFromTitle } = rowSeries(label, fromTitle?.series ?? null, context);
    if (series.refused) {
      for (const { column } of columns) unmapped.add(row, column, series.refused);
      continue;
    }
    kinds.set(seriesKind(series), (kinds.get(seriesKind(series)) ?? 0) + 1);
    const unitText = unitColumn > 0 ? cellText(cells[unitColumn] ?? null) : '';
    const unit = series.unit ?? (unitText || null);
    const unitPlace =
      unitFromTitle && fromTitle
        ? fromTitle.place
        : cellPlace(sheet.name, row, series.unit || unitColumn < 0 ? 0 : unitColumn);
    for (const { column, header, place } of columns) {
      if (!isFigure(cells[column])) continue;
      const settled = settleHeaderPeriod(header, series.basis, title.year);
      if (!settled.ok) {
        unmapped.add(row, column, settled.reason);
        continue;
      }
      const result = figureRecord(sheet, row, column, {
        series,
        indicator: { value: series.indicator, place: cellPlace(sheet.name, row, 0) },
        period: settled.period,
        basis: settled.basis,
        periodPlace: place,
        ...(zone ? { zone } : {}),
        ...(unit ? { unit: { value: unit, place: unitPlace } } : {}),
      });
      if (isRecord(result)) reading.records.push(result);
      else reading.problems.push(result);
    }
  }
  for (const [kind, count] of kinds)
    reading.notes.push({ what: 'series', value: `${count} × ${kind}`, from: 'header' });
  finishUnmapped(sheet, reading, unmapped, headerRow, lastRow, ignored);
  return reading;
}

/**
 * A row's name, with the title's measure for names that say none (`规模以上工业增加值` under a
 * title `…增速(%)`), and the basis the user chose for names and titles that say none.
 */
function rowSeries(
  label: string,
  title: SeriesName | null,
  context: ReaderContext,
): { series: SeriesName; unitFromTitle: boolean } {
  const named = parseSeriesName(label);
  const basis = (series: SeriesName): SeriesName => ({ ...series, basis: series.basis ?? context.basis ?? null });
  if (named.explicit || !title?.explicit) return { series: basis(named), unitFromTitle: false };
  if (named.unit !== null && title.measure === 'yoy') {
    return {
      series: { ...named, refused: `the title says growth, but the row names a unit (${named.unit})` },
      unitFromTitle: false,
    };
  }
  const series = {
    ...named,
    measure: title.measure,
    basis: named.basis ?? title.basis,
    indexBase: title.indexBase,
    unit: named.unit ?? title.unit,
    refused: named.refused ?? title.refused,
  };
  return { series: basis(series), unitFromTitle: named.unit === null && title.unit !== null };
}

function seriesKind(series: SeriesName): string {
  const basis = series.basis === null ? 'basis from the header' : series.basis === 'ytd' ? 'year to date' : 'month';
  return `${series.indexBase !== null ? `growth from an index (− ${series.indexBase})` : series.measure === 'yoy' ? 'growth (YoY %)' : 'value'}, ${basis}`;
}

function noteTitle(
  notes: ReaderNote[],
  timePlace: string | null,
  year: number | null,
  fromTitle: ReturnType<typeof titleSeries>,
): void {
  if (timePlace && year !== null)
    notes.push({ what: 'period', value: `year ${year} for headers without one`, from: timePlace });
  if (fromTitle?.series.explicit)
    notes.push({
      what: 'series',
      value: `${fromTitle.text}: ${fromTitle.series.measure === 'yoy' ? 'growth' : 'values'} for rows whose names do not say`,
      from: fromTitle.place,
    });
}

function mappingOf(
  sheet: SheetGrid,
  headerRow: number,
  periodColumnIndexes: number[],
  unitColumn: number,
): MappingEntry[] {
  const entries: MappingEntry[] = [{ column: 'A', header: headerText(sheet, headerRow, 0), field: 'indicator' }];
  if (unitColumn > 0)
    entries.push({ column: columnLetter(unitColumn), header: headerText(sheet, headerRow, unitColumn), field: 'unit' });
  for (const column of periodColumnIndexes)
    entries.push({ column: columnLetter(column), header: headerText(sheet, headerRow, column), field: 'period' });
  return entries;
}

export const indicatorsByPeriodsReader: LayoutReader = { name: 'indicators-by-periods', detect, read };
