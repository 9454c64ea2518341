import { parseError, parsed, type ParseResult } from './result';
import type { LabelParts } from './period-text';
import { PERIOD_EXPECTED } from './period-text';

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers of 1950-01-01 and 2099-12-31: dates a monthly statistic can have. */
const FIRST_SERIAL = 18_264;
const LAST_SERIAL = 73_050;

/** An Excel date cell (SheetJS gives a Date at UTC midnight): its month. */
export function partsFromDate(date: Date): ParseResult<LabelParts> {
  if (Number.isNaN(date.getTime())) return parseError('date-invalid', 'an invalid date', date, PERIOD_EXPECTED);
  return parsed({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, ytd: false });
}

/**
 * A number in a period column: `202505` (YYYYMM), `2025.05` (YYYY.MM), or an Excel date serial.
 * `2025.1` is refused: it is how a number cell shows both 2025.10 and a mistyped 2025.1.
 */
export function partsFromNumber(value: number): ParseResult<LabelParts> {
  if (!Number.isFinite(value)) return parseError('period-invalid', 'not a period', value, PERIOD_EXPECTED);
  if (Number.isInteger(value) && value >= 190_001 && value <= 220_012) {
    const month = value % 100;
    if (month >= 1 && month <= 12) return parsed({ year: Math.floor(value / 100), month, ytd: false });
  }
  if (value >= 1900 && value < 2200) {
    const year = Math.floor(value);
    const month = Math.round((value - year) * 100);
    if (value === year) return parseError('period-year-alone', 'a year alone is not a period', value, PERIOD_EXPECTED);
    if (month === 10)
      return parseError(
        'period-ambiguous-decimal',
        'ambiguous: a number cell shows 2025.10 as 2025.1',
        value,
        'the period as text (2025.10 or 2025-10) or a date cell',
      );
    if (month >= 1 && month <= 12 && Math.abs((value - year) * 100 - month) < 1e-6)
      return parsed({ year, month, ytd: false });
    return parseError('period-invalid', 'not a period', value, PERIOD_EXPECTED);
  }
  if (value >= FIRST_SERIAL && value <= LAST_SERIAL)
    return partsFromDate(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
  return parseError('period-invalid', 'not a period', value, PERIOD_EXPECTED);
}
