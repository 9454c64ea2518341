/** `2026-11-28T10:15:30.123Z` → `20261128T101530123Z`: sorts by time and is safe in file names. */
export function timeStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}
