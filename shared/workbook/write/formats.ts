/** Number formats of the comparison workbook (docs/workbook.md §2). */
export const VALUE_FORMAT = '#,##0.0';
export const PERCENT_FORMAT = '0.0';
export const INTEGER_FORMAT = '0';

/** A growth in percentage points where the column holds %: `-1.2 pp` / `-1.2个百分点`, still a number. */
export function pointsFormat(unit: string): string {
  return `${PERCENT_FORMAT}"${unit === 'pp' ? ' pp' : unit}"`;
}

/**
 * How a column is written: `text` cells are always plain strings (never formulas), the others
 * numbers with their format; `value` for levels, `percent` for % and pp, `integer` for counts.
 */
export type ColumnKind = 'text' | 'value' | 'percent' | 'integer';

export const FORMAT_OF: Record<Exclude<ColumnKind, 'text'>, string> = {
  value: VALUE_FORMAT,
  percent: PERCENT_FORMAT,
  integer: INTEGER_FORMAT,
};
