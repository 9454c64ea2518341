import { useState } from 'react';
import type { Indicator, Zone } from '../../../../shared/model';
import type { CompareChoice } from '../components/CompareToolbar';

export type CompareTab = 'zones' | 'zone' | 'trends';

export interface CompareState extends CompareChoice {
  tab: CompareTab;
  tableIndicatorIds: string[];
  trendZoneIds: string[];
}

/** The first zone compared with a benchmark, else the first zone. */
function firstZone(zones: readonly Zone[]): Zone {
  return zones.find((zone) => zone.benchmarkZoneId !== null) ?? zones[0]!;
}

/** The first top-level indicator: the headline of most briefs. */
function firstIndicator(indicators: readonly Indicator[]): Indicator {
  return indicators.find((indicator) => indicator.parentId === null) ?? indicators[0]!;
}

/** The zone, its benchmark, then other zones, up to five lines: a chart that stays readable. */
export function defaultTrendZones(zones: readonly Zone[], zoneId: string): string[] {
  const zone = zones.find((item) => item.id === zoneId);
  const first = [zoneId, ...(zone?.benchmarkZoneId ? [zone.benchmarkZoneId] : [])];
  return [...first, ...zones.map((item) => item.id).filter((id) => !first.includes(id))].slice(0, 5);
}

/** What the Compare screen shows; defaults from the catalog alone, so the first queries can start at once. */
export function useCompareChoice(zones: readonly Zone[], indicators: readonly Indicator[]) {
  const [state, setState] = useState<CompareState>(() => {
    const zoneId = firstZone(zones).id;
    const indicatorId = firstIndicator(indicators).id;
    return {
      tab: 'zone',
      basis: 'ytd',
      period: null,
      zoneId,
      indicatorId,
      tableIndicatorIds: [indicatorId],
      trendZoneIds: defaultTrendZones(zones, zoneId),
    };
  });
  // A zone or indicator deleted elsewhere falls back to the defaults.
  const zoneId = zones.some((zone) => zone.id === state.zoneId) ? state.zoneId : firstZone(zones).id;
  const indicatorId = indicators.some((indicator) => indicator.id === state.indicatorId)
    ? state.indicatorId
    : firstIndicator(indicators).id;
  const update = (patch: Partial<CompareState>) =>
    setState((current) => {
      const next = { ...current, ...patch };
      if (patch.zoneId && patch.zoneId !== current.zoneId && !patch.trendZoneIds)
        next.trendZoneIds = defaultTrendZones(zones, patch.zoneId);
      if (patch.indicatorId && !current.tableIndicatorIds.includes(patch.indicatorId))
        next.tableIndicatorIds = [patch.indicatorId, ...current.tableIndicatorIds];
      return next;
    });
  return { state: { ...state, zoneId, indicatorId }, update };
}
