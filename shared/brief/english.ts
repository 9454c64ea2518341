import { englishClaims } from './claims-english';
import { draftSentence, type Grammar, type SentenceDraft } from './draft';
import { englishFigures } from './number-phrases';
import { englishTime } from './period-phrases';
import { englishSubject } from './subjects';

const ENGLISH: Grammar = {
  figures: englishFigures,
  claims: englishClaims,
  time: englishTime,
  subject: englishSubject,
  clauseBreak: /[,;，:]/,
};

/** One sentence of an English brief. */
export function readEnglishSentence(text: string): SentenceDraft {
  return draftSentence(text, ENGLISH);
}

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATE = new RegExp(`\\b${MONTHS}\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTHS}\\b`, 'gi');

/** Digits that are years, dates or quarter names (2025, June 25, Q1) say nothing to read. */
export function englishHasFigure(text: string): boolean {
  const rest = text
    .replace(DATE, '')
    .replace(/\b(?:19|20)\d{2}\b/g, '')
    .replace(/\b[QH][1-4]\b/gi, '');
  return /\d/.test(rest);
}
