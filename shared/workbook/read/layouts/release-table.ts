import { BUREAU_FIELDS } from '../fields';
import { classifyBureauHeader } from '../bureau-headers';
import { detectBureauHeaderRow, readBureauTable } from '../bureau-table';
import { cellAt, cellText, type SheetGrid } from '../grid';
import { cellPlace } from '../places';
import type { Detection, LayoutReader, LayoutReading, ReaderContext, ReaderNote } from './reader';

/**
 * Indicators down, measures across: one header row (`指标名称 | 计量单位 | 本月(亿元) | 累计增长(%)`)
 * or two (`4月 | 1-4月` over `绝对量 | 同比增长(%)`). Several periods of one basis across
 * (`3月 | 4月`) are another shape: indicators × periods.
 */
/** A label column of zones (`地区`, `省份`): a table of zones × measures, another shape. */
const ZONE_HEADERS = /^(地区|地区名称|省份|省市|城市|区域|开发区|园区|开发区名称|园区名称)$/u;

function detect(sheet: SheetGrid, context: ReaderContext): Detection {
  const row = context.headerRow !== undefined ? context.headerRow - 1 : detectBureauHeaderRow(sheet, context.choices);
  if (row < 0 || row >= sheet.rows.length)
    return { confidence: 0, reason: 'no header row names month or year-to-date columns (本月, 1-4月, 同比增长(%))' };
  const headers = Array.from({ length: sheet.columnCount }, (_, column) => cellText(cellAt(sheet, row, column)));
  const above =
    row > 0 ? Array.from({ length: sheet.columnCount }, (_, column) => cellText(cellAt(sheet, row - 1, column))) : [];
  const kinds = [...above, ...headers].map(classifyBureauHeader);
  const periods = new Set(
    kinds
      .filter((kind) => kind?.parts)
      .map((kind) => `${kind!.parts!.year ?? ''}-${kind!.parts!.month}-${kind!.parts!.ytd}`),
  );
  const shown = headers.filter(Boolean).slice(0, 6).join(' | ');
  const zoneHeader = headers.find((header) => ZONE_HEADERS.test(header.replace(/\s+/g, '')));
  if (zoneHeader !== undefined)
    return { confidence: 0.2, reason: `row ${row + 1} has a ${zoneHeader} column: rows are zones, not indicators` };
  if (periods.size > 2)
    return {
      confidence: 0.3,
      reason: `row ${row + 1} names ${periods.size} periods across (${shown}): indicators × periods rather than a release table`,
    };
  const named = kinds.some((kind) => kind?.field === 'indicator');
  return { confidence: named ? 0.8 : 0.6, reason: `row ${row + 1} names month or year-to-date figures: ${shown}` };
}

function read(sheet: SheetGrid, context: ReaderContext): LayoutReading {
  const table = readBureauTable(sheet, {
    headerRow: context.headerRow,
    choices: context.choices,
    zone: context.zone,
    period: context.period,
  });
  const notes: ReaderNote[] = [];
  if (table.headerRow >= 0) {
    const first = table.headerRow - table.headerRows + 1;
    notes.push({
      what: 'header-rows',
      value: table.headerRows === 2 ? `${first + 1}–${table.headerRow + 1}` : `${table.headerRow + 1}`,
      from: cellPlace(sheet.name, first, 0),
    });
  }
  if (table.period)
    notes.push({
      what: 'period',
      value: table.period,
      from: context.period ? 'option' : (table.title.place ?? 'header'),
    });
  for (const record of table.records) {
    const unit = record.given?.unit;
    // One line per unit as written: the first header or name that writes it.
    if (unit?.place && !notes.some((note) => note.what === 'unit-scale' && note.value === cellText(unit.value)))
      notes.push({ what: 'unit-scale', value: cellText(unit.value), from: unit.place });
  }
  return {
    headerRow: table.headerRow < 0 ? -1 : table.headerRow - table.headerRows + 1,
    headerRows: table.headerRows,
    mapping: table.mapping,
    fields: BUREAU_FIELDS,
    records: table.records,
    problems: table.problems,
    notes,
    labelColumns: table.indicatorColumn >= 0 ? [table.indicatorColumn] : [],
    given: { zone: context.zone ? cellText(context.zone.value) : null, period: table.period, basis: null },
  };
}

export const releaseTableReader: LayoutReader = { name: 'release-table', detect, read };
