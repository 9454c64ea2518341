import type { Basis, Indicator, IndicatorKind, Period, Zone } from '../../model';
import type { MetricsEngine } from '../engine';
import type { MetricRow } from '../row';

export interface Names {
  name: string;
  nameZh: string;
}

/** One indicator's figures at the bulletin's period; at least one of value and growth. */
export interface IndicatorFacts extends Names {
  id: string;
  unit: string;
  /** A rate's growth is a change in percentage points. */
  kind: IndicatorKind;
  value: number | null;
  yoyPct: number | null;
}

export interface HeadlineFacts extends IndicatorFacts {
  gapPp: number | null;
  benchmark: Names | null;
  /** Months in a row at or above the threshold, when it is a run (2 or more). */
  streakMonths: number | null;
  changePp: number | null;
  changeFrom: Period | null;
}

export interface ComponentFacts extends IndicatorFacts {
  contributionPp: number | null;
  contributionRatePct: number | null;
}

/** Everything a bulletin says, taken from the metrics: the writers only word it. */
export interface BulletinFacts {
  zone: Names;
  period: Period;
  basis: Basis;
  threshold: number;
  headline: HeadlineFacts | null;
  /** The headline's parent: what components contribute to. */
  components: ComponentFacts[];
  /** Every other indicator with a figure (outputs and the like), in catalog order. */
  others: IndicatorFacts[];
}

export interface BulletinRequest {
  zoneId: string;
  period: Period;
  basis: Basis;
  /** The indicator the user pinned as the headline; else the zone's top-level indicator with most data. */
  headlineIndicatorId?: string;
}

function names(item: { name: string; nameZh: string }): Names {
  return { name: item.name, nameZh: item.nameZh.trim() || item.name };
}

function indicatorFacts(indicator: Indicator, row: MetricRow): IndicatorFacts {
  return {
    id: indicator.id,
    ...names(indicator),
    unit: indicator.unit,
    kind: indicator.kind,
    value: row.value,
    yoyPct: row.yoyPct,
  };
}

function saysSomething(row: MetricRow | null): row is MetricRow {
  return row !== null && (row.value !== null || row.yoyPct !== null);
}

function pickHeadline(
  engine: MetricsEngine,
  zone: Zone,
  rows: ReadonlyMap<string, MetricRow>,
  pinned: string | undefined,
): Indicator | null {
  const { indicators } = engine.catalog;
  if (pinned !== undefined)
    return indicators.find((indicator) => indicator.id === pinned && rows.has(indicator.id)) ?? null;
  let best: Indicator | null = null;
  let bestCount = 0;
  for (const indicator of indicators) {
    if (indicator.parentId !== null || !rows.has(indicator.id)) continue;
    const count = engine.observationCount(zone.id, indicator.id);
    if (count > bestCount) {
      best = indicator;
      bestCount = count;
    }
  }
  return best;
}

/** The facts of a zone's bulletin, or null when the zone is unknown. */
export function gatherBulletinFacts(
  engine: MetricsEngine,
  request: BulletinRequest,
  threshold: number,
): BulletinFacts | null {
  const { zones, indicators } = engine.catalog;
  const zone = zones.find((candidate) => candidate.id === request.zoneId);
  if (!zone) return null;
  const key = { zoneId: zone.id, period: request.period, basis: request.basis };
  const rows = new Map<string, MetricRow>();
  for (const indicator of indicators) {
    const row = engine.row({ ...key, indicatorId: indicator.id });
    if (saysSomething(row)) rows.set(indicator.id, row);
  }

  const chosen = pickHeadline(engine, zone, rows, request.headlineIndicatorId);
  const headlineRow = chosen ? rows.get(chosen.id)! : null;
  const benchmark = headlineRow?.benchmarkZoneId
    ? zones.find((candidate) => candidate.id === headlineRow.benchmarkZoneId)
    : undefined;
  const headline: HeadlineFacts | null =
    chosen && headlineRow
      ? {
          ...indicatorFacts(chosen, headlineRow),
          gapPp: headlineRow.gapPp,
          benchmark: benchmark && headlineRow.gapPp !== null ? names(benchmark) : null,
          streakMonths:
            headlineRow.streakMonths !== null && headlineRow.streakMonths >= 2 ? headlineRow.streakMonths : null,
          changePp: headlineRow.yoyChangePp,
          changeFrom: engine.previousGrowthPeriod({ ...key, indicatorId: chosen.id }),
        }
      : null;

  const components: ComponentFacts[] = [];
  const others: IndicatorFacts[] = [];
  for (const indicator of indicators) {
    const row = rows.get(indicator.id);
    if (!row || indicator.id === chosen?.id) continue;
    if (chosen && indicator.parentId === chosen.id) {
      components.push({
        ...indicatorFacts(indicator, row),
        contributionPp: row.contributionPp,
        contributionRatePct: row.contributionRatePct,
      });
    } else {
      others.push(indicatorFacts(indicator, row));
    }
  }
  return { zone: names(zone), period: request.period, basis: request.basis, threshold, headline, components, others };
}
