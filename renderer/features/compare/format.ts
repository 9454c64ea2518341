import { formatLevel, formatOneDecimal, formatPeriod, unitWords } from '../../../shared/metrics';
import { periodMonth, periodYear } from '../../../shared/model';
import type { Language } from '../../../shared/api';
import type { Basis, Period } from '../../../shared/model';

/** Display only; every figure keeps full precision until here. A missing figure is a dash, never 0. */
export const MISSING = '–';

export function oneDecimal(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formatOneDecimal(value).replace(/^-/, '−');
}

/** `+2.5`, `−3.2`: gaps and changes read with their sign. */
export function signedOneDecimal(value: number | null | undefined): string {
  if (value === null || value === undefined) return MISSING;
  const text = oneDecimal(value);
  return value > 0 && text !== '0.0' ? `+${text}` : text;
}

export function level(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : formatLevel(value).replace(/^-/, '−');
}

export function wholeNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? MISSING : String(value);
}

/** `January–May 2025` / `2025年1-5月`. */
export function periodLabel(period: Period, basis: Basis, language: Language): string {
  return formatPeriod(period, basis, language, { withYear: true });
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** For chart axes: `Jan–May 2025`, `May 2025` / `2025年1-5月`, `2025年5月`. */
export function shortPeriodLabel(period: Period, basis: Basis, language: Language): string {
  const year = periodYear(period);
  const month = periodMonth(period);
  const span = basis === 'ytd' && month > 1;
  if (language === 'zh') return `${year}年${span ? `1-${month}` : month}月`;
  return `${span ? `Jan–${SHORT_MONTHS[month - 1]}` : SHORT_MONTHS[month - 1]} ${year}`;
}

/** A unit in the UI language: `10k CNY` reads 万元 in Chinese, `t` reads 吨. */
export function unitLabel(unit: string, language: Language): string {
  return unitWords(unit)[language];
}
