import type { MetricRow } from '../../../metrics/row';
import { findZone, type Catalog, type Indicator } from '../../../model';
import type { ComparisonWorkbookInput } from '../input';
import { growthFormatOf } from '../growth-formats';
import { LABELS } from '../labels';
import { basisLabel, nameIn, type Language } from '../language';
import { textColumn, type Table, type TableCell, type TableColumn } from '../table';
import { valueFormatOf } from '../value-formats';

/** Parents before their components, in catalog order: the order a reader expects in a brief. */
export function indicatorsInTreeOrder(catalog: Catalog): Indicator[] {
  const known = new Set(catalog.indicators.map((indicator) => indicator.id));
  const ordered: Indicator[] = [];
  const visit = (parentId: string | null): void => {
    for (const indicator of catalog.indicators) {
      const parent = indicator.parentId !== null && known.has(indicator.parentId) ? indicator.parentId : null;
      if (parent !== parentId) continue;
      ordered.push(indicator);
      visit(indicator.id);
    }
  };
  visit(null);
  return ordered;
}

/** The zones some compared zone is measured against. */
function benchmarksOf(input: ComparisonWorkbookInput): Set<string> {
  return new Set(input.comparison.zoneIds.flatMap((zoneId) => findZone(input.catalog, zoneId)?.benchmarkZoneId ?? []));
}

type Figure = 'value' | 'yoy' | 'gap';

const LABEL_COLUMNS = 2;

/**
 * A titled table to hand on: one row per indicator with figures for the period (name and unit, no
 * ids); per zone its value, YoY % and, when it has a benchmark, the gap to it. A benchmark's own
 * columns are shaded and have no gap.
 */
export function comparisonTable(input: ComparisonWorkbookInput): Table {
  const { language } = input.options;
  const labels = LABELS[language];
  const { period, basis, zoneIds } = input.comparison;
  const byKey = new Map<string, MetricRow>();
  for (const row of input.comparisonRows ?? input.metrics) {
    // A copy: rows made as they are read may be one object refilled.
    if (row.period === period && row.basis === basis) byKey.set(`${row.zoneId}|${row.indicatorId}`, { ...row });
  }
  const benchmarks = benchmarksOf(input);
  const columns: TableColumn[] = [labels.indicator, labels.unit].map(textColumn);
  const figures: { zoneId: string; figure: Figure }[] = [];
  const shaded = new Set<number>();
  for (const zoneId of zoneIds) {
    const zone = findZone(input.catalog, zoneId);
    const name = zoneName(zone, zoneId, language);
    const isBenchmark = benchmarks.has(zoneId);
    const header = isBenchmark ? `${name} ${labels.benchmarkMark}` : name;
    const own: [Figure, string, TableColumn['kind']][] = [
      ['value', labels.value, 'value'],
      ['yoy', labels.yoyPct, 'percent'],
    ];
    if (zone?.benchmarkZoneId) own.push(['gap', labels.gapPp, 'percent']);
    for (const [figure, label, kind] of own) {
      if (isBenchmark) shaded.add(columns.length);
      columns.push({ header: `${header}: ${label}`, kind });
      figures.push({ zoneId, figure });
    }
  }
  const rows: TableCell[][] = [];
  const rowIndicators: string[] = [];
  for (const indicator of indicatorsInTreeOrder(input.catalog)) {
    const found = zoneIds.map((zoneId) => byKey.get(`${zoneId}|${indicator.id}`));
    if (found.every((row) => row === undefined)) continue;
    const row: TableCell[] = [nameIn(language, indicator), indicator.unit];
    for (const { zoneId, figure } of figures) {
      const metric = byKey.get(`${zoneId}|${indicator.id}`);
      row.push(figure === 'value' ? metric?.value : figure === 'yoy' ? metric?.yoyPct : metric?.gapPp);
    }
    rows.push(row);
    rowIndicators.push(indicator.id);
  }
  const growthFormat = growthFormatOf(input.catalog, language);
  const valueFormat = valueFormatOf(input.catalog, input.observations);
  return {
    name: 'Comparison',
    title: labels.comparisonTitle(period ?? labels.noData, basisLabel(language, basis)),
    columns,
    rows,
    freeze: { rows: 1, columns: 1 },
    shadedColumn: (column) => shaded.has(column),
    formatAt: (row, column) => {
      if (column < LABEL_COLUMNS) return undefined;
      const figure = figures[column - LABEL_COLUMNS]!.figure;
      const indicatorId = rowIndicators[row]!;
      return figure === 'value' ? valueFormat(indicatorId) : figure === 'yoy' ? growthFormat?.(indicatorId) : undefined;
    },
  };
}

function zoneName(zone: ReturnType<typeof findZone>, zoneId: string, language: Language): string {
  return zone ? nameIn(language, zone) : zoneId;
}
