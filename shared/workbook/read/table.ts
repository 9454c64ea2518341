import { isBlankRow, type SheetGrid, type SheetProblem } from './grid';
import type { TableSpec } from './fields';
import { detectHeaderRow, HEADER_SEARCH_ROWS } from './header-row';
import { mapColumns, missingFields, type MappingChoice, type MappingEntry } from './mapping';
import { rowPlace } from './places';
import type { GivenValue, SourceRow } from './source-row';

export interface TableOptions<F extends string> {
  /** 1-based, as the user sees it; detected when absent. */
  headerRow?: number;
  choices?: readonly MappingChoice[];
  /** Values for every row that the sheet need not hold (the wizard's zone, period, basis). */
  given?: Partial<Record<F, GivenValue>>;
}

export interface ReadTable<F extends string> {
  sheet: string;
  /** 0-based; -1 when no header row was found (then `records` is empty and `problems` says why). */
  headerRow: number;
  mapping: MappingEntry[];
  records: SourceRow<F>[];
  problems: SheetProblem[];
}

/**
 * A canonical table (Observations, Zones, Indicators): its header row, its column mapping, and
 * one record per non-blank row below the header.
 */
export function readTable<F extends string>(
  spec: TableSpec<F>,
  grid: SheetGrid,
  options: TableOptions<F> = {},
): ReadTable<F> {
  const supplied = Object.keys(options.given ?? {}) as F[];
  const headerRow =
    options.headerRow !== undefined
      ? options.headerRow - 1
      : detectHeaderRow(spec, grid, { supplied, choices: options.choices });
  if (headerRow < 0 || headerRow >= grid.rows.length) {
    const message =
      options.headerRow !== undefined
        ? `row ${options.headerRow} is not in the sheet`
        : `no header row among the first ${HEADER_SEARCH_ROWS} rows names ${spec.required.map((anyOf) => anyOf.join(' or ')).join(', ')}`;
    return {
      sheet: grid.name,
      headerRow: -1,
      mapping: [],
      records: [],
      problems: [{ severity: 'error', place: grid.name, message, expected: headerExample(spec) }],
    };
  }
  const { entries, columns, problems } = mapColumns(spec, grid, headerRow, options.choices);
  const missing = missingFields(spec, columns, supplied);
  if (missing.length > 0) {
    problems.push({
      severity: 'error',
      code: 'header-missing-columns',
      params: { fields: missing.join(', ') },
      place: rowPlace(grid.name, headerRow, grid.columnCount),
      message: `the header row has no column for ${missing.join(', ')}`,
      expected: headerExample(spec),
    });
  }
  const records: SourceRow<F>[] = [];
  for (let row = headerRow + 1; row < grid.rows.length; row++) {
    const cells = grid.rows[row]!;
    if (isBlankRow(cells)) continue;
    records.push(
      options.given
        ? { sheet: grid.name, row, cells, columns, given: options.given }
        : { sheet: grid.name, row, cells, columns },
    );
  }
  return { sheet: grid.name, headerRow, mapping: entries, records, problems };
}

function headerExample<F extends string>(spec: TableSpec<F>): string {
  return `a header row such as ${spec.fields.map((field) => `${field} (${spec.aliases[field].find((alias) => /[\u4e00-\u9fff]/.test(alias)) ?? field})`).join(', ')}`;
}
