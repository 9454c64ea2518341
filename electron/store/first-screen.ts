import { isShardFile, shardFileYear } from './layout';

/**
 * The years a lazy open reads before it answers: the Entry screen opens on the month before now,
 * beside the twelve months before that (for year-on-year), so the current year and the one before,
 * and in January the one before that too. Local time, as the screen's default period is.
 */
export function firstScreenYears(now: Date): { from: number; to: number } {
  const year = now.getFullYear();
  return { from: year - (now.getMonth() === 0 ? 2 : 1), to: year };
}

/** Whether a dataset file is read at once by a lazy open: anything but a shard of another year. */
export function readFirst(now: Date, alsoNow: ReadonlySet<string>): (file: string) => boolean {
  const { from, to } = firstScreenYears(now);
  return (file) => {
    if (!isShardFile(file) || alsoNow.has(file)) return true;
    const year = shardFileYear(file);
    return year >= from && year <= to;
  };
}
