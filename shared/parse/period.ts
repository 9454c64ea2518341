import { makePeriod, type Basis, type Period } from '../model';
import { partsFromDate, partsFromNumber } from './period-cell';
import { parseLabelText, PERIOD_EXPECTED, type LabelParts } from './period-text';
import { describeFound, parseError, parsed, type ParseResult } from './result';

export { PERIOD_EXPECTED, type LabelParts } from './period-text';

/** A period label read: its month, and `ytd` when the label itself says year to date. */
export interface PeriodLabel {
  period: Period;
  basis?: Basis;
}

export interface PeriodOptions {
  /** The basis the row states (its `basis` column); a label that says otherwise is an error. */
  basis?: Basis | null;
  /** The year for labels that carry none (`5月`, `1-5月`, `一季度` in a bureau table titled 2025年). */
  year?: number | null;
}

/**
 * A period cell (docs/workbook.md §1, docs/metrics.md §4): text labels, `YYYYMM` / `YYYY.MM` numbers and
 * Excel dates. Year-to-date labels imply `basis` ytd (1–2月 is ytd for February).
 */
export function parsePeriod(input: unknown, options: PeriodOptions = {}): ParseResult<PeriodLabel> {
  const parts = partsOf(input);
  if (!parts.ok) return parts;
  const { month, ytd } = parts.value;
  const year = parts.value.year ?? options.year ?? null;
  if (year === null)
    return parseError(
      'period-year-needed',
      'a year is needed',
      input,
      'a label with its year, such as 2025年5月 or 2025年1-5月',
    );
  if (year < 1900 || year >= 2200)
    return parseError('period-year-out-of-range', 'a year out of range', input, PERIOD_EXPECTED);
  if (ytd && options.basis === 'month') {
    return parseError(
      'period-ytd-but-month',
      `the label is year to date but the basis says month`,
      input,
      'a month label such as 2025年5月, or basis ytd (累计)',
    );
  }
  const basis: Basis | undefined = ytd ? 'ytd' : (options.basis ?? undefined);
  return parsed(basis ? { period: makePeriod(year, month), basis } : { period: makePeriod(year, month) });
}

/** What a label says before a year is settled (`5月` has none): for headers of bureau tables. */
export function parsePeriodParts(input: unknown): ParseResult<LabelParts> {
  return partsOf(input);
}

function partsOf(input: unknown): ParseResult<LabelParts> {
  if (typeof input === 'string') return parseLabelText(input);
  if (typeof input === 'number') return partsFromNumber(input);
  if (input instanceof Date) return partsFromDate(input);
  if (input === null || input === undefined) return parseError('period-missing', 'no period', input, PERIOD_EXPECTED);
  return parseError('period-invalid', 'not a period', describeFound(input), PERIOD_EXPECTED);
}
