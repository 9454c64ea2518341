const LOCALES: Record<string, string> = { en: 'en', zh: 'zh-CN' };

function locale(language: string): string {
  return LOCALES[language.slice(0, 2)] ?? 'en';
}

/** A level as published: grouped digits, up to six decimals, nothing for "not published". */
export function formatValue(value: number | null, language: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 6 }).format(value);
}

/** A computed level (an implied prior-year value): whole from 1,000 up, else one or two decimals. */
export function formatLevel(value: number | null, language: string): string {
  if (value === null) return '';
  const size = Math.abs(value);
  const decimals = size >= 1000 ? 0 : size >= 10 ? 1 : 2;
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: decimals }).format(value);
}

/** Percentages and percentage points show one decimal (docs/metrics.md §2: round only for display). */
export function formatOneDecimal(value: number | null, language: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** What an editor starts with and what a copy puts on the clipboard: the plain number at full precision. */
export function plainNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
