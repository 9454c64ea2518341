/**
 * Parsing never throws on bad input: a value that can't be taken comes back as an error value
 * saying what was found and what is expected, so a caller can report every cell at once.
 */
export interface ParseError {
  message: string;
  found: string;
  expected: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

export function parsed<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function parseError(message: string, found: unknown, expected: string): { ok: false; error: ParseError } {
  return { ok: false, error: { message, found: describeFound(found), expected } };
}

/** How a cell's content reads in a message: text as it was, dates as ISO days, numbers as written. */
export function describeFound(found: unknown): string {
  if (found === null || found === undefined) return '(blank)';
  if (found instanceof Date) return Number.isNaN(found.getTime()) ? '(invalid date)' : found.toISOString().slice(0, 10);
  if (typeof found === 'string') return found;
  if (typeof found === 'number' || typeof found === 'boolean') return String(found);
  return Object.prototype.toString.call(found);
}
