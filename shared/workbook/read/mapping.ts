import { cellAt, cellText, type SheetGrid, type SheetProblem } from './grid';
import { headerKey, isField, type TableSpec } from './fields';
import { headerNamer } from './header-row';
import { cellPlace, columnIndex, columnLetter } from './places';

/** One column of the header row and the field it feeds (null: ignored). */
export interface MappingEntry {
  column: string;
  header: string;
  field: string | null;
}

/**
 * A user's choice for a column, by its letter (this file) or its header text (a saved profile,
 * which must survive columns moving). `field: null` ignores the column.
 */
export interface MappingChoice {
  column?: string;
  header?: string;
  field: string | null;
}

export type FieldColumns<F extends string> = Partial<Record<F, number>>;

export interface TableMapping<F extends string> {
  entries: MappingEntry[];
  columns: FieldColumns<F>;
  problems: SheetProblem[];
}

/**
 * The header row's columns mapped to fields: choices by column letter first, then header texts
 * (a profile's, then the aliases). A field claimed twice keeps its first column; a header that
 * names nothing is ignored with a warning.
 */
export function mapColumns<F extends string>(
  spec: TableSpec<F>,
  grid: SheetGrid,
  headerRow: number,
  choices: readonly MappingChoice[] = [],
): TableMapping<F> {
  const problems: SheetProblem[] = [];
  for (const choice of choices) {
    if (choice.field !== null && !isField(spec, choice.field)) {
      problems.push({
        severity: 'error',
        code: 'mapping-unknown-field',
        found: choice.field,
        expected: spec.fields.join(', '),
        message: `the mapping of ${choice.column ?? choice.header ?? '?'} names an unknown field`,
      });
    }
    if (
      choice.column !== undefined &&
      (columnIndex(choice.column) < 0 || columnIndex(choice.column) >= grid.columnCount)
    ) {
      problems.push({
        severity: 'warning',
        code: 'mapping-missing-column',
        params: { column: choice.column, sheet: grid.name },
        found: choice.column,
        message: `the mapping names column ${choice.column}, which ${grid.name} does not have`,
      });
    }
  }
  const byLetter = new Map<string, F | null>();
  for (const choice of choices) {
    if (choice.column !== undefined && (choice.field === null || isField(spec, choice.field)))
      byLetter.set(choice.column, choice.field as F | null);
  }
  const nameField = headerNamer(spec, choices);
  const ignoredByChoice = new Set(
    choices
      .filter((choice) => choice.field === null && choice.header !== undefined)
      .map((choice) => headerKey(choice.header!)),
  );
  const headers = Array.from({ length: grid.columnCount }, (_, column) => cellText(cellAt(grid, headerRow, column)));
  const fields = headers.map((_, column) => byLetter.get(columnLetter(column)));
  const columns: FieldColumns<F> = {};
  const claim = (column: number, field: F | null) => {
    if (field === null) return;
    if (columns[field] === undefined) {
      columns[field] = column;
      return;
    }
    fields[column] = null;
    problems.push({
      severity: 'warning',
      code: 'column-second',
      params: { field, first: columnLetter(columns[field]!) },
      place: cellPlace(grid.name, headerRow, column),
      found: headers[column],
      message: `a second "${field}" column, ignored (the first is column ${columnLetter(columns[field]!)})`,
    });
  };
  fields.forEach((field, column) => field !== undefined && claim(column, field));
  headers.forEach((header, column) => {
    if (fields[column] !== undefined) return;
    const field = nameField(header);
    fields[column] = field;
    claim(column, field);
    if (field === null && header !== '' && !ignoredByChoice.has(headerKey(header))) {
      problems.push({
        severity: 'warning',
        code: 'column-unknown',
        place: cellPlace(grid.name, headerRow, column),
        found: header,
        expected: spec.fields.join(', '),
        message: 'an unknown column, ignored',
      });
    }
  });
  const entries = headers
    .map((header, column) => ({ column: columnLetter(column), header, field: fields[column] ?? null }))
    .filter((entry) => entry.header !== '' || entry.field !== null);
  return { entries, columns, problems };
}

/** The required fields a mapping lacks, named as the header row should have them. */
export function missingFields<F extends string>(
  spec: TableSpec<F>,
  columns: FieldColumns<F>,
  supplied: readonly F[] = [],
): string[] {
  return spec.required
    .filter((anyOf) => !anyOf.some((field) => columns[field] !== undefined || supplied.includes(field)))
    .map((anyOf) => anyOf.join(' or '));
}
