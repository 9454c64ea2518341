import { utils, write } from 'xlsx';
import { freezePanes } from './freeze-panes';
import { growthFormatOf } from './growth-formats';
import type { ComparisonWorkbookInput } from './input';
import { aboutTable } from './sheets/about';
import { indicatorsTable, observationsTable, zonesTable } from './sheets/canonical';
import { comparisonTable } from './sheets/comparison';
import { highlightsTable } from './sheets/highlights';
import { metricsTable } from './sheets/metrics';
import { valueFormatOf } from './value-formats';
import { SHEET_NAMES, type SheetName } from './sheet-names';
import type { Table } from './table';
import { buildWorksheet } from './worksheet';
import { writeXlsx, writeXlsxBytes, type ByteSink, type WriteHooks } from './xlsx/write-xlsx';

/** The sheets of docs/workbook.md §2, in their order, named in the workbook's language. */
export function comparisonWorkbookTables(input: ComparisonWorkbookInput): Table[] {
  const names = SHEET_NAMES[input.options.language];
  const valueFormat = valueFormatOf(input.catalog, input.observations);
  const tables = [
    highlightsTable(input),
    comparisonTable(input),
    metricsTable(input.metrics, {
      growth: growthFormatOf(input.catalog, input.options.language),
      value: valueFormat,
      benchmarkZoneIds: new Set(input.catalog.zones.flatMap((zone) => zone.benchmarkZoneId ?? [])),
    }),
    zonesTable(input.catalog),
    indicatorsTable(input.catalog),
    observationsTable(input.catalog, input.observations, valueFormat),
    aboutTable(input),
  ];
  return tables.map((table) => ({ ...table, name: names[table.name as SheetName] }));
}

/** The tables as an uncompressed `.xlsx` package; the SheetJS objects are garbage once it returns. */
function writeUncompressed(tables: Table[]): Uint8Array {
  const workbook = utils.book_new();
  for (const table of tables) utils.book_append_sheet(workbook, buildWorksheet(table), table.name);
  // `type: 'array'` goes through a binary string of the whole file (minutes and gigabytes for a
  // large dataset); `buffer` gives the zip's own bytes: a Buffer in Node, a Uint8Array elsewhere.
  return write(workbook, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: false }) as Uint8Array;
}

/** Tables as `.xlsx` bytes through SheetJS (the workbook worker's writer): shared strings (so LibreOffice keeps a leading CR), frozen headers, compressed once. */
export function writeTables(tables: Table[]): Uint8Array {
  const panes = tables.map((table, sheet) => ({
    sheet,
    rows: table.freeze?.rows ?? 0,
    columns: table.freeze?.columns ?? 0,
  }));
  return freezePanes(writeUncompressed(tables), panes);
}

/** The comparison workbook streamed to `sink` (a file beside its target in the app and the command line). */
export function streamComparisonWorkbook(
  input: ComparisonWorkbookInput,
  sink: ByteSink,
  hooks?: WriteHooks,
): Promise<number> {
  return writeXlsx(comparisonWorkbookTables(input), sink, hooks);
}

/** The comparison workbook in memory. */
export function writeComparisonWorkbook(input: ComparisonWorkbookInput): Promise<Uint8Array> {
  return writeXlsxBytes(comparisonWorkbookTables(input));
}
