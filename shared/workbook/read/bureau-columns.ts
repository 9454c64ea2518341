import type { Basis } from '../../model';
import type { LabelParts } from '../../parse';
import { basisOfField, classifyBureauHeader, type BureauColumn } from './bureau-headers';
import { BUREAU_FIELDS, headerKey, type BureauField } from './fields';
import { cellAt, cellText, type SheetGrid, type SheetProblem } from './grid';
import type { MappingChoice } from './mapping';
import { cellPlace, columnLetter } from './places';

/** One basis's figure columns and the period its header names. */
export interface Group {
  basis: Basis;
  value?: number;
  yoy?: number;
  parts: LabelParts | null;
  headerPlace: string;
  /** The unit the value column's header names (`本月(亿元)`). */
  unit?: string;
  /** The growth column is an index on this base (`本月(上年同月=100)`): growth = figure − base. */
  yoyIndexBase?: number;
}

/** The header above each column, following merged cells (a `5月` spanning its two columns). */
function upperHeaders(grid: SheetGrid, upper: number): string[] {
  const texts = Array.from({ length: grid.columnCount }, (_, column) =>
    upper >= 0 ? cellText(cellAt(grid, upper, column)) : '',
  );
  for (const merge of grid.merges) {
    if (merge.s.r > upper || merge.e.r < upper) continue;
    const text = cellText(cellAt(grid, merge.s.r, merge.s.c));
    for (let column = merge.s.c; column <= merge.e.c && column < texts.length; column++) texts[column] = text;
  }
  return texts;
}

/**
 * What each column holds; in a two-row header (`upperRow` ≥ 0) a generic header (`绝对值`,
 * `增长%`) is read with the header above it.
 */
export function classifyColumns(grid: SheetGrid, headerRow: number, upperRow: number): (BureauColumn | null)[] {
  const upper = upperHeaders(grid, upperRow);
  let lastUpper = '';
  return Array.from({ length: grid.columnCount }, (_, column) => {
    const header = cellText(cellAt(grid, headerRow, column));
    const own = classifyBureauHeader(header);
    if (upper[column] !== '') lastUpper = upper[column]!;
    const above = upper[column] !== '' ? upper[column]! : own?.field.startsWith('generic') ? lastUpper : '';
    if (
      above !== '' &&
      (own === null || own.field.startsWith('generic') || own.parts === null) &&
      own?.field !== 'indicator' &&
      own?.field !== 'unit'
    ) {
      const combined = classifyBureauHeader(above + header);
      if (combined && !combined.field.startsWith('generic')) return combined;
    }
    return own;
  });
}

/** A two-row header's text for a column: `4月 绝对量`. */
export function columnHeaderText(grid: SheetGrid, upperRow: number, headerRow: number, column: number): string {
  const lower = cellText(cellAt(grid, headerRow, column));
  if (upperRow < 0) return lower;
  const merge = grid.merges.find(
    (range) => range.s.r <= upperRow && range.e.r >= upperRow && range.s.c <= column && range.e.c >= column,
  );
  const upper = cellText(merge ? cellAt(grid, merge.s.r, merge.s.c) : cellAt(grid, upperRow, column));
  return upper === '' || upper === lower ? lower : lower === '' ? upper : `${upper} ${lower}`;
}

export function firstTextColumn(fields: (BureauField | null)[]): number {
  const firstFigure = fields.findIndex((field) => field !== null && field !== 'indicator' && field !== 'unit');
  return firstFigure > 0 ? 0 : -1;
}

/** A column's part in the table: a field, or growth whose basis the value to its left settles. */
export type Role = BureauField | 'yoy' | null;

/** `upperRow`: the row above a two-row header, -1 when none; a profile may name a column by both rows' text (`4月 绝对量`). */
export function chooseRoles(
  grid: SheetGrid,
  headerRow: number,
  classified: (BureauColumn | null)[],
  choices: readonly MappingChoice[],
  problems: SheetProblem[],
  upperRow = -1,
): Role[] {
  return classified.map((kind, column) => {
    const letter = columnLetter(column);
    const header = cellText(cellAt(grid, headerRow, column));
    const keys = new Set([headerKey(header), headerKey(columnHeaderText(grid, upperRow, headerRow, column))]);
    const choice =
      choices.find((c) => c.column === letter) ??
      choices.find((c) => c.column === undefined && c.header !== undefined && keys.has(headerKey(c.header)));
    if (choice) {
      if (choice.field === null) return null;
      if ((BUREAU_FIELDS as readonly string[]).includes(choice.field)) return choice.field as BureauField;
      problems.push({
        severity: 'error',
        place: cellPlace(grid.name, headerRow, column),
        code: 'mapping-unknown-field',
        found: choice.field,
        expected: BUREAU_FIELDS.join(', '),
        message: 'the mapping names an unknown field',
      });
      return null;
    }
    if (kind === null) {
      if (header !== '')
        problems.push({
          severity: 'warning',
          place: cellPlace(grid.name, headerRow, column),
          code: 'column-unknown',
          found: header,
          message: 'an unknown column, ignored',
        });
      return null;
    }
    if (kind.field === 'prior') {
      problems.push({
        severity: 'warning',
        place: cellPlace(grid.name, headerRow, column),
        code: 'column-prior-year',
        found: header,
        message: "last year's figures are not imported (Zone Stats keeps each period's own figures)",
      });
      return null;
    }
    if (kind.field === 'generic-value') return null;
    if (kind.field === 'generic-yoy') return 'yoy';
    return kind.field;
  });
}

/** Each basis's value and growth columns; a growth column without a basis follows the value to its left. */
export function figureGroups(
  grid: SheetGrid,
  headerRow: number,
  roles: Role[],
  classified: (BureauColumn | null)[],
): Group[] {
  const groups = new Map<Basis, Group>();
  let lastBasis: Basis | null = null;
  const group = (basis: Basis, column: number): Group => {
    let found = groups.get(basis);
    if (!found) {
      found = { basis, parts: null, headerPlace: cellPlace(grid.name, headerRow, column) };
      groups.set(basis, found);
    }
    return found;
  };
  roles.forEach((field, column) => {
    if (field === null || field === 'indicator' || field === 'unit') return;
    const generic = field === 'yoy';
    const basis = generic ? (lastBasis ?? 'ytd') : basisOfField(field)!;
    const target = group(basis, column);
    const parts = classified[column]?.parts ?? null;
    if (field.endsWith('_value') && target.value === undefined) {
      target.value = column;
      target.parts ??= parts;
      const unit = classified[column]?.unit;
      if (unit !== undefined) target.unit = unit;
      target.headerPlace = cellPlace(grid.name, headerRow, column);
      lastBasis = basis;
    } else if ((field.endsWith('_yoy') || generic) && target.yoy === undefined) {
      target.yoy = column;
      target.parts ??= parts;
      const base = classified[column]?.indexBase;
      if (base !== undefined) target.yoyIndexBase = base;
    }
  });
  return [...groups.values()];
}

/** Roles with every growth column's basis settled; columns no group took are ignored. */
export function settledFields(roles: Role[], groups: Group[]): (BureauField | null)[] {
  return roles.map((role, column): BureauField | null => {
    if (role === 'indicator' || role === 'unit') return role;
    const group = groups.find((g) => g.value === column || g.yoy === column);
    if (!group) return null;
    return group.value === column ? (`${group.basis}_value` as const) : (`${group.basis}_yoy` as const);
  });
}
