import { useCallback, useMemo } from 'react';
import { growsInPoints } from '../../../../shared/metrics';
import type { Basis, Indicator, Zone } from '../../../../shared/model';
import { ChartPanel } from '../charts/ChartPanel';
import type { ChartTheme } from '../charts/palette';
import { yoyLinesOption } from '../charts/yoy-lines-option';
import { oneDecimal, shortPeriodLabel } from '../format';
import { useCompareText } from '../i18n/use-compare-text';
import type { MetricIndex } from '../model/metric-index';
import { displayName } from '../../../../shared/model';
import { Checklist } from './Checklist';

interface TrendsViewProps {
  zones: readonly Zone[];
  indicator: Indicator;
  basis: Basis;
  trend: MetricIndex;
  zoneIds: readonly string[];
  onZones(ids: string[]): void;
  threshold: number;
}

/** YoY % of one indicator over time for the chosen zones, against the streak threshold. */
export function TrendsView({ zones, indicator, basis, trend, zoneIds, onZones, threshold }: TrendsViewProps) {
  const { t, language } = useCompareText();
  const withData = useMemo(() => zones.filter((zone) => trend.series(zone.id, indicator.id).some((row) => row.yoyPct !== null)), [zones, trend, indicator.id]);
  const drawn = useMemo(() => withData.filter((zone) => zoneIds.includes(zone.id)), [withData, zoneIds]);
  const periods = useMemo(() => [...trend.periods()].reverse(), [trend]);
  const title = t(growsInPoints(indicator.kind) ? 'charts.yoyPointsTitle' : 'charts.yoyTitle', { indicator: displayName(indicator, language) });

  const option = useCallback(
    (theme: ChartTheme) =>
      yoyLinesOption({
        title,
        theme,
        periods: periods.map((period) => shortPeriodLabel(period, basis, language)),
        series: drawn.map((zone) => ({ name: displayName(zone, language), points: periods.map((period) => trend.get(zone.id, indicator.id, period)?.yoyPct ?? null) })),
        threshold,
        thresholdLabel: t('charts.threshold', { value: threshold }),
        valueFormatter: oneDecimal,
      }),
    [title, periods, basis, drawn, language, trend, indicator.id, threshold, t],
  );

  return (
    <div className="stack">
      <Checklist legend={t('charts.zonesInChart')} items={withData.map((zone) => ({ id: zone.id, label: displayName(zone, language) }))} selected={zoneIds} onChange={onZones} />
      {drawn.length === 0 ? <p className="compare-note">{t('charts.noSeries')}</p> : <ChartPanel title={title} option={option} fileName={`zone-stats-yoy-${indicator.id}-${basis}.png`} height={380} categoryLabel={t('charts.period')} />}
    </div>
  );
}
