import type { LabelParts } from '../parse';
import type { SentenceTime } from './period-phrases';

/** A publication date, `YYYY-MM-DD`, as the year and month it was published in. */
export interface Published {
  year: number;
  month: number;
}

export function publishedOf(date: string | undefined): Published | null {
  const match = date === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/**
 * The year of a period, never guessed (docs/briefs.md §1): the label's own (2025年1-5月), the sentence's
 * (2025年, 今年 + publication), the text's so far, else the publication date's — the year before
 * when the month has not ended by then, as a month's figures come out after it.
 */
export function settleYear(
  parts: LabelParts,
  time: SentenceTime,
  textYear: number | null,
  published: Published | null,
): number | null {
  if (parts.year !== null) return parts.year;
  if (time.year !== null) return time.year;
  if (time.thisYear && published) return published.year;
  if (textYear !== null) return textYear;
  if (!published) return null;
  return parts.month >= published.month ? published.year - 1 : published.year;
}
