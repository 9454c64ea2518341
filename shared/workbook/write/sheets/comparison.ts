import type { MetricRow } from '../../../metrics/row';
import { findZone, type Catalog, type Indicator } from '../../../model';
import type { ComparisonWorkbookInput } from '../input';
import { growthFormatOf } from '../growth-formats';
import { LABELS } from '../labels';
import { basisLabel, nameIn, type Language } from '../language';
import { textColumn, type Table, type TableCell, type TableColumn } from '../table';

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

function zoneHeader(input: ComparisonWorkbookInput, zoneId: string, language: Language): string {
  const zone = findZone(input.catalog, zoneId);
  const name = zone ? nameIn(language, zone) : zoneId;
  const isBenchmark = input.comparison.zoneIds.some((other) => findZone(input.catalog, other)?.benchmarkZoneId === zoneId);
  return isBenchmark ? `${name} ${LABELS[language].benchmarkMark}` : name;
}

const LABEL_COLUMNS = 5;

/** One row per indicator with figures for the period; per zone its value, YoY % and gap to the benchmark. */
export function comparisonTable(input: ComparisonWorkbookInput): Table {
  const { language } = input.options;
  const labels = LABELS[language];
  const { period, basis, zoneIds } = input.comparison;
  const byKey = new Map<string, MetricRow>();
  for (const row of input.metrics) {
    if (row.period === period && row.basis === basis) byKey.set(`${row.zoneId}|${row.indicatorId}`, row);
  }
  const columns: TableColumn[] = [labels.indicatorId, labels.indicator, labels.unit, labels.period, labels.basis].map(textColumn);
  for (const zoneId of zoneIds) {
    const name = zoneHeader(input, zoneId, language);
    columns.push({ header: `${name}: ${labels.value}`, kind: 'value' });
    columns.push({ header: `${name}: ${labels.yoyPct}`, kind: 'percent' });
    columns.push({ header: `${name}: ${labels.gapPp}`, kind: 'percent' });
  }
  const rows: TableCell[][] = [];
  const rowIndicators: string[] = [];
  for (const indicator of indicatorsInTreeOrder(input.catalog)) {
    const figures = zoneIds.map((zoneId) => byKey.get(`${zoneId}|${indicator.id}`));
    if (figures.every((row) => row === undefined)) continue;
    const row: TableCell[] = [indicator.id, nameIn(language, indicator), indicator.unit, period, basisLabel(language, basis)];
    for (const figure of figures) row.push(figure?.value, figure?.yoyPct, figure?.gapPp);
    rows.push(row);
    rowIndicators.push(indicator.id);
  }
  // Each zone's YoY column is the second of its three, after the five label columns.
  const growthFormat = growthFormatOf(input.catalog, language);
  const table: Table = { name: 'Comparison', columns, rows, freeze: { rows: 1, columns: 2 } };
  if (growthFormat) table.formatAt = (row, column) => (column >= LABEL_COLUMNS && (column - LABEL_COLUMNS) % 3 === 1 ? growthFormat(rowIndicators[row]!) : undefined);
  return table;
}
