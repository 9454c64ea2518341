import type { WorkBook, WorkSheet } from 'xlsx';

/**
 * A sheet by name without trusting the name as an object key: SheetJS keeps sheets in a plain
 * object, so a sheet called `__proto__` lands on the object's prototype, and `constructor` or
 * `toString` would otherwise find Object's own members.
 */
export function sheetByName(book: WorkBook, name: string): WorkSheet | undefined {
  const sheets = book.Sheets as object | undefined;
  if (!sheets) return undefined;
  if (Object.prototype.hasOwnProperty.call(sheets, name)) return asSheet((sheets as Record<string, unknown>)[name]);
  if (name === '__proto__') {
    const prototype = Object.getPrototypeOf(sheets) as unknown;
    return prototype === Object.prototype ? undefined : asSheet(prototype);
  }
  return undefined;
}

function asSheet(value: unknown): WorkSheet | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && value !== Object.prototype
    ? (value as WorkSheet)
    : undefined;
}
