import { addMonths, findZone, periodMonth, periodYear, makePeriod, findIndicator, type Basis, type Catalog, type Period } from '../../model';
import { competitionRanks, formatLevel, formatNumber, type MetricRow, type MetricsEngine } from '../../metrics';
import { chineseSubject, englishSubject } from '../subjects';
import { isChinese } from '../simplified';
import type { BriefClaim } from '../types';
import type { MissingFigure, Resolve } from './types';

/** What a claim is checked against: its statement's resolved subject, and the data as if committed. */
export interface ClaimSubject {
  zoneId: string;
  indicatorId: string;
  period: Period;
  basis: Basis;
  catalog: Catalog;
  resolve: Resolve;
  engine: MetricsEngine;
  /** The engine counting streaks at another threshold. */
  engineAt(threshold: number): MetricsEngine;
}

/** The computed figure with how it was obtained, and what the data lacks to be sure of it. */
export interface Computed {
  computed: number | null;
  expression: string | null;
  missing: MissingFigure[];
}

const rate = (value: number) => formatNumber(value, 1);
const none = (...missing: MissingFigure[]): Computed => ({ computed: null, expression: null, missing });

export function computeClaim(claim: BriefClaim, subject: ClaimSubject): Computed {
  switch (claim.kind) {
    case 'gap_pp':
      return gap(claim, subject);
    case 'benchmark_yoy_pct':
      return benchmarkGrowth(claim, subject);
    case 'contribution_pp':
      return contribution(claim, subject, false);
    case 'contribution_rate_pct':
      return contribution(claim, subject, true);
    case 'streak_months':
      return streak(claim, subject);
    case 'change_pp':
      return change(claim, subject);
    case 'share_pct':
      return share(claim, subject);
    case 'rank':
      return rank(claim, subject);
  }
}

function rowOf(subject: ClaimSubject, zoneId: string, indicatorId: string, period = subject.period, engine = subject.engine): MetricRow | null {
  return engine.row({ zoneId, indicatorId, period, basis: subject.basis });
}

function growthOf(subject: ClaimSubject, zoneId: string, indicatorId: string, period = subject.period): number | MissingFigure {
  const growth = rowOf(subject, zoneId, indicatorId, period)?.yoyPct ?? null;
  return growth ?? { kind: 'growth', zoneId, indicatorId, period, basis: subject.basis };
}

/** The zone a gap or benchmark growth is measured against: as named, else the catalog's benchmark. */
function benchmarkOf(claim: BriefClaim, subject: ClaimSubject): string | MissingFigure {
  if (claim.against !== null) return subject.resolve(claim.against, 'zone') ?? { kind: 'zone', phrase: claim.against };
  return findZone(subject.catalog, subject.zoneId)?.benchmarkZoneId ?? { kind: 'benchmark', zoneId: subject.zoneId };
}

function gap(claim: BriefClaim, subject: ClaimSubject): Computed {
  const benchmark = benchmarkOf(claim, subject);
  if (typeof benchmark !== 'string') return none(benchmark);
  const own = growthOf(subject, subject.zoneId, subject.indicatorId);
  const other = growthOf(subject, benchmark, subject.indicatorId);
  const missing = [own, other].filter((figure): figure is MissingFigure => typeof figure !== 'number');
  if (typeof own !== 'number' || typeof other !== 'number') return none(...missing);
  const row = rowOf(subject, subject.zoneId, subject.indicatorId)!;
  const computed = row.benchmarkZoneId === benchmark && row.gapPp !== null ? row.gapPp : own - other;
  return { computed, expression: `${rate(own)} − ${rate(other)}`, missing: [] };
}

function benchmarkGrowth(claim: BriefClaim, subject: ClaimSubject): Computed {
  const benchmark = benchmarkOf(claim, subject);
  if (typeof benchmark !== 'string') return none(benchmark);
  const growth = growthOf(subject, benchmark, subject.indicatorId);
  return typeof growth === 'number' ? { computed: growth, expression: null, missing: [] } : none(growth);
}

