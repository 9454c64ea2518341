import { parsePeriodParts, type LabelParts } from '../parse';
import { NUMBER_WORDS } from './number-phrases';

/** A period named in a sentence: where, what it says, and whether it is the one compared with. */
export interface PeriodPhrase {
  index: number;
  length: number;
  parts: LabelParts;
  /** 比1-4月 / "than in January–April": the period a change is measured from, not the statement's. */
  comparison: boolean;
}

/** What a sentence says of time: its periods, and a year named alone (2025年, "in 2025", 今年). */
export interface SentenceTime {
  periods: PeriodPhrase[];
  year: number | null;
  /** 今年 / "this year": the publication year. */
  thisYear: boolean;
  /** 今年以来 / "so far this year": the latest period the text names. */
  soFar: boolean;
}

const CHINESE_NUMERALS = new Map([
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
  ['十二', 12],
]);

const PARTS = new Map<string, ReturnType<typeof parsePeriodParts>>();

/** Labels repeat through a text (1-5月, 一季度): each is parsed once. */
function partsOf(label: string): ReturnType<typeof parsePeriodParts> {
  let parts = PARTS.get(label);
  if (!parts) PARTS.set(label, (parts = parsePeriodParts(label)));
  return parts;
}

/** A count written in digits or Chinese numerals up to 十二 (前五个月, 市五区). */
export function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return CHINESE_NUMERALS.get(text) ?? null;
}

const CJK_PERIOD =
  /(?:(\d{4})年)?(?:(\d{1,2})[-—–~至到](\d{1,2})月份?|前(\d{1,2}|[一二两三四五六七八九十]{1,2})个月|(\d{1,2})月份?(?![\d份]*[日号])|(第?一季度|一季|上半年|前三季度|1-3季度|全年))/g;
const CJK_COMPARED = /(?:比|较|与|同)$/;
const CJK_YEAR_ALONE = /(\d{4})年(?!\d{1,2}[-—–~至到月]|前|第?一季|上半年|前三季度|全年)/;

/** The periods and year a Chinese sentence (simplified, NFKC) names. */
export function chineseTime(text: string): SentenceTime {
  const periods: PeriodPhrase[] = [];
  for (const match of text.matchAll(CJK_PERIOD)) {
    const [whole, year, from, to, first, month, named] = match;
    const label =
      from !== undefined
        ? `${from}-${to}月`
        : first !== undefined
          ? `1-${smallNumber(first)}月`
          : month !== undefined
            ? `${month}月`
            : named!;
    const parts = partsOf(label);
    if (!parts.ok) continue;
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    periods.push({
      index: match.index,
      length: whole.length,
      parts: { ...parts.value, year: year === undefined ? null : Number(year) },
      comparison: CJK_COMPARED.test(before.replace(/(?:相比|增速|比重)$/, '')),
    });
  }
  const year = CJK_YEAR_ALONE.exec(text);
  return {
    periods,
    year: year ? Number(year[1]) : null,
    thisYear: /今年/.test(text),
    soFar: /今年以来|年初以来/.test(text),
  };
}

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![a-z])\\.?';
const EN_PERIOD = new RegExp(
  [
    `\\b(?:from |in |for |during )?${MONTH} ?(?:to|through|till|until|-|–|—) ?${MONTH}(?:,? (\\d{4}))?`,
    `\\bthe first (\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months(?: of (\\d{4}))?`,
    `\\b(?:the )?(first quarter|first half|first three quarters|q1|h1)(?: of)?(?: (\\d{4}))?`,
    `\\b(?:in )?${MONTH}(?!\\.? ?\\d{1,2}\\b(?!\\d))(?:,? (\\d{4}))?`,
  ].join('|'),
  'gi',
);
const EN_NAMED = new Map([
  ['first quarter', '一季度'],
  ['q1', '一季度'],
  ['first half', '上半年'],
  ['h1', '上半年'],
  ['first three quarters', '前三季度'],
]);
const EN_COMPARED = /(?:than|from|over|compared with|compared to|versus|vs\.?)(?: in| for| of)?(?: the)? ?$/i;
/** "0.4 percentage points from January-April": a change measured from that period. */
const EN_CHANGE_FROM = /(?:points?|pp|ppts?)\s*$/i;
const EN_YEAR_ALONE = /\b(?:in|of|for|during) ((?:19|20)\d{2})\b/i;

/** The periods and year an English sentence names. "May" the month and "may" the verb: the verb is lower case. */
export function englishTime(text: string): SentenceTime {
  const periods: PeriodPhrase[] = [];
  for (const match of text.matchAll(EN_PERIOD)) {
    const [whole, from, to, rangeYear, count, countYear, named, namedYear, month, monthYear] = match;
    if (month === 'may') continue;
    const label =
      from !== undefined
        ? `${from}-${to}`
        : count !== undefined
          ? `1-${smallNumber(count) ?? NUMBER_WORDS.get(count.toLowerCase())}月`
          : named !== undefined
            ? EN_NAMED.get(named.toLowerCase())!
            : month!;
    const parts = partsOf(label.toLowerCase());
    if (!parts.ok) continue;
    const year = rangeYear ?? countYear ?? namedYear ?? monthYear;
    periods.push({
      index: match.index,
      length: whole.length,
      parts: { ...parts.value, year: year === undefined ? null : Number(year) },
      comparison:
        EN_COMPARED.test(text.slice(Math.max(0, match.index - 20), match.index)) ||
        (/^from /i.test(whole) && to !== undefined && EN_CHANGE_FROM.test(text.slice(0, match.index))),
    });
  }
  const year = EN_YEAR_ALONE.exec(text);
  return {
    periods,
    year: year ? Number(year[1]) : null,
    thisYear: /\bthis year\b/i.test(text),
    soFar: /\bso far this year\b|\bsince the (?:start|beginning) of (?:the|this) year\b/i.test(text),
  };
}
