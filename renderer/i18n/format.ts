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
