import type { ClaimDraft } from './claim-draft';
import type { FigurePhrase } from './number-phrases';
import type { SentenceTime } from './period-phrases';
import type { Subject } from './subjects';

/** A statement as read from one sentence, before its period, year and span are settled. */
export interface StatementDraft {
  /** Where its first figure is in the readable sentence. */
  index: number;
  zone: string | null;
  indicator: string | null;
  value: number | null;
  unit: string | null;
  yoyPct: number | null;
  yoyDecimals: number | null;
  claims: ClaimDraft[];
}

/** What one sentence gives: its statements, claims no figure of it carries, and what it says of time. */
export interface SentenceDraft {
  statements: StatementDraft[];
  orphanClaims: ClaimDraft[];
  time: SentenceTime;
  /** A zone the sentence names as a subject, figures or not: the subject of the sentences after it. */
  zone: string | null;
}

export interface Grammar {
  figures(text: string): FigurePhrase[];
  claims(text: string): ClaimDraft[];
  time(text: string): SentenceTime;
  subject(head: string): Subject;
  /** Where a clause starts again inside a head (，in Chinese, a comma in English). */
  clauseBreak: RegExp;
}

/**
 * Figures become statements by the words before them: a figure whose head names a measure starts a
 * statement; one whose head is empty (`，同比增长23.8%`, `, up 23.8% YoY`) belongs to the statement
 * before it. Each claim belongs to the statement whose figure precedes it.
 */
export function draftSentence(text: string, grammar: Grammar): SentenceDraft {
  const time = grammar.time(text);
  const claims = grammar.claims(text);
  const figures = grammar
    .figures(text)
    .filter(
      (figure) =>
        !claims.some(
          (claim) => figure.index < claim.index + claim.length && claim.index < figure.index + figure.length,
        ),
    );
  const blanked = blankPeriods(text, time);
  const statements: StatementDraft[] = [];
  let from = 0;
  let sentenceZone: string | null = null;
  for (const figure of figures) {
    const segments = blanked.slice(from, figure.index).split(grammar.clauseBreak);
    const head = segments[segments.length - 1]!;
    const subject = grammar.subject(head);
    const indicator = figure.inside ?? subject.indicator;
    sentenceZone = subject.zone ?? sentenceZone;
    const current = statements[statements.length - 1];
    const joins =
      current &&
      indicator === null &&
      subject.zone === null &&
      (figure.kind === 'level' ? current.value === null : current.yoyPct === null);
    const statement = joins ? current : newStatement(figure.index, subject.zone ?? current?.zone ?? null, indicator);
    if (!joins) statements.push(statement);
    if (figure.kind === 'level') Object.assign(statement, { value: figure.value, unit: figure.unit });
    else Object.assign(statement, { yoyPct: figure.value, yoyDecimals: figure.decimals });
    from = figure.index + figure.length;
  }
  if (statements.length === 0 && claims.length > 0) {
    // 稀土产业增加值占全区规上工业的比重为45.2%: a claim whose subject is written before it, with no figure of its own.
    const segments = blanked.slice(0, claims[0]!.index).split(grammar.clauseBreak);
    const subject = grammar.subject(segments[segments.length - 1]!);
    if (subject.indicator !== null) statements.push(newStatement(0, subject.zone, subject.indicator));
    sentenceZone = subject.zone;
  }
  const orphanClaims: ClaimDraft[] = [];
  for (const claim of claims) {
    const owner = [...statements].reverse().find((statement) => statement.index < claim.index) ?? statements[0];
    (owner ? owner.claims : orphanClaims).push(claim);
  }
  const zone =
    sentenceZone ??
    (statements.length === 0
      ? grammar.subject(blanked.split(grammar.clauseBreak).find((part) => part.trim() !== '') ?? '').zone
      : null);
  return { statements, orphanClaims, time, zone };
}

function newStatement(index: number, zone: string | null, indicator: string | null): StatementDraft {
  return { index, zone, indicator, value: null, unit: null, yoyPct: null, yoyDecimals: null, claims: [] };
}

/** Period phrases read as clause breaks, so `1-5月稀土高新区…` leaves the subject alone. */
function blankPeriods(text: string, time: SentenceTime): string {
  let blanked = text;
  for (const period of time.periods)
    blanked = `${blanked.slice(0, period.index)}${'，'.repeat(period.length)}${blanked.slice(period.index + period.length)}`;
  return blanked;
}
