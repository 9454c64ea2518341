import { PARSE_ERROR_CODES } from '../parse/result';
import { READER_PROBLEM_CODES } from '../workbook/read/grid';

/**
 * Every import problem's stable code: the renderer translates it (with `params`), the command line
 * prints the English `message`. Parse codes come from the cell parsers; the rest from the import.
 */
export const IMPORT_PROBLEM_CODES = [
  ...PARSE_ERROR_CODES,
  ...READER_PROBLEM_CODES,
  'field-blank',
  'text-too-long',
  'period-future',
  'growth-below-minus-100',
  'negative-level',
  'growth-implausible',
  'row-without-figure',
  'zone-ambiguous',
  'zone-defined-with-errors',
  'zone-unknown',
  'zone-created',
  'indicator-ambiguous',
  'indicator-defined-with-errors',
  'indicator-created',
  'indicator-skipped',
  'indicator-mapped-to-missing',
  'figures-not-imported',
  'sheet-not-imported',
  'duplicate-row',
  'duplicate-different-figures',
  'duplicate-clashing-first',
  'profile-unknown',
  'formula-cell',
  'no-figures',
  'conflict-with-store',
  'catalog-conflict',
  'verified-month',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;
