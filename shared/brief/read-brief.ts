import { addMonths, makePeriod, type Basis, type Period } from '../model';
import type { LabelParts } from '../parse';
import type { ClaimDraft } from './claim-draft';
import { chineseHasFigure, readChineseSentence } from './chinese';
import { benchmarkStatements } from './derived';
import type { SentenceDraft, StatementDraft } from './draft';
import { englishHasFigure, readEnglishSentence } from './english';
import type { SentenceTime } from './period-phrases';
import { splitSentences, type Sentence } from './sentences';
import { isChinese, readableText } from './simplified';
import type { BriefClaim, BriefReading, BriefStatement, ReadBriefOptions, Span, UnreadReason } from './types';
import { publishedOf, settleYear, type Published } from './year';

/** What the sentences before say to the one being read: the period, year and subject in force. */
interface Context {
  period: { period: Period; basis: Basis } | null;
  year: number | null;
  /** The last zone the text named as a subject. */
  zone: string | null;
  defaultZone: string | null;
  subject: { zone: string | null; indicator: string } | null;
}

/**
 * Reads a published brief (docs/briefs.md §1) into the figures it states and the claims it makes.
 * Every sentence holding a figure ends in exactly one place: its statements, or `unread`.
 * Pure and deterministic: rules only, no model, no I/O.
 */
export function readBrief(text: string, options: ReadBriefOptions = {}): BriefReading {
  const published = publishedOf(options.published);
  const context: Context = {
    period: null,
    year: null,
    zone: null,
    defaultZone: options.defaultZone ?? null,
    subject: null,
  };
  const reading: BriefReading = { statements: [], unread: [] };
  for (const sentence of splitSentences(text)) {
    const readable = readableText(sentence.text);
    const chinese = isChinese(readable);
    const draft = chinese ? readChineseSentence(readable) : readEnglishSentence(readable);
    const hasFigure = chinese ? chineseHasFigure(readable) : englishHasFigure(readable);
    const outcome = settle(sentence, readable, draft, context, published);
    if (typeof outcome === 'string') {
      if (hasFigure || draft.statements.length > 0 || draft.orphanClaims.length > 0)
        reading.unread.push({ span: sentence.span, text: sentence.text, reason: outcome });
      continue;
    }
    for (const statement of outcome) reading.statements.push(statement, ...benchmarkStatements(statement));
  }
  return reading;
}

/** The statements of one sentence with period, year, subject and spans settled, or why it stays unread. */
function settle(
  sentence: Sentence,
  readable: string,
  draft: SentenceDraft,
  context: Context,
  published: Published | null,
): BriefStatement[] | UnreadReason {
  const named = sentencePeriod(draft.time, context, published);
  const figures = draft.statements.length > 0 || draft.orphanClaims.length > 0;
  // A sentence without figures sets the period and subject only as a title or lead does, before any
  // other: "strong Q1 earnings" or "Baotou's expansion" in a later aside must not re-date or re-place
  // the figures after it.
  const settles = figures || context.period === null;
  const period = named === 'no year' ? null : named;
  if (period && settles && draft.time.periods.some((phrase) => !phrase.comparison)) context.period = period;
  const year = period ? Number(period.period.slice(0, 4)) : draft.time.year;
  if (year !== null && (figures || context.year === null)) context.year = year;
  if (draft.zone !== null && (figures || context.zone === null)) context.zone = draft.zone;

  const drafts = [...draft.statements];
  if (draft.orphanClaims.length > 0) {
    if (!context.subject) return 'no figure read';
    drafts.push({
      index: 0,
      ...context.subject,
      value: null,
      unit: null,
      yoyPct: null,
      yoyDecimals: null,
      claims: draft.orphanClaims,
    });
  }
  if (drafts.length === 0) return 'no figure read';
  if (drafts.some((statement) => statement.indicator === null)) return 'no indicator';
  if (named === 'no year') return 'no year';
  const settled = period ?? context.period;
  if (settled === null) return 'no period';

  const where: SettledSentence = { sentence, readable, settled, context, time: draft.time, published };
  const statements = drafts.map((statement) => toStatement(statement, where));
  const last = statements[statements.length - 1]!;
  context.subject = { zone: last.zone, indicator: last.indicator! };
  for (const statement of draft.statements) if (statement.zone !== null) context.zone = statement.zone;
  return statements;
}

/** The sentence's own period (the first it names that is not compared with), 今年以来, or none. */
function sentencePeriod(
  time: SentenceTime,
  context: Context,
  published: Published | null,
): { period: Period; basis: Basis } | 'no year' | null {
  const own = time.periods.find((period) => !period.comparison);
  if (own) {
    const year = settleYear(own.parts, time, context.year, published);
    return year === null ? 'no year' : periodOf(own.parts, year);
  }
  if (!time.soFar) return null;
  if (context.period) return { period: context.period.period, basis: 'ytd' };
  if (!published) return 'no year';
  return { period: addMonths(makePeriod(published.year, published.month), -1), basis: 'ytd' };
}

function periodOf(parts: LabelParts, year: number): { period: Period; basis: Basis } {
  return { period: makePeriod(year, parts.month), basis: parts.ytd ? 'ytd' : 'month' };
}

/** A sentence whose period is settled, and what its statements and claims are read in. */
interface SettledSentence {
  sentence: Sentence;
  readable: string;
  settled: { period: Period; basis: Basis };
  context: Context;
  time: SentenceTime;
  published: Published | null;
}

function toStatement(draft: StatementDraft, where: SettledSentence): BriefStatement {
  const { sentence, settled, context } = where;
  return {
    span: sentence.span,
    text: sentence.text,
    zone: draft.zone ?? context.zone ?? context.defaultZone,
    indicator: draft.indicator,
    period: settled.period,
    basis: settled.basis,
    value: draft.value,
    unit: draft.unit,
    yoyPct: draft.yoyPct,
    yoyDecimals: draft.yoyDecimals,
    derived: false,
    claims: draft.claims.map((claim) => toClaim(claim, where)),
  };
}

function toClaim(claim: ClaimDraft, where: SettledSentence): BriefClaim {
  const { sentence, readable, settled, context, time, published } = where;
  const { index, length, compared, ...rest } = claim;
  const brief: BriefClaim = { ...rest, span: claimSpan(sentence, readable, index, length) };
  if (claim.kind !== 'change_pp') return brief;
  if (!compared) return { ...brief, comparedPeriod: null };
  if ('monthsBack' in compared) return { ...brief, comparedPeriod: addMonths(settled.period, -compared.monthsBack) };
  const year =
    compared.parts.year ??
    settleYear(compared.parts, time, Number(settled.period.slice(0, 4)), published) ??
    context.year;
  return { ...brief, comparedPeriod: year === null ? null : makePeriod(year, compared.parts.month) };
}

/** Folding (NFKC, traditional → simplified) keeps lengths almost always; when it did not, the sentence is the place. */
function claimSpan(sentence: Sentence, readable: string, index: number, length: number): Span {
  if (readable.length !== sentence.text.length) return sentence.span;
  return [sentence.span[0] + index, sentence.span[0] + index + length];
}
