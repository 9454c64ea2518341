/** `2026-11-28T10:15:30.123Z` → `20261128T101530123Z`: sorts by time and is safe in file names. */
export function timeStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/** A new backup id after `latest` (the greatest so far), even when two backups share a millisecond or the clock went back. */
export function nextBackupId(latest: string | null | undefined, now: Date): string {
  const candidate = timeStamp(now);
  if (!latest || candidate > latest) return candidate;
  const [base, counter] = latest.split('-') as [string, string | undefined];
  const next = Number(counter ?? '0') + 1;
  if (next > 999) throw new Error('too many backups in one millisecond');
  return `${base}-${String(next).padStart(3, '0')}`;
}
