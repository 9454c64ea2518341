import type { Catalog, Observation } from '../../../model';
import type { Table } from '../table';
import { textColumn } from '../table';

/** The canonical sheets of workbook.md §1, with their English headers, so that an export imports back whole. */
export function zonesTable(catalog: Catalog): Table {
  return {
    name: 'Zones',
    columns: ['zone_id', 'name', 'name_zh', 'region', 'benchmark_zone_id'].map(textColumn),
    rows: catalog.zones.map((zone) => [zone.id, zone.name, zone.nameZh, zone.region, zone.benchmarkZoneId]),
    freeze: { rows: 1, columns: 0 },
  };
}

export function indicatorsTable(catalog: Catalog): Table {
  return {
    name: 'Indicators',
    columns: ['indicator_id', 'name', 'name_zh', 'unit', 'kind', 'parent_indicator_id'].map(textColumn),
    rows: catalog.indicators.map((indicator) => [indicator.id, indicator.name, indicator.nameZh, indicator.unit, indicator.kind, indicator.parentId]),
    freeze: { rows: 1, columns: 0 },
  };
}

/** Observations zone by zone and indicator by indicator (catalog order), then basis and period. */
export function sortObservations(catalog: Catalog, observations: Observation[]): Observation[] {
  const zoneOrder = new Map(catalog.zones.map((zone, index) => [zone.id, index]));
  const indicatorOrder = new Map(catalog.indicators.map((indicator, index) => [indicator.id, index]));
  const position = (order: Map<string, number>, id: string): number => order.get(id) ?? order.size;
  return [...observations].sort(
    (a, b) =>
      position(zoneOrder, a.zoneId) - position(zoneOrder, b.zoneId) ||
      position(indicatorOrder, a.indicatorId) - position(indicatorOrder, b.indicatorId) ||
      (a.basis < b.basis ? -1 : a.basis > b.basis ? 1 : 0) ||
      (a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
  );
}

export function observationsTable(catalog: Catalog, observations: Observation[]): Table {
  return {
    name: 'Observations',
    columns: [
      textColumn('zone'),
      textColumn('indicator'),
      textColumn('period'),
      textColumn('basis'),
      { header: 'value', kind: 'value' },
      { header: 'yoy_pct', kind: 'percent' },
      textColumn('source'),
      textColumn('note'),
    ],
    rows: sortObservations(catalog, observations).map((o) => [o.zoneId, o.indicatorId, o.period, o.basis, o.value, o.yoyPct, o.source, o.note]),
    freeze: { rows: 1, columns: 0 },
    autofilter: true,
  };
}
