import { useCallback, useMemo } from 'react';
import { growsInPoints, type MetricRow } from '../../../../shared/metrics';
import { addMonths, type Basis, type Indicator, type Period, type Zone } from '../../../../shared/model';
import type { ChartTheme } from '../model/charts/palette';
import { ChartPanel } from './charts/ChartPanel';
import { zoneBarsOption } from '../model/charts/zone-bars-option';
import { oneDecimal, periodLabel } from '../model/format';
import type { MetricIndex } from '../model/metric-index';
import { zoneTableRows } from '../model/zone-table';
import { displayName } from '../../../../shared/model';
import { IndicatorChecklist } from './Checklist';
import { ZoneTable } from './ZoneTable';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface ZonesViewProps {
  zones: readonly Zone[];
  indicators: readonly Indicator[];
  tableIndicatorIds: readonly string[];
  onTableIndicators(ids: string[]): void;
  rowsAtPeriod: readonly MetricRow[];
  /** The focus indicator over time for every zone (for last year's bars). */
  trend: MetricIndex;
  indicator: Indicator;
  period: Period;
  basis: Basis;
  focusZoneId: string;
}

/** Every zone side by side for the period, and one indicator's growth by zone as grouped bars. */
export function ZonesView({
  zones,
  indicators,
  tableIndicatorIds,
  onTableIndicators,
  rowsAtPeriod,
  trend,
  indicator,
  period,
  basis,
  focusZoneId,
}: ZonesViewProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const shown = indicators.filter((item) => tableIndicatorIds.includes(item.id));
  const rows = useMemo(
    () => zoneTableRows(zones, tableIndicatorIds, rowsAtPeriod),
    [zones, tableIndicatorIds, rowsAtPeriod],
  );

  const barZones = useMemo(
    () => zones.filter((zone) => trend.get(zone.id, indicator.id, period)?.yoyPct != null),
    [zones, trend, indicator.id, period],
  );
  const lastYear = addMonths(period, -12);
  const title = t(growsInPoints(indicator.kind) ? 'charts.barsPointsTitle' : 'charts.barsTitle', {
    indicator: displayName(indicator, language),
  });
  const option = useCallback(
    (theme: ChartTheme) =>
      zoneBarsOption({
        title,
        theme,
        zones: barZones.map((zone) => displayName(zone, language)),
        groups: [
          {
            name: t('charts.thisYear', { period: periodLabel(period, basis, language) }),
            points: barZones.map((zone) => trend.get(zone.id, indicator.id, period)?.yoyPct ?? null),
          },
          {
            name: t('charts.lastYear', { period: periodLabel(lastYear, basis, language) }),
            points: barZones.map((zone) => trend.get(zone.id, indicator.id, lastYear)?.yoyPct ?? null),
          },
        ],
        valueFormatter: oneDecimal,
      }),
    [title, barZones, language, t, period, basis, lastYear, trend, indicator.id],
  );

  return (
    <div className="stack">
      <IndicatorChecklist indicators={indicators} selected={tableIndicatorIds} onChange={onTableIndicators} />
      {shown.length === 0 ? (
        <p className="compare-note">{t('zones.noIndicators')}</p>
      ) : (
        <ZoneTable
          caption={t('zones.caption', { period: periodLabel(period, basis, language) })}
          rows={rows}
          indicators={shown}
          focusZoneId={focusZoneId}
        />
      )}
      {barZones.length > 0 && (
        <ChartPanel
          title={title}
          option={option}
          fileName={`zone-stats-${indicator.id}-by-zone-${period}.png`}
          categoryLabel={t('zones.zone')}
        />
      )}
    </div>
  );
}
