import { cellAt, cellText, type SheetGrid } from './grid';
import { fieldOfHeader, headerKey, isField, type TableSpec } from './fields';
import type { MappingChoice } from './mapping';

/** Header rows are looked for among the first rows only (docs/workbook.md §1). */
export const HEADER_SEARCH_ROWS = 10;

/** How a header names a field: a saved profile's header texts first, then the aliases. */
export function headerNamer<F extends string>(
  spec: TableSpec<F>,
  choices: readonly MappingChoice[] = [],
): (header: string) => F | null {
  const chosen = new Map<string, F | null>();
  for (const choice of choices) {
    if (choice.header === undefined || choice.column !== undefined) continue;
    if (choice.field === null || isField(spec, choice.field))
      chosen.set(headerKey(choice.header), choice.field as F | null);
  }
  return (header) => {
    const key = headerKey(header);
    return chosen.has(key) ? chosen.get(key)! : fieldOfHeader(spec, header);
  };
}

/** The fields a row's cells name. */
export function namedFields<F extends string>(
  spec: TableSpec<F>,
  grid: SheetGrid,
  row: number,
  choices: readonly MappingChoice[] = [],
): Set<F> {
  const name = headerNamer(spec, choices);
  const fields = new Set<F>();
  for (let column = 0; column < grid.columnCount; column++) {
    const field = name(cellText(cellAt(grid, row, column)));
    if (field) fields.add(field);
  }
  return fields;
}

/**
 * The first row, within the first ten, that names every required field (title rows above it and
 * blank rows are passed over). Fields the caller supplies (a zone chosen in the wizard) are not
 * required of the sheet. -1 when no row qualifies.
 */
export function detectHeaderRow<F extends string>(
  spec: TableSpec<F>,
  grid: SheetGrid,
  options: { supplied?: readonly F[]; choices?: readonly MappingChoice[] } = {},
): number {
  const supplied = options.supplied ?? [];
  const last = Math.min(HEADER_SEARCH_ROWS, grid.rows.length);
  for (let row = 0; row < last; row++) {
    const fields = namedFields(spec, grid, row, options.choices);
    if (spec.required.every((anyOf) => anyOf.some((field) => fields.has(field) || supplied.includes(field))))
      return row;
  }
  return -1;
}
