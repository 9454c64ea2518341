import { useMemo, useState } from 'react';
import type { MetricWarning } from '../../../../shared/metrics';
import type { Basis, Indicator, Period } from '../../../../shared/model';
import type { MetricIndex } from '../model/metric-index';
import { outputRows } from '../model/outputs';
import { CAGR_SPANS, periodViewRows } from '../model/period-view';
import { AuditPanel } from './AuditPanel';
import { BulletinPanel } from './BulletinPanel';
import { ChecksPanel } from './ChecksPanel';
import { ContributionsPanel } from './ContributionsPanel';
import { OutputsTable } from './OutputsTable';
import { PeriodViewTable } from './PeriodViewTable';

interface ZoneViewProps {
  zoneId: string;
  indicators: readonly Indicator[];
  /** The zone's rows over every period on the basis. */
  history: MetricIndex;
  /** The zone's consistency warnings on the basis. */
  warnings: readonly MetricWarning[];
  period: Period;
  basis: Basis;
  indicatorId: string;
}

/** One zone in depth: the brief, the period against earlier ones, product output, contributions, the checks and the audit. */
export function ZoneView({ zoneId, indicators, history, warnings, period, basis, indicatorId }: ZoneViewProps) {
  const [cagrYears, setCagrYears] = useState<number>(CAGR_SPANS[0]);
  const periodRows = useMemo(
    () => periodViewRows(history, zoneId, indicators, period, cagrYears),
    [history, zoneId, indicators, period, cagrYears],
  );
  const outputs = useMemo(() => outputRows(history, zoneId, indicators, period), [history, zoneId, indicators, period]);
  return (
    <div className="stack">
      <BulletinPanel zoneId={zoneId} period={period} basis={basis} />
      <PeriodViewTable
        rows={periodRows}
        period={period}
        basis={basis}
        cagrYears={cagrYears}
        onCagrYears={setCagrYears}
      />
      <OutputsTable rows={outputs} />
      <ContributionsPanel
        history={history}
        zoneId={zoneId}
        indicators={indicators}
        period={period}
        basis={basis}
        preferredParentId={indicatorId}
      />
      <ChecksPanel warnings={warnings} indicators={indicators} period={period} />
      <AuditPanel history={history} zoneId={zoneId} indicators={indicators} period={period} />
    </div>
  );
}
