import { formatLevel, formatNumber, type MetricRow } from '../../../../shared/metrics';
import type { Indicator, Period } from '../../../../shared/model';
import type { MetricIndex } from './metric-index';

/** One relation a brief would state, with how it is obtained from the figures (operands only). */
export interface AuditFigure {
  value: number;
  /** `14.8 − 12.3`; null when the figure is read as published or stored. */
  expression: string | null;
}

export interface AuditRow {
  indicatorId: string;
  growth: number | null;
  gap: AuditFigure | null;
  change: AuditFigure | null;
  share: number | null;
  contribution: AuditFigure | null;
  rate: AuditFigure | null;
  streak: number | null;
}

/** A parent's components' contributions added up, against the parent's own growth. */
export interface ContributionSum {
  parentId: string;
  terms: { indicatorId: string; contribution: number }[];
  sum: number;
  parentGrowth: number | null;
}

const one = (value: number) => formatNumber(value, 1);
const two = (value: number) => formatNumber(value, 2);

function auditRow(row: MetricRow, parent: MetricRow | undefined, before: MetricRow | undefined): AuditRow {
  const growth = row.yoyPct;
  return {
    indicatorId: row.indicatorId,
    growth,
    gap:
      row.gapPp === null
        ? null
        : {
            value: row.gapPp,
            expression:
              growth !== null && row.benchmarkYoyPct !== null ? `${one(growth)} − ${one(row.benchmarkYoyPct)}` : null,
          },
    change:
      row.yoyChangePp === null
        ? null
        : {
            value: row.yoyChangePp,
            expression: growth !== null && before?.yoyPct != null ? `${one(growth)} − ${one(before.yoyPct)}` : null,
          },
    share: row.shareOfParentPct,
    contribution:
      row.contributionPp === null
        ? null
        : {
            value: row.contributionPp,
            expression:
              growth !== null && row.priorValue !== null && parent?.priorValue != null
                ? `${one(growth)} × ${formatLevel(row.priorValue)} / ${formatLevel(parent.priorValue)}`
                : null,
          },
    rate:
      row.contributionRatePct === null
        ? null
        : {
            value: row.contributionRatePct,
            expression:
              row.contributionPp !== null && parent?.yoyPct != null
                ? `${two(row.contributionPp)} / ${one(parent.yoyPct)} × 100`
                : null,
          },
    streak: row.streakMonths,
  };
}

/** The row of the period the change is measured against: the latest earlier period with a growth. */
function earlierRow(history: MetricIndex, zoneId: string, indicatorId: string, period: Period): MetricRow | undefined {
  return history
    .series(zoneId, indicatorId)
    .filter((row) => row.period < period && row.yoyPct !== null)
    .at(-1);
}

/** Every relation of the zone's indicators at the period, catalog order, only those with figures. */
export function auditRows(
  history: MetricIndex,
  zoneId: string,
  indicators: readonly Indicator[],
  period: Period,
): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const indicator of indicators) {
    const row = history.get(zoneId, indicator.id, period);
    if (!row || (row.value === null && row.yoyPct === null)) continue;
    const parent = indicator.parentId === null ? undefined : history.get(zoneId, indicator.parentId, period);
    rows.push(auditRow(row, parent, earlierRow(history, zoneId, indicator.id, period)));
  }
  return rows;
}

/** For each parent with contributing components: their contributions summed, against its growth. */
export function contributionSums(
  history: MetricIndex,
  zoneId: string,
  indicators: readonly Indicator[],
  period: Period,
): ContributionSum[] {
  const sums: ContributionSum[] = [];
  for (const parent of indicators) {
    const terms = indicators
      .filter((child) => child.parentId === parent.id)
      .map((child) => ({
        indicatorId: child.id,
        contribution: history.get(zoneId, child.id, period)?.contributionPp ?? null,
      }))
      .filter((term): term is { indicatorId: string; contribution: number } => term.contribution !== null);
    if (terms.length === 0) continue;
    sums.push({
      parentId: parent.id,
      terms,
      sum: terms.reduce((total, term) => total + term.contribution, 0),
      parentGrowth: history.get(zoneId, parent.id, period)?.yoyPct ?? null,
    });
  }
  return sums;
}
