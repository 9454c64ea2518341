import type { IndicatorKind } from '../../model';
import {
  formatGrowthInWords,
  formatOrdinal,
  formatPercent,
  formatPeriod,
  formatPointsInWords,
  formatQuantity,
} from '../format';
import { roundPublished } from '../rounding';
import { DEFAULT_STREAK_THRESHOLD } from '../streak';
import type { BulletinFacts, ComponentFacts, HeadlineFacts, IndicatorFacts } from './facts';

function points(value: number): string {
  return formatPointsInWords(Math.abs(value), 'en');
}

function size(growth: number, kind: IndicatorKind): string {
  return formatGrowthInWords(Math.abs(growth), kind, 'en');
}

/** "rose 14.8%", "fell 3.2%", "fell 1.2 percentage points" (a rate), "was unchanged": a fall is worded as a fall. */
function movement(growth: number, kind: IndicatorKind): string {
  const published = roundPublished(growth);
  if (published > 0) return `rose ${size(published, kind)}`;
  if (published < 0) return `fell ${size(published, kind)}`;
  return 'was unchanged';
}

function quantity(facts: IndicatorFacts): string {
  return formatQuantity(facts.value!, facts.unit, 'en');
}

function headlineLine(facts: BulletinFacts, headline: HeadlineFacts): string {
  const when = formatPeriod(facts.period, facts.basis, 'en');
  if (headline.yoyPct === null) return `${headline.name} came to ${quantity(headline)} in ${when}.`;
  const clauses = [`${headline.name} ${movement(headline.yoyPct, headline.kind)} year on year in ${when}`];
  if (headline.gapPp !== null && headline.benchmark) {
    const gap = roundPublished(headline.gapPp);
    const side = gap > 0 ? 'above' : 'below';
    clauses.push(
      gap === 0 ? `level with ${headline.benchmark.name}` : `${points(gap)} ${side} ${headline.benchmark.name}`,
    );
  }
  if (headline.streakMonths !== null) {
    const run =
      facts.threshold === DEFAULT_STREAK_THRESHOLD
        ? 'double-digit growth'
        : `growth of at least ${formatPercent(facts.threshold)}`;
    clauses.push(`its ${formatOrdinal(headline.streakMonths, 'en')} consecutive month of ${run}`);
  }
  if (headline.changePp !== null && headline.changeFrom !== null) {
    const change = roundPublished(headline.changePp);
    const before = formatPeriod(headline.changeFrom, facts.basis, 'en');
    if (change === 0) clauses.push(`holding the pace of ${before}`);
    else clauses.push(`${change > 0 ? 'accelerating' : 'slowing'} from ${before} by ${points(change)}`);
  }
  return `${clauses.join(', ')}.`;
}

function componentLine(component: ComponentFacts): string {
  if (component.yoyPct === null) return `${component.name} came to ${quantity(component)}.`;
  const clauses = [`${component.name} ${movement(component.yoyPct, component.kind)}`];
  const contribution = component.contributionPp === null ? 0 : roundPublished(component.contributionPp);
  if (contribution > 0) {
    const rate = component.contributionRatePct === null ? 0 : roundPublished(component.contributionRatePct);
    clauses.push(
      `adding ${points(contribution)} to overall growth${rate > 0 ? ` and accounting for ${formatPercent(rate)} of it` : ''}`,
    );
  } else if (contribution < 0) {
    clauses.push(`dragging down overall growth by ${points(contribution)}`);
  }
  return `${clauses.join(', ')}.`;
}

function otherLine(other: IndicatorFacts): string {
  if (other.yoyPct === null) return `${other.name} came to ${quantity(other)}.`;
  const growth = roundPublished(other.yoyPct);
  const change =
    growth > 0 ? `up ${size(growth, other.kind)}` : growth < 0 ? `down ${size(growth, other.kind)}` : 'unchanged';
  if (other.value === null) return `${other.name} ${movement(other.yoyPct, other.kind)} year on year.`;
  return `${other.name} came to ${quantity(other)}, ${change} year on year.`;
}

/** The bulletin in English, one sentence per line; a missing figure is left out, never written as 0. */
export function englishBulletin(facts: BulletinFacts): string[] {
  return [
    ...(facts.headline ? [headlineLine(facts, facts.headline)] : []),
    ...facts.components.map(componentLine),
    ...facts.others.map(otherLine),
  ];
}
