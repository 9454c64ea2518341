import { parsePeriodParts, writtenDecimals } from '../parse';
import { claimCollector, signedFigure, streakClaim, type ClaimDraft } from './claim-draft';
import { smallNumber } from './period-phrases';

const N = '(\\d+(?:\\.\\d+)?)';
const NAME = '([^，,。；;：:\\d()]{1,24}?)';
const GAP = new RegExp(
  `(高于|低于|快于|慢于)${NAME}(?:平均水平|平均增速|平均|增速|水平)?(?:\\(${N}%\\) ?(?:${N} ?个百分点)?|${N} ?个百分点)`,
  'g',
);
const GAP_COMPARED = new RegExp(
  `比${NAME}(?:平均水平|平均增速|平均|增速|水平)?(高|快|低|慢)(?:出)? ?${N} ?个百分点`,
  'g',
);
const CONTRIBUTION = new RegExp(`(拉动|带动|影响)(?:了)?${NAME}(增长|下降) ?${N} ?个百分点`, 'g');
const RATE = new RegExp(`(?:对${NAME}(?:增长)?的)?贡献率(?:为|达|达到|是|约为|约)? ?${N}%`, 'g');
const STREAK = /连续(?:第)?(\d+)个月/g;
const CHANGE = new RegExp(
  `(?:(?:比|较|与)(上月|上年同期|去年同期|上年|[^，,。；;\\d]{0,4}?\\d{1,2}(?:[-—–~至到]\\d{1,2})?月份?|一季度|上半年|前三季度)(?:相比)?)?(?:增速|增幅|涨幅|降幅)?(加快|提高|提升|上升|回升|扩大|回落|放缓|减缓|下降|降低|收窄) ?${N} ?个百分点`,
  'g',
);
const CHANGE_FLAT =
  /(增速|增幅)?(?:比|较|与)(上月|上年同期|\d{1,2}(?:[-—–~至到]\d{1,2})?月份?|一季度|上半年|前三季度)(?:相比)?(增速|增幅)?持平/g;
const SHARE = new RegExp(`占${NAME}(?:的)?(?:比重|比例|份额)?(?:为|达|达到|是)? ?${N}%`, 'g');
const RANK =
  /(?:列|居|位居|排名|位列|位于)([^，,。；;\d]{0,12}?)(?:第([一二三四五六七八九十\d]+)(?:位|名)?|(首位|榜首))/g;

const UP_WORDS = /^(高于|快于|高|快|加快|提高|提升|上升|回升|增长)$/;

