import { aliasesOf, formatAliases, type Catalog, type Observation } from '../../../model';
import type { Table } from '../table';
import { refilledRowsOf, textColumn, type TableCell } from '../table';
import type { ValueFormat } from '../value-formats';

/** Where `indicator` and `value` sit among the Observations columns. */
const INDICATOR_COLUMN = 1;
const VALUE_COLUMN = 4;
const OBSERVATION_COLUMNS = 8;

/** The canonical sheets of docs/workbook.md §1, with their English headers, so that an export imports back whole. */
export function zonesTable(catalog: Catalog): Table {
  return {
    name: 'Zones',
    columns: ['zone_id', 'name', 'name_zh', 'region', 'benchmark_zone_id', 'aliases'].map(textColumn),
    rows: catalog.zones.map((zone) => [
      zone.id,
      zone.name,
      zone.nameZh,
      zone.region,
      zone.benchmarkZoneId,
      formatAliases(aliasesOf(zone)),
    ]),
    freeze: { rows: 1, columns: 0 },
  };
}

export function indicatorsTable(catalog: Catalog): Table {
  return {
    name: 'Indicators',
    columns: [
      ...['indicator_id', 'name', 'name_zh', 'unit', 'kind', 'parent_indicator_id', 'required'].map(textColumn),
      { header: 'plausible_yoy_min', kind: 'percent' as const },
      { header: 'plausible_yoy_max', kind: 'percent' as const },
      textColumn('aliases'),
    ],
    rows: catalog.indicators.map((indicator) => [
      indicator.id,
      indicator.name,
      indicator.nameZh,
      indicator.unit,
      indicator.kind,
      indicator.parentId,
      indicator.required ? 'true' : 'false',
      indicator.plausibleYoyMin,
      indicator.plausibleYoyMax,
      formatAliases(aliasesOf(indicator)),
    ]),
    freeze: { rows: 1, columns: 0 },
  };
}

/** Observations zone by zone and indicator by indicator (catalog order), then basis and period. */
export function sortObservations(catalog: Catalog, observations: Observation[]): Observation[] {
  const zoneOrder = new Map(catalog.zones.map((zone, index) => [zone.id, index]));
  const indicatorOrder = new Map(catalog.indicators.map((indicator, index) => [indicator.id, index]));
  const indicatorCount = indicatorOrder.size + 1;
  const bases = rankOfText(observations.map((o) => o.basis));
  const periods = rankOfText(observations.map((o) => o.period));
  // One number per observation (zone, indicator, basis, period): a large export sorts without
  // map lookups or string comparisons per comparison.
  const rank = new Float64Array(observations.length);
  observations.forEach((o, index) => {
    const pair =
      (zoneOrder.get(o.zoneId) ?? zoneOrder.size) * indicatorCount +
      (indicatorOrder.get(o.indicatorId) ?? indicatorOrder.size);
    rank[index] = (pair * bases.size + bases.get(o.basis)!) * periods.size + periods.get(o.period)!;
  });
  const order = observations.map((_, index) => index);
  order.sort((i, j) => rank[i]! - rank[j]!);
  return order.map((index) => observations[index]!);
}

/** Each distinct text's place in code-unit order, as `<` compares strings. */
function rankOfText(texts: readonly string[]): Map<string, number> {
  const distinct = [...new Set(texts)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(distinct.map((text, index) => [text, index]));
}

export function observationsTable(catalog: Catalog, observations: Observation[], valueFormat?: ValueFormat): Table {
  const sorted = sortObservations(catalog, observations);
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
    rows: refilledRowsOf(sorted, sorted.length, OBSERVATION_COLUMNS, (o, cells) => {
      cells[0] = o.zoneId;
      cells[1] = o.indicatorId;
      cells[2] = o.period;
      cells[3] = o.basis;
      cells[4] = o.value;
      cells[5] = o.yoyPct;
      cells[6] = o.source;
      cells[7] = o.note;
    }),
    freeze: { rows: 1, columns: 0 },
    autofilter: true,
    ...(valueFormat
      ? {
          formatAt: (_row: number, column: number, cells: readonly TableCell[]) =>
            column === VALUE_COLUMN ? valueFormat(cells[INDICATOR_COLUMN] as string) : undefined,
        }
      : {}),
  };
}
