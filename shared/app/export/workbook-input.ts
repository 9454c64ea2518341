import { writeBulletin, type MetricsEngine } from '../../metrics';
import type { ComparisonWorkbookInput, HighlightBlock } from '../../workbook/write';
import type { MetricRow } from '../../metrics';
import type { ApplicationInfo } from '../ports';
import type { ExportScope } from './export-scope';
import { usedObservations } from './used-observations';

/** The `Metrics` rows of the compared zones, limited to the period and basis asked for. */
export function metricRows(engine: MetricsEngine, scope: ExportScope): MetricRow[] {
  return engine.rows({ zoneIds: scope.zoneIds, from: scope.period, to: scope.period, basis: scope.basis });
}

/** The bulletin of each compared zone for the comparison period; zones without figures then are left out. */
function highlightsOf(engine: MetricsEngine, scope: ExportScope): HighlightBlock[] {
  const { period, basis } = scope.comparison;
  if (period === null) return [];
  const blocks: HighlightBlock[] = [];
  for (const zoneId of scope.zoneIds) {
    const bulletin = writeBulletin(engine, { zoneId, period, basis, language: scope.language });
    if (bulletin && bulletin.lines.length > 0) blocks.push({ zoneId, period, basis, lines: bulletin.lines });
  }
  return blocks;
}

/** The rows `Comparison` shows: the comparison period and basis of the compared zones. */
function comparisonRows(engine: MetricsEngine, scope: ExportScope): MetricRow[] {
  const { period, basis } = scope.comparison;
  if (period === null) return [];
  return engine.rows({ zoneIds: scope.zoneIds, from: period, to: period, basis });
}

/**
 * Everything the comparison workbook shows, from the engine over the whole dataset. The `Metrics`
 * rows and the checks are made as the workbook is written, so `engine` must be the export's own:
 * nothing may change it until the file is written.
 */
export function workbookInput(
  engine: MetricsEngine,
  scope: ExportScope,
  application: ApplicationInfo,
  exportedAt: Date,
): ComparisonWorkbookInput {
  const selection = { zoneIds: scope.zoneIds, from: scope.period, to: scope.period, basis: scope.basis };
  const metrics = engine.rowsOf(selection);
  const observations = usedObservations(scope.observations, scope.period, metrics, scope.observationsKept);
  return {
    catalog: scope.catalog,
    observations,
    metrics,
    comparisonRows: comparisonRows(engine, scope),
    highlights: highlightsOf(engine, scope),
    // About lists the component checks and only counts published rates that differ from the levels.
    warnings: engine.eachWarning(selection, { publishedDiffering: false }),
    publishedDiffering: engine.countPublishedDiffering(selection),
    comparison: { ...scope.comparison, zoneIds: scope.zoneIds },
    options: {
      period: scope.period ?? null,
      basis: scope.basis ?? null,
      zoneIds: scope.requestedZoneIds,
      threshold: scope.threshold,
      language: scope.language,
      observations: scope.period === undefined || scope.observationsKept === 'all' ? 'all' : 'used',
    },
    application,
    exportedAt,
  };
}
