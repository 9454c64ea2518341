import { formatPeriod } from '../../shared/metrics';
import { isPeriod, periodMonth, periodYear, type Basis, type Period } from '../../shared/model';
import type { TFunction } from 'i18next';

/** A byte count as B / KB / MB / GB with at most one decimal, in the UI's language. */
export function formatBytes(bytes: number, t: TFunction, locale: string): string {
  const units = [
    ['gigabytes', 1024 ** 3],
    ['megabytes', 1024 ** 2],
    ['kilobytes', 1024],
  ] as const;
  for (const [key, size] of units) {
    if (bytes >= size) {
      const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / size);
      return t(`units.${key}`, { value });
    }
  }
  return t('units.bytes', { value: new Intl.NumberFormat(locale).format(bytes) });
}

/** An ISO time as a local date and time; the text itself when it is not a date. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

const SHORT_MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function isChinese(language: string): boolean {
  return language.startsWith('zh');
}

/*
 * Periods in the UI: every screen formats them here, never as the stored `2025-05`.
 * The shared formatter (shared/metrics) writes the brief's long form; these add the short ones.
 */

/** A month column's heading: `May` / `5月` for a month, `Jan–May` / `1-5月` year to date. */
export function monthLabel(period: Period, basis: Basis, language: string): string {
  const month = periodMonth(period);
  if (isChinese(language)) return basis === 'ytd' && month > 1 ? `1-${month}月` : `${month}月`;
  const name = SHORT_MONTHS_EN[month - 1]!;
  return basis === 'ytd' && month > 1 ? `Jan–${name}` : name;
}

/** A period with its year, short: `Jan–May 2025`, `May 2025` / `2025年1-5月`, `2025年5月`. */
export function shortPeriodLabel(period: Period, basis: Basis, language: string): string {
  const year = periodYear(period);
  return isChinese(language)
    ? `${year}年${monthLabel(period, basis, language)}`
    : `${monthLabel(period, basis, language)} ${year}`;
}

/** A period with its year, in full: `January–May 2025`, `May 2025` / `2025年1-5月`, `2025年5月`. */
export function periodLabel(period: Period, basis: Basis, language: string): string {
  return formatPeriod(period, basis, isChinese(language) ? 'zh' : 'en', { withYear: true });
}

/** A stored period text (`2025-05`) as a label; any other text as it is. */
export function periodTextLabel(text: string, basis: Basis, language: string): string {
  return isPeriod(text) ? shortPeriodLabel(text as Period, basis, language) : text;
}