/** The claims of one Chinese sentence (simplified), in order. */
export function chineseClaims(text: string): ClaimDraft[] {
  const { claims, add } = claimCollector();
  // Every claim but a share, a bracketed benchmark and a rank is in percentage points: skip the patterns a sentence cannot hold.
  const points = text.includes('百分点');
  const matches = (pattern: RegExp, needed: boolean) => (needed ? text.matchAll(pattern) : []);
  for (const match of matches(GAP, points || text.includes('('))) {
    const [whole, word, name, benchmark, pointsAfter, pointsAlone] = match;
    const points = pointsAfter ?? pointsAlone;
    const against = benchmarkName(name!);
    if (points !== undefined)
      add({
        index: match.index,
        length: whole.length,
        kind: 'gap_pp',
        ...signedFigure(points, !UP_WORDS.test(word!)),
        against,
      });
    // Inside the gap's own span: pushed past the overlap rule.
    if (benchmark !== undefined)
      claims.push({
        index: match.index + whole.indexOf('('),
        length: benchmark.length + 3,
        kind: 'benchmark_yoy_pct',
        figure: Number(benchmark),
        decimals: writtenDecimals(benchmark),
        against,
      });
  }
  for (const match of matches(GAP_COMPARED, points)) {
    const [whole, name, word, points] = match;
    const compared = comparedPeriod(name);
    const kind = compared.compared ? 'change_pp' : 'gap_pp';
    add({
      index: match.index,
      length: whole.length,
      kind,
      ...signedFigure(points!, !UP_WORDS.test(word!)),
      against: kind === 'gap_pp' ? benchmarkName(name!) : name!,
      ...compared,
    });
  }
  for (const match of matches(CONTRIBUTION, points)) {
    const [whole, , total, direction, points] = match;
    add({
      index: match.index,
      length: whole.length,
      kind: 'contribution_pp',
      ...signedFigure(points!, direction === '下降'),
      against: total!.replace(/^了/, ''),
    });
  }
  for (const match of matches(RATE, text.includes('贡献率'))) {
    add({
      index: match.index,
      length: match[0].length,
      kind: 'contribution_rate_pct',
      ...signedFigure(match[2]!, false),
      against: match[1] ?? null,
    });
  }
  for (const match of matches(STREAK, text.includes('连续'))) {
    add(streakClaim(match, streakThreshold(text)));
  }
  for (const match of matches(SHARE, text.includes('占'))) {
    add({
      index: match.index,
      length: match[0].length,
      kind: 'share_pct',
      ...signedFigure(match[2]!, false),
      against: match[1]!,
    });
  }
  for (const match of matches(RANK, text.includes('第') || text.includes('首位') || text.includes('榜首'))) {
    const place = match[3] !== undefined ? 1 : smallNumber(match[2]!);
    if (place === null) continue;
    const group = match[1]!.replace(/^(?:在|于)/, '');
    add({
      index: match.index,
      length: match[0].length,
      kind: 'rank',
      figure: place,
      decimals: 0,
      against: group || null,
      groupSize: groupSize(group),
    });
  }
  // Last: a bare 下降2.74个百分点 is a change only when no contribution (影响…下降) claimed it.
  for (const match of matches(CHANGE, points)) {
    const [whole, compared, verb, points] = match;
    const falling = /降幅/.test(whole) ? /扩大|上升|提高/.test(verb!) : !UP_WORDS.test(verb!) && !(verb === '扩大');
    add({
      index: match.index,
      length: whole.length,
      kind: 'change_pp',
      ...signedFigure(points!, falling),
      against: compared ?? null,
      ...comparedPeriod(compared),
    });
  }
  for (const match of matches(CHANGE_FLAT, text.includes('持平'))) {
    const [whole, rateBefore, compared, rateAfter] = match;
    // 与上年同期持平 without 增速 is a growth of 0 (a figure), not a change of the growth.
    if (compared === '上年同期' && rateBefore === undefined && rateAfter === undefined) continue;
    add({
      index: match.index,
      length: whole.length,
      kind: 'change_pp',
      figure: 0,
      decimals: 1,
      against: compared!,
      ...comparedPeriod(compared),
    });
  }
  return claims.sort((a, b) => a.index - b.index);
}

/** 全市平均 → 全市; the zone a gap is measured against. */
function benchmarkName(name: string): string {
  return name.replace(/(?:的)?(?:平均水平|平均增速|平均|增速|水平)$/, '').trim();
}

/** 两位数 → 10; 保持10%以上 → 10; unsaid → null (the check cannot know what the streak counts). */
function streakThreshold(text: string): number | null {
  if (/两位数/.test(text)) return 10;
  const floor = /(\d+(?:\.\d+)?)%以上/.exec(text);
  return floor ? Number(floor[1]) : null;
}

/** 市五区 → 5, 全省12个开发区 → 12. */
function groupSize(group: string): number | null {
  const match = /([一二三四五六七八九十\d]+)(?:个)?(?:区|县|旗|市|开发区|园区|高新区|省)/.exec(group);
  return match ? smallNumber(match[1]!) : null;
}

function comparedPeriod(text: string | undefined): Pick<ClaimDraft, 'compared'> {
  if (text === undefined) return {};
  if (text === '上月') return { compared: { monthsBack: 1 } };
  if (/^(上年|去年)/.test(text)) return { compared: { monthsBack: 12 } };
  const parts = parsePeriodParts(text.replace(/^[^\d一上前全]*/, ''));
  return parts.ok ? { compared: { parts: parts.value } } : {};
}
