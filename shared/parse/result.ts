/**
 * Parsing never throws on bad input: a value that can't be taken comes back as an error value
 * saying what was found and what is expected, so a caller can report every cell at once.
 */
export interface ParseError {
  /** Stable, for translation (PARSE_ERROR_CODES); `message` is the English the command line prints. */
  code: ParseErrorCode;
  /** What a translation fills in (the unit converted to). */
  params?: Record<string, string | number>;
  message: string;
  found: string;
  expected: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export const PARSE_ERROR_CODES = [
  'unit-unknown',
  'unit-not-convertible',
  'unit-incompatible',
  'period-year-needed',
  'period-year-out-of-range',
  'period-ytd-but-month',
  'period-missing',
  'period-invalid',
  'period-year-alone',
  'period-ambiguous-decimal',
  'period-month-range',
  'period-span-not-january',
  'period-span-too-short',
  'period-quarter-refused',
  'date-invalid',
  'growth-invalid',
  'points-invalid',
  'level-invalid',
  'basis-invalid',
  'number-not-finite',
  'number-is-date',
  'number-invalid',
  'number-implausible',
] as const;
export type ParseErrorCode = (typeof PARSE_ERROR_CODES)[number];

export function parseError(
  code: ParseErrorCode,
  message: string,
  found: unknown,
  expected: string,
  params?: Record<string, string | number>,
): { ok: false; error: ParseError } {
  return { ok: false, error: { code, message, found: describeFound(found), expected, ...(params ? { params } : {}) } };
}

/** How a cell's content reads in a message: text as it was, dates as ISO days, numbers as written. */
export function describeFound(found: unknown): string {
  if (found === null || found === undefined) return '(blank)';
  if (found instanceof Date) return Number.isNaN(found.getTime()) ? '(invalid date)' : found.toISOString().slice(0, 10);
  if (typeof found === 'string') return found;
  if (typeof found === 'number' || typeof found === 'boolean') return String(found);
  return Object.prototype.toString.call(found);
}
