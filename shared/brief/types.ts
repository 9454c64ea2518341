import type { Basis, Period } from '../model';

/** Where a phrase sits in the text as given: [start, end), in UTF-16 code units. */
export type Span = [number, number];

export const CLAIM_KINDS = [
  'gap_pp',
  'benchmark_yoy_pct',
  'contribution_pp',
  'contribution_rate_pct',
  'streak_months',
  'change_pp',
  'share_pct',
  'rank',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A relation the brief asserts (docs/briefs.md §2), to be checked against what the data computes. */
export interface BriefClaim {
  kind: ClaimKind;
  figure: number;
  /** Decimals as published: the precision the computed figure is rounded to before comparing. */
  decimals: number;
  /**
   * The other side as written, in simplified Chinese: the benchmark zone (gap, benchmark growth,
   * zone share), the total (contribution, rate, indicator share), the earlier period (change),
   * the group ranked in (rank); null when the text names none.
   */
  against: string | null;
  /** Where the claim is written in the text (the sentence's span when folding changed its length). */
  span: Span;
  /** change_pp: the period compared with, settled (比1-4月 → 2025-04); null for the previous one. */
  comparedPeriod?: Period | null;
  /** streak_months: the growth each month must reach (10 for double-digit); null when unsaid. */
  threshold?: number | null;
  /** rank: how many the group holds when the text says (市五区 → 5). */
  groupSize?: number | null;
}

/** One figure the brief states, read from one sentence. */
export interface BriefStatement {
  /** The sentence it was read from. */
  span: Span;
  text: string;
  /** The subject as written, in simplified Chinese; null when neither the text nor the default names one. */
  zone: string | null;
  indicator: string | null;
  period: Period;
  basis: Basis;
  /** The level in the unit below (万吨 → t, 亿元 → 万元), or null when only a rate is stated. */
  value: number | null;
  unit: string | null;
  yoyPct: number | null;
  /** Decimals the growth was published with. */
  yoyDecimals: number | null;
  /** Not written but implied by the sentence (a benchmark's growth as yoy − gap). */
  derived: boolean;
  claims: BriefClaim[];
}

/** A sentence that holds a figure but could not be read: listed, never dropped. */
export interface UnreadSentence {
  span: Span;
  text: string;
  /** Why, in English for logs; the renderer words it itself from `reason`. */
  reason: UnreadReason;
}

export type UnreadReason = 'no period' | 'no year' | 'no indicator' | 'no figure read';

export interface BriefReading {
  statements: BriefStatement[];
  unread: UnreadSentence[];
}

export interface ReadBriefOptions {
  /** `YYYY-MM-DD`: the year for text that names none, and the month before it for 今年以来. */
  published?: string;
  /** The subject of sentences that name none (as a phrase the caller's resolver knows, or an id). */
  defaultZone?: string;
}
