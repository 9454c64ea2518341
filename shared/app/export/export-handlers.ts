import type { z } from 'zod';
import {
  errorMessage,
  fail,
  ok,
  type AppHandlers,
  type ExportedFile,
  type ExportRequestSchema,
  type Result,
} from '../../api';
import { createMetricsEngine, type MetricsEngine } from '../../metrics';
import type { Catalog, Observation } from '../../model';
import { streamComparisonWorkbook, streamMetricsCsv, type WriteHooks } from '../../workbook/write';
import { ImportCancelled, ImportJobs, type ImportJob } from '../import/jobs';
import type { MetricsCache } from '../metrics-cache';
import type { AppPorts, ApplicationInfo, WriteTarget } from '../ports';
import { resolveExportScope } from './export-scope';
import { metricRows, workbookInput } from './workbook-input';

type ExportHandlers = Pick<AppHandlers, 'exportWorkbook' | 'exportMetricsCsv' | 'getExportProgress' | 'cancelExport'>;
type Request = z.output<typeof ExportRequestSchema>;
type Kind = 'workbook' | 'metrics-csv';

const UNKNOWN_APPLICATION: ApplicationInfo = { name: 'Zone Stats', version: 'unknown' };

/**
 * The comparison workbook and the Metrics CSV, written by main straight to the target its save
 * dialog (or the command line) registered: a temporary file beside it, renamed at the end. Progress
 * and cancel go through the import's job list; a cancelled export leaves no file behind.
 */
export function createExportHandlers(
  { store, preferences, clock, application, files, deflate }: AppPorts,
  metrics?: MetricsCache,
): ExportHandlers {
  const jobs = new ImportJobs();

  /** The app's engine, kept current through commits, when there is one; else one built for this export. */
  async function engineFor(threshold: number, catalog: Catalog, observations: Observation[]): Promise<MetricsEngine> {
    return metrics ? metrics.engine(threshold) : createMetricsEngine(catalog, observations, { threshold });
  }

  /** Writes through `write`, then renames into place; any failure or cancel removes the temporary file. */
  async function writeTo(
    target: WriteTarget,
    job: ImportJob,
    write: (hooks: WriteHooks) => Promise<number>,
  ): Promise<number> {
    let writing = false;
    try {
      const size = await write({
        ...(deflate ? { deflate } : {}),
        checkpoint: async (done, total) => {
          if (!writing) job.stage('writing', total);
          writing = true;
          job.advance(done);
          await job.checkpoint();
        },
      });
      job.pointOfNoReturn();
      await target.commit();
      return size;
    } catch (cause) {
      await target.abort();
      throw cause;
    }
  }

  async function exportTo(request: Request, kind: Kind, job: ImportJob): Promise<Result<ExportedFile>> {
    const target = files?.describe(request.target);
    if (!files || !target || target.mode !== 'write')
      return fail('not_found', 'No file was chosen to save to (the save dialog has to give one).');
    const { target: _target, jobId: _jobId, ...selection } = request;
    const [catalog, observations] = await Promise.all([store.readCatalog(), store.readObservations({})]);
    const { language, streakThreshold } = preferences.get();
    const resolved = resolveExportScope(catalog, observations, selection, { language, threshold: streakThreshold });
    if (!resolved.ok)
      return fail('invalid', resolved.problems.map((problem) => problem.message).join('; '), {
        problems: resolved.problems,
      });
    const { scope } = resolved;
    const facts = {
      fileName: target.name,
      path: target.path,
      comparisonPeriod: scope.comparison.period,
      comparisonBasis: scope.comparison.basis,
      observationRows: scope.observations.length,
    };

    if (kind === 'metrics-csv') {
      // Ranks count every zone and gaps need the benchmarks: the engine sees the whole dataset.
      const engine = await engineFor(scope.threshold, catalog, observations);
      await job.checkpoint();
      // The shared engine may have been set to another threshold while this call awaited; the rows
      // are computed synchronously from here, before the first write yields.
      if (engine.threshold !== scope.threshold) engine.setThreshold(scope.threshold);
      const rows = metricRows(engine, scope);
      const sink = await files.openWrite(request.target);
      const size = await writeTo(sink, job, (hooks) => streamMetricsCsv(rows, sink, hooks));
      return ok({ ...facts, sizeBytes: size, metricRows: rows.length });
    }
    // The workbook's rows are made as they are written, across awaits: an engine of its own over
    // this snapshot of the store, which no commit reaches, keeps every sheet of one dataset.
    const engine = createMetricsEngine(catalog, observations, { threshold: scope.threshold });
    await job.checkpoint();
    const input = workbookInput(engine, scope, application ?? UNKNOWN_APPLICATION, clock.now());
    const sink = await files.openWrite(request.target);
    const size = await writeTo(sink, job, (hooks) => streamComparisonWorkbook(input, sink, hooks));
    return ok({
      ...facts,
      sizeBytes: size,
      metricRows: input.metrics.length,
      observationRows: input.observations.length,
    });
  }

  async function run(request: Request, kind: Kind): Promise<Result<ExportedFile>> {
    const job = jobs.open(request.jobId);
    try {
      const result = await exportTo(request, kind, job);
      job.end(result.ok ? 'done' : 'failed');
      return result;
    } catch (cause) {
      if (cause instanceof ImportCancelled) {
        job.end('cancelled');
        return fail('refused', 'The export was cancelled; no file was written.');
      }
      job.end('failed');
      return fail('internal', errorMessage(cause));
    }
  }

  return {
    exportWorkbook: (request) => run(request, 'workbook'),
    exportMetricsCsv: (request) => run(request, 'metrics-csv'),
    getExportProgress: async ({ jobId }) => {
      const progress = jobs.progress(jobId);
      return progress ? ok(progress) : fail('not_found', `no export job ${jobId}`);
    },
    cancelExport: async ({ jobId }) => ok({ cancelled: jobs.cancel(jobId) }),
  };
}
