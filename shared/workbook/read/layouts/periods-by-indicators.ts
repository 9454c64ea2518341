import {
  compactText,
  parsePeriodHeader,
  parseSeriesName,
  settleHeaderPeriod,
  type PeriodHeader,
  type SeriesName,
  type SettledPeriod,
} from '../../../parse';
import { fieldOfHeader, OBSERVATIONS_SPEC, type ObservationField } from '../fields';
import { cellText, isBlank, type CellValue, type SheetGrid } from '../grid';
import { HEADER_SEARCH_ROWS } from '../header-row';
import type { MappingEntry } from '../mapping';
import { cellPlace, columnLetter } from '../places';
import type { GivenValue } from '../source-row';
import { labelledTitle } from '../title';
import { headerText, isFigure, UnmappedFigures } from './figure-cells';
import type { Detection, LayoutReader, LayoutReading, ReaderContext, ReaderNote } from './reader';
import { figureRecord, isRecord } from './series-record';
import { contextZoneName, emptySeriesReading, finishUnmapped, ignoredColumns } from './series-reading';

const FIELDS: readonly ObservationField[] = ['period', 'indicator', 'zone', 'unit'];
/** Rows of the 中经网 header block under `指标`, by what their first cell says. */
const META_ROWS: Readonly<Record<string, 'zone' | 'frequency' | 'unit' | 'other'>> = {
  地区: 'zone',
  地区名称: 'zone',
  频度: 'frequency',
  频率: 'frequency',
  单位: 'unit',
  计量单位: 'unit',
  指标代码: 'other',
  地区编码: 'other',
  来源: 'other',
};
/** First-column headers of a time column, under which numbers (202005, 2020.05) are periods too. */
const TIME_HEADERS = new Set([
  '指标',
  '时间',
  '日期',
  '时期',
  '期间',
  '月份',
  '年份',
  '统计时间',
  'period',
  'date',
  'month',
]);
/** Period rows needed below a plain header; under a 中经网 block (地区 / 频度 / 单位) one is enough. */
const LEAST_PERIOD_ROWS = 2;

interface Block {
  headerRow: number;
  meta: Partial<Record<'zone' | 'frequency' | 'unit', number>>;
  headerRows: number;
  numbers: boolean;
}

function blockAt(sheet: SheetGrid, headerRow: number): Block {
  const meta: Block['meta'] = {};
  let row = headerRow + 1;
  for (; row < sheet.rows.length; row++) {
    const kind = META_ROWS[compactText(cellText(sheet.rows[row]?.[0] ?? null))];
    if (!kind) break;
    if (kind !== 'other') meta[kind] ??= row;
  }
  const numbers = TIME_HEADERS.has(compactText(cellText(sheet.rows[headerRow]?.[0] ?? null)).toLowerCase());
  return { headerRow, meta, headerRows: row - headerRow, numbers };
}

/** The header row above the first run of period cells down the first column. */
function findBlock(sheet: SheetGrid, context: ReaderContext): Block | null {
  if (context.headerRow !== undefined) return blockAt(sheet, context.headerRow - 1);
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let row = 0; row < last; row++) {
    if (
      isBlank(sheet.rows[row]?.[0] ?? null) ||
      (sheet.rows[row] ?? []).filter((cell) => !isBlank(cell ?? null)).length < 2
    )
      continue;
    const block = blockAt(sheet, row);
    if (periodRun(sheet, block) >= (hasMeta(block) ? 1 : LEAST_PERIOD_ROWS)) return block;
  }
  return null;
}

function hasMeta(block: Block): boolean {
  return block.meta.frequency !== undefined || block.meta.zone !== undefined;
}

/** How many of the first non-blank cells below the header block, down the first column, are periods. */
function periodRun(sheet: SheetGrid, block: Block): number {
  let run = 0;
  for (let row = block.headerRow + block.headerRows; row < sheet.rows.length && run < LEAST_PERIOD_ROWS; row++) {
    const cell = sheet.rows[row]?.[0] ?? null;
    if (isBlank(cell)) continue;
    if (!rowPeriod(cell, block)) return run;
    run++;
  }
  return run;
}

function rowPeriod(cell: CellValue, block: Block): PeriodHeader | null {
  return parsePeriodHeader(cell, { numbers: block.numbers });
}