/** The parent a contribution is measured against: the catalog's, unless the brief names another. */
function parentOf(claim: BriefClaim, subject: ClaimSubject): string | MissingFigure {
  const parentId = findIndicator(subject.catalog, subject.indicatorId)?.parentId ?? null;
  const named = claim.against === null ? null : indicatorNamed(claim.against, subject.resolve);
  if (named !== null && named !== parentId) return { kind: 'parent', indicatorId: subject.indicatorId, phrase: claim.against! };
  return parentId ?? { kind: 'parent', indicatorId: subject.indicatorId };
}

/** 全区规上工业增加值 → the indicator of 规上工业增加值: the phrase whole, else without its zone. */
function indicatorNamed(phrase: string, resolve: Resolve): string | null {
  const whole = resolve(phrase, 'indicator');
  if (whole !== null) return whole;
  const measure = (isChinese(phrase) ? chineseSubject(phrase) : englishSubject(phrase)).indicator;
  return measure === null ? null : resolve(measure, 'indicator');
}

function contribution(claim: BriefClaim, subject: ClaimSubject, asRate: boolean): Computed {
  const parentId = parentOf(claim, subject);
  if (typeof parentId !== 'string') return none(parentId);
  const own = rowOf(subject, subject.zoneId, subject.indicatorId);
  const parent = rowOf(subject, subject.zoneId, parentId);
  const at = { zoneId: subject.zoneId, period: subject.period, basis: subject.basis };
  const missing: MissingFigure[] = [];
  if (own?.yoyPct == null) missing.push({ kind: 'growth', indicatorId: subject.indicatorId, ...at });
  if (own?.priorValue == null) missing.push({ kind: 'prior level', indicatorId: subject.indicatorId, ...at });
  if (parent?.priorValue == null) missing.push({ kind: 'prior level', indicatorId: parentId, ...at });
  if (asRate && parent?.yoyPct == null) missing.push({ kind: 'growth', indicatorId: parentId, ...at });
  const computed = asRate ? (own?.contributionRatePct ?? null) : (own?.contributionPp ?? null);
  if (computed === null || own === null || parent === null) return { computed: null, expression: null, missing };
  const expression = asRate
    ? `${formatNumber(own.contributionPp!, 2)} / ${rate(parent.yoyPct!)} × 100`
    : `${rate(own.yoyPct!)} × ${formatLevel(own.priorValue!)} / ${formatLevel(parent.priorValue!)}`;
  return { computed, expression, missing: [] };
}

/**
 * streak_months: the engine's count at the brief's threshold. A count short of the claim is a
 * disagreement only when the month that ends it is known to fall short; when that month is
 * missing, the months back to the claimed start are what the check lacks.
 */
function streak(claim: BriefClaim, subject: ClaimSubject): Computed {
  if (claim.threshold === null || claim.threshold === undefined) return none({ kind: 'threshold' });
  const engine = subject.engineAt(claim.threshold);
  const row = rowOf(subject, subject.zoneId, subject.indicatorId, subject.period, engine);
  if (row?.streakMonths == null) return none({ kind: 'growth', zoneId: subject.zoneId, indicatorId: subject.indicatorId, period: subject.period, basis: subject.basis });
  const count = row.streakMonths;
  if (count >= claim.figure) return { computed: count, expression: null, missing: [] };
  const breaking = addMonths(subject.period, -count);
  const growth = breakingGrowth(subject, breaking);
  if (growth === null) {
    return { computed: count, expression: null, missing: [{ kind: 'months', zoneId: subject.zoneId, indicatorId: subject.indicatorId, period: addMonths(subject.period, 1 - claim.figure), until: breaking, basis: subject.basis }] };
  }
  return { computed: count, expression: `${breaking}: ${rate(growth)} < ${rate(claim.threshold)}`, missing: [] };
}

/** The growth of the month that ended the streak; a January stands for its 1–2月 figure (metrics.md §2). */
function breakingGrowth(subject: ClaimSubject, period: Period): number | null {
  const own = rowOf(subject, subject.zoneId, subject.indicatorId, period)?.yoyPct ?? null;
  if (own !== null || periodMonth(period) !== 1) return own;
  const cover = subject.engine.row({ zoneId: subject.zoneId, indicatorId: subject.indicatorId, period: makePeriod(periodYear(period), 2), basis: 'ytd' });
  return cover?.yoyPct ?? null;
}

