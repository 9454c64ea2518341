import type { z } from 'zod';
import { fail, ok, type AppHandlers, type ExportedFile, type ExportSelectionSchema, type Result } from '../../api';
import { createMetricsEngine, type MetricsEngine } from '../../metrics';
import type { Catalog, Observation } from '../../model';
import { comparisonWorkbookTables, writeMetricsCsv } from '../../workbook/write';
import { inProcessWorkbookCodec } from '../import/workbook-codec';
import type { MetricsCache } from '../metrics-cache';
import type { AppPorts, ApplicationInfo } from '../ports';
import { base64FromBytes } from '../../api/base64';
import { utf8Bytes } from './utf8';
import { resolveExportScope, type ExportScope } from './export-scope';
import { exportFileName } from './file-names';
import { metricRows, workbookInput } from './workbook-input';

type ExportHandlers = Pick<AppHandlers, 'exportWorkbook' | 'exportMetricsCsv'>;
type Selection = z.output<typeof ExportSelectionSchema>;

const UNKNOWN_APPLICATION: ApplicationInfo = { name: 'Zone Stats', version: 'unknown' };

/**
 * The comparison workbook and the Metrics CSV as bytes for the caller to save: the desktop app
 * through its save dialog, the command line to the path it was given.
 */
export function createExportHandlers({ store, preferences, clock, application, workbookCodec }: AppPorts, metrics?: MetricsCache): ExportHandlers {
  /** The app's engine, kept current through commits, when there is one; else one built for this export. */
  async function engineFor(threshold: number, catalog: Catalog, observations: Observation[]): Promise<MetricsEngine> {
    return metrics ? metrics.engine(threshold) : createMetricsEngine(catalog, observations, { threshold });
  }

  async function prepare(selection: Selection) {
    const [catalog, observations] = await Promise.all([store.readCatalog(), store.readObservations({})]);
    const { language, streakThreshold } = preferences.get();
    const resolved = resolveExportScope(catalog, observations, selection, { language, threshold: streakThreshold });
    if (!resolved.ok) return resolved;
    // Ranks count every zone and gaps need the benchmarks: the engine sees the whole dataset.
    const engine = await engineFor(resolved.scope.threshold, catalog, observations);
    return { ok: true as const, scope: resolved.scope, engine };
  }

  function file(scope: ExportScope, fileName: string, bytes: Uint8Array, metricRows: number): ExportedFile {
    return {
      fileName,
      base64: base64FromBytes(bytes),
      sizeBytes: bytes.length,
      comparisonPeriod: scope.comparison.period,
      comparisonBasis: scope.comparison.basis,
      metricRows,
      observationRows: scope.observations.length,
    };
  }

  async function exportAs(selection: Selection, kind: 'workbook' | 'metrics-csv'): Promise<Result<ExportedFile>> {
    const prepared = await prepare(selection);
    if (!prepared.ok) return fail('invalid', prepared.problems.map((problem) => problem.message).join('; '), { problems: prepared.problems });
    const { scope, engine } = prepared;
    // The shared engine may have been set to another threshold while this call awaited; from here
    // until the tables are laid out all is synchronous, so only plain data crosses the await below.
    if (engine.threshold !== scope.threshold) engine.setThreshold(scope.threshold);
    if (kind === 'metrics-csv') {
      const rows = metricRows(engine, scope);
      return ok(file(scope, exportFileName(scope, kind), utf8Bytes(writeMetricsCsv(rows)), rows.length));
    }
    const input = workbookInput(engine, scope, application ?? UNKNOWN_APPLICATION, clock.now());
    const tables = comparisonWorkbookTables(input);
    const bytes = await (workbookCodec ?? inProcessWorkbookCodec).writeWorkbook(tables);
    return ok(file(scope, exportFileName(scope, kind), bytes, input.metrics.length));
  }

  return {
    exportWorkbook: (selection) => exportAs(selection, 'workbook'),
    exportMetricsCsv: (selection) => exportAs(selection, 'metrics-csv'),
  };
}
