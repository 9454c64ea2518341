import type { IndicatorKind } from '../../model';
import { formatGrowthInWords, formatPercent, formatPeriod, formatPointsInWords, formatQuantity } from '../format';
import { growsInPoints } from '../growth';
import { roundPublished } from '../rounding';
import { DEFAULT_STREAK_THRESHOLD } from '../streak';
import type { BulletinFacts, ComponentFacts, HeadlineFacts, IndicatorFacts } from './facts';

function points(value: number): string {
  return formatPointsInWords(Math.abs(value), 'zh');
}

/** 增长14.8% / 下降3.2% / 持平; a rate 提高1.2个百分点 / 下降1.2个百分点: a fall is worded as a fall. */
function movement(growth: number, kind: IndicatorKind): string {
  const published = roundPublished(growth);
  const size = formatGrowthInWords(Math.abs(published), kind, 'zh');
  if (published > 0) return `${growsInPoints(kind) ? '提高' : '增长'}${size}`;
  if (published < 0) return `下降${size}`;
  return '持平';
}

function quantity(facts: IndicatorFacts): string {
  return formatQuantity(facts.value!, facts.unit, 'zh');
}

function sameYear(a: string, b: string): boolean {
  return a.slice(0, 4) === b.slice(0, 4);
}

/** `2025年1-5月，包头稀土高新区`: the brief's first sentence names the year and the zone. */
function opening(facts: BulletinFacts): string {
  return `${formatPeriod(facts.period, facts.basis, 'zh', { withYear: true })}，${facts.zone.nameZh || facts.zone.name}`;
}

function headlineLine(facts: BulletinFacts, headline: HeadlineFacts): string {
  const when = opening(facts);
  if (headline.yoyPct === null) return `${when}${headline.nameZh}为${quantity(headline)}。`;
  const clauses = [`${when}${headline.nameZh}同比${movement(headline.yoyPct, headline.kind)}`];
  if (headline.gapPp !== null && headline.benchmark) {
    const gap = roundPublished(headline.gapPp);
    const benchmark = headline.benchmark.nameZh;
    clauses.push(gap === 0 ? `与${benchmark}持平` : `${gap > 0 ? '高于' : '低于'}${benchmark}${points(gap)}`);
  }
  if (headline.streakMonths !== null) {
    const run =
      facts.threshold === DEFAULT_STREAK_THRESHOLD ? '保持两位数增长' : `增速不低于${formatPercent(facts.threshold)}`;
    clauses.push(`连续${headline.streakMonths}个月${run}`);
  }
  if (headline.changePp !== null && headline.changeFrom !== null) {
    const change = roundPublished(headline.changePp);
    const before = formatPeriod(headline.changeFrom, facts.basis, 'zh', {
      withYear: !sameYear(headline.changeFrom, facts.period),
    });
    clauses.push(
      change === 0 ? `增速与${before}持平` : `增速比${before}${change > 0 ? '加快' : '回落'}${points(change)}`,
    );
  }
  return `${clauses.join('，')}。`;
}

function componentLine(component: ComponentFacts, index: number, parentName: string): string {
  const lead = index === 0 ? '其中，' : '';
  if (component.yoyPct === null) return `${lead}${component.nameZh}为${quantity(component)}。`;
  const clauses = [`${lead}${component.nameZh}${movement(component.yoyPct, component.kind)}`];
  const contribution = component.contributionPp === null ? 0 : roundPublished(component.contributionPp);
  if (contribution > 0) {
    const rate = component.contributionRatePct === null ? 0 : roundPublished(component.contributionRatePct);
    clauses.push(`拉动${parentName}增长${points(contribution)}`);
    if (rate > 0) clauses.push(`贡献率为${formatPercent(rate)}`);
  } else if (contribution < 0) {
    clauses.push(`下拉${parentName}增速${points(contribution)}`);
  }
  return `${clauses.join('，')}。`;
}

function otherLine(other: IndicatorFacts): string {
  if (other.yoyPct === null) return `${other.nameZh}为${quantity(other)}。`;
  if (other.value === null) return `${other.nameZh}同比${movement(other.yoyPct, other.kind)}。`;
  return `${other.nameZh}为${quantity(other)}，同比${movement(other.yoyPct, other.kind)}。`;
}

/** The bulletin in Chinese, one sentence per line; a missing figure is left out, never written as 0. */
export function chineseBulletin(facts: BulletinFacts): string[] {
  const parentName = facts.headline?.nameZh ?? '';
  const lines = [
    ...facts.components.map((component, index) => componentLine(component, index, parentName)),
    ...facts.others.map(otherLine),
  ];
  if (facts.headline) return [headlineLine(facts, facts.headline), ...lines];
  // Without a headline the first line opens the brief, so it names the period and the zone.
  return lines.map((line, index) => (index === 0 ? `${opening(facts)}${line}` : line));
}
