import type { LabelParts } from '../parse';
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
