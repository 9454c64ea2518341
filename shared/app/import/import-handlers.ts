import { errorMessage, fail, ok, type AppHandlers, type Result } from '../../api';
import type { ImportFile, ImportOptions, ImportPreview } from '../../api/import';
import { StoreRefusal, type AppPorts } from '../ports';
import { readRegisteredFile } from '../read-registered-file';
import { commitPlan, storedFor } from './commit';
import { diffAgainst, itemOf, summarizeDiff } from './diff';
import { readImportLog } from './import-log';
import { ImportCancelled, ImportJobs, type ImportJob } from './jobs';
import { planImport, type ImportPlan } from './plan';
import { PreviewCache } from './preview-cache';
import { readProfiles, writeProfiles } from './profiles';
import { undoImport } from './undo';
import { inProcessWorkbookCodec } from './workbook-codec';

type ImportHandlers = Pick<
  AppHandlers,
  | 'previewImport'
  | 'commitImport'
  | 'getImportItems'
  | 'getImportProblems'
  | 'getImportProgress'
  | 'cancelImport'
  | 'undoImport'
  | 'listImports'
  | 'listImportProfiles'
  | 'saveImportProfile'
  | 'deleteImportProfile'
>;

const SHOWN = 1000;

/** Spreadsheet import (docs/workbook.md §1): preview, commit all or nothing, undo in one step, profiles. */
export function createImportHandlers(ports: AppPorts): ImportHandlers {
  const jobs = new ImportJobs();
  const previews = new PreviewCache();

  async function plan(file: ImportFile, options: ImportOptions, job: ImportJob): Promise<Result<ImportPlan>> {
    const limitMb = ports.preferences.get().importSizeLimitMb;
    const limit = limitMb * 1024 * 1024;
    const read = await readRegisteredFile(ports, file, limit);
    if (!read.ok) return read;
    const { name: fileName, bytes } = read.value;
    const request = {
      bytes,
      fileName,
      options,
      sizeLimitBytes: limit,
      catalog: await ports.store.readCatalog(),
      profiles: await readProfiles(ports.store),
      now: ports.clock.now(),
    };
    const codec = ports.workbookCodec ?? inProcessWorkbookCodec;
    const outcome = codec.planImport
      ? await codec.planImport(request, job)
      : await planImport({ ...request, job, codec });
    // A cancel while the worker planned takes effect here: nothing has been written.
    await job.checkpoint();
    return outcome.ok
      ? ok(outcome.plan)
      : fail('refused', `${fileName}: ${outcome.message}`, {
          problems: [{ place: fileName, message: outcome.message }],
        });
  }

  /** Runs a job, turning a cancellation into a refusal and marking how the job ended. */
  async function run<T>(jobId: string | undefined, task: (job: ImportJob) => Promise<Result<T>>): Promise<Result<T>> {
    const job = jobs.open(jobId);
    try {
      const result = await task(job);
      job.end(result.ok ? 'done' : 'failed');
      return result;
    } catch (error) {
      if (error instanceof ImportCancelled) {
        job.end('cancelled');
        return fail('refused', error.message);
      }
      job.end('failed');
      if (error instanceof StoreRefusal) return fail(error.code, error.message);
      return fail('internal', errorMessage(error));
    }
  }

  return {
    previewImport: ({ file, options, jobId }) =>
      run(jobId, async (job) => {
        const planned = await plan(file, options, job);
        if (!planned.ok) return planned;
        job.stage('comparing', planned.value.planned.length);
        await job.checkpoint();
        // Counted without an entry kept for every row: pages compare again when one is asked for.
        const diff = summarizeDiff(
          planned.value.planned,
          await storedFor(ports, planned.value),
          planned.value.fileSource,
          SHOWN,
        );
        const token = previews.add({ plan: planned.value, entries: null });
        return ok(previewOf(token, planned.value, diff));
      }),

    commitImport: ({ token, file, options, onConflict, validOnly, choices, reopenVerified, jobId }) =>
      run(jobId, async (job) => {
        let planned: ImportPlan;
        if (token !== undefined) {
          const cached = previews.get(token);
          if (!cached) return fail('not_found', 'this preview has expired: preview the file again');
          planned = cached.plan;
          // The commit compares against the store as it is now: two comparisons of every row are not held at once.
          cached.entries = null;
        } else {
          const read = await plan(file!, options, job);
          if (!read.ok) return read;
          planned = read.value;
        }
        const result = await commitPlan(ports, planned, { onConflict, validOnly, choices, reopenVerified }, job);
        if (result.ok && result.value.committed && token !== undefined) previews.delete(token);
        return result;
      }),

    getImportItems: async ({ token, kind, offset, limit }) => {
      const cached = previews.get(token);
      if (!cached) return fail('not_found', 'this preview has expired: preview the file again');
      cached.entries ??= diffAgainst(cached.plan.planned, await storedFor(ports, cached.plan), cached.plan.fileSource);
      const matching = cached.entries.filter((entry) => entry.kind === kind);
      return ok({ total: matching.length, items: matching.slice(offset, offset + limit).map(itemOf) });
    },

    getImportProblems: async ({ token, severity, offset, limit }) => {
      const cached = previews.get(token);
      if (!cached) return fail('not_found', 'this preview has expired: preview the file again');
      const matching = severity
        ? cached.plan.problems.filter((problem) => problem.severity === severity)
        : cached.plan.problems;
      return ok({ total: matching.length, problems: matching.slice(offset, offset + limit) });
    },

    getImportProgress: async ({ jobId }) => {
      const progress = jobs.progress(jobId);
      return progress ? ok(progress) : fail('not_found', `no import job "${jobId}"`);
    },

    cancelImport: async ({ jobId }) => ok({ cancelled: jobs.cancel(jobId) }),

    undoImport: ({ importId, force }) => undoImport(ports, importId, force),

    listImports: async () => ok(await readImportLog(ports.store)),

    listImportProfiles: async () => ok(await readProfiles(ports.store)),

    saveImportProfile: async ({ profile }) => {
      const profiles = [
        ...(await readProfiles(ports.store)).filter((saved) => saved.name !== profile.name),
        profile,
      ].sort((a, b) => a.name.localeCompare(b.name));
      await writeProfiles(ports.store, profiles);
      return ok(profiles);
    },

    deleteImportProfile: async ({ name }) => {
      const profiles = (await readProfiles(ports.store)).filter((saved) => saved.name !== name);
      await writeProfiles(ports.store, profiles);
      return ok(profiles);
    },
  };
}

function previewOf(token: string, plan: ImportPlan, diff: ReturnType<typeof summarizeDiff>): ImportPreview {
  const errors = plan.problems.filter((problem) => problem.severity === 'error').length;
  return {
    token,
    ...plan.summary,
    valid: plan.planned.length,
    errors,
    warnings: plan.problems.length - errors,
    problems: plan.problems.slice(0, SHOWN),
    diff: diff.counts,
    conflicts: diff.conflicts.map(itemOf),
    zonesToCreate: plan.zonesToCreate,
    indicatorsToCreate: plan.indicatorsToCreate,
    catalogConflicts: plan.catalogConflicts,
  };
}
