import { useCallback, useMemo, useState } from 'react';
import { LabeledSelect } from '../../../components/LabeledSelect';
import { growsInPoints } from '../../../../shared/metrics';
import type { Basis, Indicator, Zone } from '../../../../shared/model';
import { ChartPanel } from './charts/ChartPanel';
import type { ChartTheme } from '../model/charts/palette';
import { yoyLinesOption } from '../model/charts/yoy-lines-option';
import { oneDecimal, shortPeriodLabel } from '../model/format';
import { growthTransforms, growthViewPoints, type GrowthTransform } from '../model/growth-views';
import type { MetricIndex } from '../model/metric-index';
import { displayName } from '../../../../shared/model';
import { Checklist } from './Checklist';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';

interface TrendsViewProps {
  zones: readonly Zone[];
  indicator: Indicator;
  basis: Basis;
  trend: MetricIndex;
  zoneIds: readonly string[];
  onZones(ids: string[]): void;
  threshold: number;
}

/** YoY % of one indicator over time for the chosen zones, against the streak threshold, or a view of it (docs/metrics.md §2.13). */
export function TrendsView({ zones, indicator, basis, trend, zoneIds, onZones, threshold }: TrendsViewProps) {
  const { t } = useTranslation('compare');
  const language = useLanguage();
  const withData = useMemo(
    () => zones.filter((zone) => trend.series(zone.id, indicator.id).some((row) => row.yoyPct !== null)),
    [zones, trend, indicator.id],
  );
  const drawn = useMemo(() => withData.filter((zone) => zoneIds.includes(zone.id)), [withData, zoneIds]);
  const periods = useMemo(() => [...trend.periods()].reverse(), [trend]);
  const transforms = growthTransforms(indicator, basis);
  const [chosen, setTransform] = useState<GrowthTransform>('yoy');
  // A view the indicator or basis has no meaning for falls back to YoY %.
  const transform = transforms.includes(chosen) ? chosen : 'yoy';
  const name = displayName(indicator, language);
  const titles = {
    yoy: t(growsInPoints(indicator.kind) ? 'charts.yoyPointsTitle' : 'charts.yoyTitle', { indicator: name }),
    'two-year': t('charts.twoYearTitle', { indicator: name }),
    index: t('charts.indexTitle', { indicator: name }),
    rolling: t('charts.rollingTitle', { indicator: name, unit: indicator.unit }),
  } satisfies Record<GrowthTransform, string>;
  const title = titles[transform];

  const option = useCallback(
    (theme: ChartTheme) =>
      yoyLinesOption({
        title,
        theme,
        periods: periods.map((period) => shortPeriodLabel(period, basis, language)),
        series: drawn.map((zone) => ({
          name: displayName(zone, language),
          points: growthViewPoints(trend, zone.id, indicator.id, periods, transform),
        })),
        threshold: transform === 'yoy' ? threshold : null,
        thresholdLabel: t('charts.threshold', { value: threshold }),
        valueFormatter: oneDecimal,
      }),
    [title, periods, basis, drawn, language, trend, indicator.id, threshold, transform, t],
  );

  return (
    <div className="stack">
      {transforms.length > 1 && (
        <LabeledSelect
          className="toolbar__group compare-view-choice"
          label={t('charts.transform')}
          value={transform}
          options={transforms.map((value) => ({ value, label: t(`charts.transforms.${value}`) }))}
          onChange={(value) => setTransform(value as GrowthTransform)}
        />
      )}
      <Checklist
        legend={t('charts.zonesInChart')}
        items={withData.map((zone) => ({ id: zone.id, label: displayName(zone, language) }))}
        selected={zoneIds}
        onChange={onZones}
      />
      {drawn.length === 0 ? (
        <p className="compare-note">{t('charts.noSeries')}</p>
      ) : (
        <ChartPanel
          title={title}
          option={option}
          fileName={`zone-stats-${transform}-${indicator.id}-${basis}.png`}
          height={380}
          categoryLabel={t('charts.period')}
        />
      )}
    </div>
  );
}
