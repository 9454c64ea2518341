import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Zone } from '../../../../shared/model';
import { usePreferences } from '../../../app/preferences';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { Tabs } from '../../../components/Tabs';
import { CompareToolbar } from './CompareToolbar';
import { TrendsView } from './TrendsView';
import { ZonesView } from './ZonesView';
import { ZoneView } from './ZoneView';
import { useApiValue } from '../../../data/use-api-value';
import { indexRows } from '../model/metric-index';
import { useCompareChoice, type CompareTab } from '../model/use-compare-choice';

interface CompareWorkspaceProps {
  zones: Zone[];
  indicators: Indicator[];
}

/**
 * Three questions, three views: how zones compare this period, how one zone is doing, how growth
 * moved over time. Metrics come from the engine through getMetrics; nothing is recomputed here.
 */
export function CompareWorkspace({ zones, indicators }: CompareWorkspaceProps) {
  const { t: appText } = useTranslation();
  const { t } = useTranslation('compare');
  const { preferences } = usePreferences();
  const { state, update } = useCompareChoice(zones, indicators);
  const { basis, zoneId, indicatorId } = state;

  const trend = useApiValue('getMetrics', { indicatorIds: [indicatorId], basis });
  const history = useApiValue('getMetrics', { zoneIds: [zoneId], basis });
  const trendIndex = useMemo(() => indexRows(trend.value?.rows ?? []), [trend.value]);
  const historyIndex = useMemo(() => indexRows(history.value?.rows ?? []), [history.value]);
  const periods = useMemo(
    () => [...new Set([...trendIndex.periods(), ...historyIndex.periods()])].sort().reverse(),
    [trendIndex, historyIndex],
  );
  const period = state.period && periods.includes(state.period) ? state.period : (periods[0] ?? null);
  const section = useApiValue(
    'getMetrics',
    period && state.tableIndicatorIds.length > 0
      ? { from: period, to: period, basis, indicatorIds: state.tableIndicatorIds }
      : null,
  );

  const indicator = indicators.find((item) => item.id === indicatorId)!;
  const loading = trend.status === 'loading' && history.status === 'loading' && periods.length === 0;
  const failed = trend.status === 'failed' ? trend.error : history.status === 'failed' ? history.error : null;

  const tabs: { key: CompareTab; label: string }[] = [
    { key: 'zone', label: t('tabs.zone') },
    { key: 'zones', label: t('tabs.zones') },
    { key: 'trends', label: t('tabs.trends') },
  ];

  return (
    <div className="compare-screen">
      <PageHeader title={appText('screens.compare.title')} description={appText('screens.compare.description')} />
      <CompareToolbar
        choice={{ ...state, period }}
        periods={periods}
        zones={zones}
        indicators={indicators}
        onChange={update}
      />
      {failed && (
        <p className="notice notice--error" role="alert">
          {t('states.failed', { message: failed.message })}
        </p>
      )}
      {loading ? (
        <p className="loading" role="status">
          {t('states.loading')}
        </p>
      ) : period === null ? (
        <EmptyState title={t('states.noData')}>
          <p>{t('states.noDataBody')}</p>
        </EmptyState>
      ) : (
        <Tabs label={t('tabs.label')} tabs={tabs} selected={state.tab} onSelect={(tab) => update({ tab })}>
          {state.tab === 'zone' && (
            <ZoneView
              zoneId={zoneId}
              indicators={indicators}
              history={historyIndex}
              warnings={history.value?.warnings ?? []}
              period={period}
              basis={basis}
              indicatorId={indicatorId}
            />
          )}
          {state.tab === 'zones' && (
            <ZonesView
              zones={zones}
              indicators={indicators}
              tableIndicatorIds={state.tableIndicatorIds}
              onTableIndicators={(tableIndicatorIds) => update({ tableIndicatorIds })}
              rowsAtPeriod={section.value?.rows ?? []}
              trend={trendIndex}
              indicator={indicator}
              period={period}
              basis={basis}
              focusZoneId={zoneId}
            />
          )}
          {state.tab === 'trends' && (
            <TrendsView
              zones={zones}
              indicator={indicator}
              basis={basis}
              trend={trendIndex}
              zoneIds={state.trendZoneIds}
              onZones={(trendZoneIds) => update({ trendZoneIds })}
              threshold={preferences.streakThreshold}
            />
          )}
        </Tabs>
      )}
    </div>
  );
}