function change(claim: BriefClaim, subject: ClaimSubject): Computed {
  const key = { zoneId: subject.zoneId, indicatorId: subject.indicatorId, period: subject.period, basis: subject.basis };
  const earlier = claim.comparedPeriod ?? subject.engine.previousGrowthPeriod(key);
  const own = growthOf(subject, subject.zoneId, subject.indicatorId);
  if (earlier === null) return none(...(typeof own === 'number' ? [] : [own]), { kind: 'growth', zoneId: subject.zoneId, indicatorId: subject.indicatorId, period: addMonths(subject.period, -1), basis: subject.basis });
  const before = growthOf(subject, subject.zoneId, subject.indicatorId, earlier);
  if (typeof own !== 'number' || typeof before !== 'number') return none(...[own, before].filter((figure): figure is MissingFigure => typeof figure !== 'number'));
  return { computed: own - before, expression: `${rate(own)} − ${rate(before)}`, missing: [] };
}

/**
 * share_pct: of another zone's total when the brief names one (占全市…的68%), else of the parent
 * indicator (占全区规上工业的45.2%).
 */
function share(claim: BriefClaim, subject: ClaimSubject): Computed {
  const named = claim.against === null ? { zone: null, indicator: null } : isChinese(claim.against) ? chineseSubject(claim.against) : englishSubject(claim.against);
  const zoneId = named.zone === null ? subject.zoneId : subject.resolve(named.zone, 'zone');
  if (zoneId === null) return none({ kind: 'zone', phrase: named.zone! });
  const parentId = findIndicator(subject.catalog, subject.indicatorId)?.parentId ?? null;
  const totalId = named.indicator === null ? (zoneId === subject.zoneId ? parentId : subject.indicatorId) : subject.resolve(named.indicator, 'indicator');
  if (totalId === null) return none(named.indicator === null ? { kind: 'parent', indicatorId: subject.indicatorId } : { kind: 'indicator', phrase: named.indicator });
  const own = rowOf(subject, subject.zoneId, subject.indicatorId)?.value ?? null;
  const total = rowOf(subject, zoneId, totalId)?.value ?? null;
  const at = { period: subject.period, basis: subject.basis };
  const missing: MissingFigure[] = [];
  if (own === null) missing.push({ kind: 'level', zoneId: subject.zoneId, indicatorId: subject.indicatorId, ...at });
  if (total === null) missing.push({ kind: 'level', zoneId, indicatorId: totalId, ...at });
  if (own === null || total === null || total <= 0) return none(...missing);
  return { computed: (own / total) * 100, expression: `${formatLevel(own)} / ${formatLevel(total)} × 100`, missing: [] };
}

/** 市五区 is ranked within 全市, 全省12个开发区 within 全省: the level the resolver knows by name. */
const GROUP_LEVELS: [RegExp, string][] = [
  [/^(?:全?市|(?:the )?city)/i, '全市'],
  [/^(?:全?省|(?:the )?province)/i, '全省'],
  [/^(?:全国|(?:the )?country|china)/i, '全国'],
];

/** rank: among the zones whose benchmark is the group's zone (市五区 → the zones compared with the city). */
function rank(claim: BriefClaim, subject: ClaimSubject): Computed {
  const against = claim.against ?? '';
  const level = GROUP_LEVELS.find(([pattern]) => pattern.test(against))?.[1];
  const groupOf = subject.resolve(against, 'zone') ?? (level === undefined ? null : subject.resolve(level, 'zone'));
  if (groupOf === null) return none({ kind: 'group', phrase: against });
  const members = subject.catalog.zones.filter((zone) => zone.benchmarkZoneId === groupOf);
  if (claim.groupSize != null && claim.groupSize !== members.length) return none({ kind: 'group', phrase: against });
  const growth = members.map((zone) => growthOf(subject, zone.id, subject.indicatorId));
  const missing = growth.filter((figure): figure is MissingFigure => typeof figure !== 'number');
  if (missing.length > 0) return none(...missing);
  const ranks = competitionRanks(growth as number[]);
  const place = members.findIndex((zone) => zone.id === subject.zoneId);
  return place < 0 ? none({ kind: 'group', phrase: against }) : { computed: ranks[place]!, expression: null, missing: [] };
}
