import { chineseClaims } from './claims-chinese';
import { draftSentence, type Grammar, type SentenceDraft } from './draft';
import { chineseFigures } from './number-phrases';
import { chineseTime } from './period-phrases';
import { chineseSubject } from './subjects';

const CHINESE: Grammar = {
  figures: chineseFigures,
  claims: chineseClaims,
  time: chineseTime,
  subject: chineseSubject,
  clauseBreak: /[，,：:（）()]/,
};

/** One sentence of a Chinese brief, simplified and NFKC-folded. */
export function readChineseSentence(text: string): SentenceDraft {
  return draftSentence(text, CHINESE);
}

/** Digits that are dates or periods (2025年, 6月25日, 1-5月) say nothing to read. */
export function chineseHasFigure(text: string): boolean {
  const rest = text
    .replace(/\d{4}年/g, '')
    .replace(/\d{1,2}月\d{1,2}[日号]/g, '')
    .replace(/\d{1,2}(?:[-—–~至到]\d{1,2})?月份?/g, '')
    .replace(/前\d{1,2}个月|\d季度|第\d/g, '');
  return /\d/.test(rest);
}
