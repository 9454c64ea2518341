import { periodMonth, periodYear, type Basis, type Period } from '../../../../shared/model';

const SHORT_MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function isChinese(language: string): boolean {
  return language.startsWith('zh');
}

/** A month column's heading: `May` / `5月` for a month, `Jan–May` / `1-5月` year to date. */
export function monthLabel(period: Period, basis: Basis, language: string): string {
  const month = periodMonth(period);
  if (isChinese(language)) return basis === 'ytd' && month > 1 ? `1-${month}月` : `${month}月`;
  const name = SHORT_MONTHS_EN[month - 1]!;
  return basis === 'ytd' && month > 1 ? `Jan–${name}` : name;
}

/** A period as a brief writes it: `Jan–May 2025` / `2025年1-5月`, `May 2025` / `2025年5月`. */
export function periodLabel(period: Period, basis: Basis, language: string): string {
  const year = periodYear(period);
  return isChinese(language) ? `${year}年${monthLabel(period, basis, language)}` : `${monthLabel(period, basis, language)} ${year}`;
}