function detect(sheet: SheetGrid, context: ReaderContext): Detection {
  const block = findBlock(sheet, context);
  if (!block) return { confidence: 0, reason: 'the first column does not list periods down the rows' };
  const at = `row ${block.headerRow + 1}`;
  const headers = (sheet.rows[block.headerRow] ?? []).map((cell) => cellText(cell ?? null));
  if (headers.filter((text) => fieldOfHeader(OBSERVATIONS_SPEC, text) !== null).length >= 2)
    return { confidence: 0.1, reason: `${at} names the columns of the canonical Observations sheet` };
  const period = cellText(sheet.rows[block.headerRow + block.headerRows]?.[0] ?? null);
  if (hasMeta(block)) {
    return {
      confidence: 0.95,
      reason: `periods down the rows (${period}…) and series across, with the 指标 / 地区 / 频度 / 单位 rows of a 中经网 export`,
    };
  }
  return {
    confidence: 0.8,
    reason: `periods down the rows (${period}…) and ${headers.length - 1} series across ${at}`,
  };
}

function read(sheet: SheetGrid, context: ReaderContext): LayoutReading {
  const block = findBlock(sheet, context);
  const reading = emptySeriesReading(block?.headerRow ?? -1, block?.headerRows ?? 0, FIELDS, contextZoneName(context));
  if (!block) {
    reading.problems.push({
      severity: 'error',
      place: sheet.name,
      message: 'the first column does not list periods down the rows',
      expected: 'periods such as 2018-06 or 2020年4月 down the first column, series names across the header row',
    });
    return reading;
  }
  const { headerRow } = block;
  const firstData = headerRow + block.headerRows;
  reading.mapping = mappingOf(sheet, headerRow);
  noteBlock(sheet, block, reading.notes);
  const unmapped = new UnmappedFigures(sheet);
  const region = labelledTitle(sheet, headerRow).region;
  if (region) reading.notes.push({ what: 'zone', value: region.text, from: region.place });
  const ignored = ignoredColumns(sheet, headerRow, context);
  const columns = seriesColumns(
    sheet,
    block,
    region ? { ...context, zone: { value: region.text, place: region.place } } : context,
  ).filter(({ column }) => !ignored.has(column));
  const zones = [...new Set(columns.map(({ zone }) => zone?.value))];
  if (zones.length === 1 && typeof zones[0] === 'string') reading.given.zone = zones[0];
  let lastRow = firstData - 1;
  for (let row = firstData; row < sheet.rows.length; row++) {
    const cells = sheet.rows[row] ?? [];
    const first = cells[0] ?? null;
    if (isBlank(first)) {
      if (cells.some((cell) => !isBlank(cell ?? null))) lastRow = row;
      for (const { column } of columns) unmapped.add(row, column, 'the row names no period');
      continue;
    }
    const period = rowPeriod(first, block);
    if (!period) break;
    lastRow = row;
    for (const column of columns) {
      if (!isFigure(cells[column.column])) continue;
      if (column.refused) {
        unmapped.add(row, column.column, column.refused);
        continue;
      }
      const settled = settleRow(period, column.series, column.frequency);
      if (!settled.ok) {
        unmapped.add(row, column.column, settled.reason);
        continue;
      }
      const result = figureRecord(sheet, row, column.column, {
        series: column.series,
        indicator: { value: column.series.indicator, place: column.place },
        period: settled.period,
        basis: settled.basis,
        periodPlace: cellPlace(sheet.name, row, 0),
        ...(column.zone ? { zone: column.zone } : {}),
        ...(column.unit ? { unit: column.unit } : {}),
      });
      if (isRecord(result)) reading.records.push(result);
      else reading.problems.push(result);
    }
  }
  const quarterly = columns.filter(({ frequency }) => frequency === '季').length;
  if (quarterly > 0)
    reading.notes.push({
      what: 'series',
      value: `${quarterly} quarterly series (频度 季): 累计 stored at quarter ends, 当期 (a quarter's own figure) not stored`,
      from: 'header',
    });
  finishUnmapped(sheet, reading, unmapped, headerRow, lastRow, ignored, (header) =>
    header ? `the series "${header}" is not read` : 'the column has no series name',
  );
  return reading;
}

interface SeriesColumn {
  column: number;
  place: string;
  series: SeriesName;
  frequency: string;
  zone?: GivenValue;
  unit?: GivenValue;
  refused: string | null;
}

