import { writtenDecimals, type LabelParts } from '../parse';
import type { ClaimKind } from './types';

/** A claim as found in a sentence, before its period and place in the text are settled. */
export interface ClaimDraft {
  index: number;
  length: number;
  kind: ClaimKind;
  figure: number;
  decimals: number;
  against: string | null;
  threshold?: number | null;
  groupSize?: number | null;
  /** change_pp: the period compared with, as read (比1-4月), or months back (上月 1, 上年同期 12). */
  compared?: { parts: LabelParts } | { monthsBack: number };
}

/**
 * The claims of a sentence as they are found: a claim over words an earlier one already read is
 * another reading of them, and dropped.
 */
export function claimCollector(): { claims: ClaimDraft[]; add: (claim: ClaimDraft) => void } {
  const claims: ClaimDraft[] = [];
  const add = (claim: ClaimDraft) => {
    if (!claims.some((other) => other.index < claim.index + claim.length && claim.index < other.index + other.length))
      claims.push(claim);
  };
  return { claims, add };
}

/** A figure as written ("2.50" keeps its two decimals), negative when the words say it fell. */
export function signedFigure(text: string, negative: boolean): { figure: number; decimals: number } {
  return { figure: negative ? -Number(text) : Number(text), decimals: writtenDecimals(text) };
}

/** A streak of months, its count the pattern's first group, its threshold as the sentence states it. */
export function streakClaim(match: RegExpExecArray, threshold: number | null): ClaimDraft {
  return {
    index: match.index,
    length: match[0].length,
    kind: 'streak_months',
    figure: Number(match[1]),
    decimals: 0,
    against: null,
    threshold,
  };
}
