import { writtenDecimals } from '../parse';
import { claimCollector, signedFigure, streakClaim, type ClaimDraft } from './claim-draft';
import { englishTime } from './period-phrases';
import { NUMBER_WORDS } from './number-phrases';

const N = '(\\d+(?:\\.\\d+)?)';
const POINTS = `${N} ?(?:percentage points?|pp|ppts?)`;
const NAME = '(?:the )?([^,.;:—–()]+?)';
const END = '(?=[,.;:—–()]|$| and | while | marking | with )';
const GAP = new RegExp(
  `${POINTS} (above|higher than|faster than|over|ahead of|below|lower than|slower than|under|behind) ${NAME}(?:'s)?(?: average| level| rate| growth| figure)*(?: (?:of|at) \\(?${N}%\\)?)?${END}`,
  'gi',
);
const CONTRIBUTION = new RegExp(
  `\\b(contribut(?:ing|ed|es)|add(?:ing|ed|s)|pull(?:ing|ed|s) up|drag(?:ging|ged|s) down)(?: another| an additional| a further)? ${POINTS}(?: to ${NAME}${END})?`,
  'gi',
);
const DRAG = new RegExp(`\\b(drag(?:ging|ged|s) down|pull(?:ing|ed|s) down) ${NAME} by ${POINTS}`, 'gi');
const RATE = new RegExp(
  `contribution (?:rate |share )?(?:to ${NAME} )?(?:of |was |at |reached |stood at )?${N}%`,
  'gi',
);
const STREAK = /\b(\d+)(?:st|nd|rd|th)? (?:straight|consecutive) months?/gi;
const CHANGE = new RegExp(
  `\\b(accelerat(?:ing|ed|es)|pick(?:ing|ed|s) up|quicken(?:ing|ed|s)|up|rising|rose|slow(?:ing|ed|s)|eas(?:ing|ed|es)|down|falling|fell|decelerat(?:ing|ed|es))(?: by)? ${POINTS}(?: from ${NAME}${END})?`,
  'gi',
);
const CHANGE_THAN = new RegExp(
  `${POINTS} (faster|higher|quicker|slower|lower) than (?:in |for |during )?${NAME}${END}`,
  'gi',
);
const SHARE = new RegExp(`\\baccount(?:ing|ed|s)? for ${N}% of ${NAME}${END}`, 'gi');
const RANK =
  /\brank(?:ed|ing|s)? (first|second|third|fourth|fifth|top|no\. ?(\d+)|(\d+)(?:st|nd|rd|th)) (?:among|in|of) (?:the )?([^,.;]+?)(?=[,.;]|$)/gi;
const ORDINAL_WORDS = new Map([
  ['first', 1],
  ['top', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
]);
const DOWN =
  /^(below|lower than|slower than|under|behind|slow|eas|down|falling|fell|decelerat|slower|lower|drag|pull(?:ing|ed|s) down)/i;

/** The claims of one English sentence, in order. */
export function englishClaims(text: string): ClaimDraft[] {
  const { claims, add } = claimCollector();
  for (const match of text.matchAll(GAP)) {
    const [whole, points, word, name, benchmark] = match;
    const compared = comparedPeriod(name!);
    if (compared) {
      add({
        index: match.index,
        length: whole.length,
        kind: 'change_pp',
        ...signedFigure(points!, DOWN.test(word!)),
        against: name!.replace(/^(?:in|for|during) /i, ''),
        compared,
      });
      continue;
    }
    add({
      index: match.index,
      length: whole.length,
      kind: 'gap_pp',
      ...signedFigure(points!, DOWN.test(word!)),
      against: name!.trim(),
    });
    if (benchmark !== undefined)
      claims.push({
        index: match.index + whole.lastIndexOf(benchmark),
        length: benchmark.length + 1,
        kind: 'benchmark_yoy_pct',
        figure: Number(benchmark),
        decimals: writtenDecimals(benchmark),
        against: name!.trim(),
      });
  }
  for (const match of text.matchAll(DRAG)) {
    add({
      index: match.index,
      length: match[0].length,
      kind: 'contribution_pp',
      ...signedFigure(match[3]!, true),
      against: match[2]!.trim(),
    });
  }
  for (const match of text.matchAll(CONTRIBUTION)) {
    const [whole, verb, points, total] = match;
    add({
      index: match.index,
      length: whole.length,
      kind: 'contribution_pp',
      ...signedFigure(points!, DOWN.test(verb!)),
      against: total?.trim() ?? null,
    });
  }
  for (const match of text.matchAll(RATE)) {
    add({
      index: match.index,
      length: match[0].length,
      kind: 'contribution_rate_pct',
      ...signedFigure(match[2]!, false),
      against: match[1]?.trim() ?? null,
    });
  }
  for (const match of text.matchAll(STREAK)) {
    add(streakClaim(match, streakThreshold(text)));
  }
  for (const match of text.matchAll(SHARE)) {
    add({
      index: match.index,
      length: match[0].length,
      kind: 'share_pct',
      ...signedFigure(match[1]!, false),
      against: match[2]!.trim(),
    });
  }
  for (const match of text.matchAll(RANK)) {
    const [whole, word, numbered, ordinal, group] = match;
    const place = ORDINAL_WORDS.get(word!.toLowerCase()) ?? Number(numbered ?? ordinal);
    add({
      index: match.index,
      length: whole.length,
      kind: 'rank',
      figure: place,
      decimals: 0,
      against: group!.trim(),
      groupSize: groupSize(group!),
    });
  }
  for (const match of text.matchAll(CHANGE_THAN)) {
    const compared = comparedPeriod(match[3]!);
    if (compared)
      add({
        index: match.index,
        length: match[0].length,
        kind: 'change_pp',
        ...signedFigure(match[1]!, DOWN.test(match[2]!)),
        against: match[3]!,
        compared,
      });
  }
  for (const match of text.matchAll(CHANGE)) {
    const [whole, verb, points, from] = match;
    const compared = from === undefined ? undefined : comparedPeriod(from);
    if (from !== undefined && !compared) continue;
    add({
      index: match.index,
      length: whole.length,
      kind: 'change_pp',
      ...signedFigure(points!, DOWN.test(verb!)),
      against: from ?? null,
      ...(compared ? { compared } : {}),
    });
  }
  return claims.sort((a, b) => a.index - b.index);
}

function streakThreshold(text: string): number | null {
  if (/double[- ]digit/i.test(text)) return 10;
  const floor = /(\d+(?:\.\d+)?)% or (?:more|above|higher)/i.exec(text);
  return floor ? Number(floor[1]) : null;
}

/** "the city's five districts" → 5. */
function groupSize(group: string): number | null {
  const match = /\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(group);
  return match ? (NUMBER_WORDS.get(match[1]!.toLowerCase()) ?? Number(match[1])) : null;
}

/** "January–April", "the previous month", "a year earlier": the period a change is measured from. */
function comparedPeriod(text: string): ClaimDraft['compared'] | null {
  if (/\b(?:previous|last|prior) month\b|\ba month (?:earlier|before)\b/i.test(text)) return { monthsBack: 1 };
  if (/\b(?:a year (?:earlier|ago|before)|(?:the )?same period (?:of |in )?last year|last year)\b/i.test(text))
    return { monthsBack: 12 };
  const period = englishTime(text).periods[0];
  return period ? { parts: period.parts } : null;
}