function seriesColumns(sheet: SheetGrid, block: Block, context: ReaderContext): SeriesColumn[] {
  const columns: SeriesColumn[] = [];
  const header = sheet.rows[block.headerRow] ?? [];
  const metaCell = (kind: keyof Block['meta'], column: number): { text: string; place: string } | null => {
    const row = block.meta[kind];
    if (row === undefined) return null;
    const text = compactText(cellText(sheet.rows[row]?.[column] ?? null));
    return text === '' ? null : { text, place: cellPlace(sheet.name, row, column) };
  };
  for (let column = 1; column < sheet.columnCount; column++) {
    const name = cellText(header[column] ?? null);
    if (name === '') continue;
    const named = parseSeriesName(name);
    const series = { ...named, basis: named.basis ?? context.basis ?? null };
    const frequency = metaCell('frequency', column)?.text ?? '';
    const zone = metaCell('zone', column);
    const unit = metaCell('unit', column);
    const unitGiven =
      unit && !/^[-—–%]$/.test(unit.text)
        ? { value: unit.text, place: unit.place }
        : series.unit
          ? { value: series.unit, place: cellPlace(sheet.name, block.headerRow, column) }
          : undefined;
    const refused =
      series.refused ??
      (frequency === '' || ['月', '季', '年'].includes(frequency)
        ? null
        : `the series' frequency (频度 ${frequency}) is not monthly, quarterly or yearly`);
    columns.push({
      column,
      place: cellPlace(sheet.name, block.headerRow, column),
      series,
      frequency,
      refused,
      ...(zone ? { zone: { value: zone.text, place: zone.place } } : context.zone ? { zone: context.zone } : {}),
      ...(unitGiven ? { unit: unitGiven } : {}),
    });
  }
  return columns;
}

/** A row's period for one series: quarterly series have figures at quarter ends; yearly ones at December. */
function settleRow(period: PeriodHeader, series: SeriesName, frequency: string): SettledPeriod {
  if (frequency === '季' && period.kind === 'month') {
    if (period.month % 3 !== 0)
      return { ok: false, reason: 'a quarterly series (频度 季) has figures only at quarter ends' };
    const settled = settleHeaderPeriod(
      { kind: 'quarter', year: period.year, quarter: period.month / 3 },
      series.basis ?? 'month',
      null,
    );
    return settled.ok ? settled : { ok: false, reason: `quarterly series (频度 季): ${settled.reason}` };
  }
  if (frequency === '年' && period.kind === 'month') {
    if (period.month !== 12) return { ok: false, reason: 'a yearly series (频度 年) has figures only at December' };
    if (period.year !== null) return settleHeaderPeriod({ kind: 'year', year: period.year }, series.basis, null);
  }
  return settleHeaderPeriod(period, series.basis, null);
}

function noteBlock(sheet: SheetGrid, block: Block, notes: ReaderNote[]): void {
  const names = Array.from({ length: block.headerRows }, (_, offset) =>
    cellText(sheet.rows[block.headerRow + offset]?.[0] ?? null),
  ).filter(Boolean);
  notes.push({
    what: 'header-rows',
    value: `${block.headerRows} (${names.join(' / ')})`,
    from: cellPlace(sheet.name, block.headerRow, 0),
  });
  if (block.meta.zone !== undefined)
    notes.push({
      what: 'zone',
      value: `each series' zone from the ${cellText(sheet.rows[block.meta.zone]?.[0] ?? null)} row`,
      from: cellPlace(sheet.name, block.meta.zone, 0),
    });
  if (block.meta.unit !== undefined)
    notes.push({
      what: 'unit-scale',
      value: `each series' unit from the ${cellText(sheet.rows[block.meta.unit]?.[0] ?? null)} row`,
      from: cellPlace(sheet.name, block.meta.unit, 0),
    });
}

function mappingOf(sheet: SheetGrid, headerRow: number): MappingEntry[] {
  const entries: MappingEntry[] = [{ column: 'A', header: headerText(sheet, headerRow, 0), field: 'period' }];
  for (let column = 1; column < sheet.columnCount; column++) {
    const header = headerText(sheet, headerRow, column);
    if (header !== '') entries.push({ column: columnLetter(column), header, field: 'indicator' });
  }
  return entries;
}

export const periodsByIndicatorsReader: LayoutReader = { name: 'periods-by-indicators', detect, read };
