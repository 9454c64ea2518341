import type { ImportProgress, ImportStage } from '../../api/import';

/** Thrown at a checkpoint after the user cancelled; nothing has been written by then. */
export class ImportCancelled extends Error {
  constructor() {
    super('the import was cancelled; nothing was written');
  }
}

type Timer = (callback: () => void, ms: number) => unknown;
type Immediate = (callback: () => void) => unknown;
// shared/ compiles without DOM or Node types; every runtime it runs in has setTimeout, Node's also setImmediate.
const runtime = globalThis as unknown as { setTimeout: Timer; setImmediate?: Immediate };

/**
 * Lets other calls (progress polls, cancel) run between chunks of a long import. Node's
 * setImmediate runs after pending I/O without a timer's 1 ms floor (which cost a 132,000-row
 * import ~40 ms of idle waiting).
 */
export function yieldToEventLoop(): Promise<void> {
  const immediate = runtime.setImmediate;
  return new Promise((resolve) => (immediate ? immediate(resolve) : runtime.setTimeout(resolve, 0)));
}

interface JobState extends ImportProgress {
  cancelRequested: boolean;
}

/** One running preview or commit, as the use case reports it. */
export class ImportJob {
  constructor(private readonly state: JobState) {}

  stage(stage: ImportStage, total = 0): void {
    this.state.stage = stage;
    this.state.total = total;
    this.state.done = 0;
  }

  advance(done: number): void {
    this.state.done = done;
  }

  /** From here on the commit completes or fails whole: cancelling is no longer offered. */
  pointOfNoReturn(): void {
    this.state.cancellable = false;
  }

  /** Yields to the event loop; throws ImportCancelled if the user cancelled meanwhile. */
  async checkpoint(): Promise<void> {
    await yieldToEventLoop();
    if (this.state.cancelRequested && this.state.cancellable) throw new ImportCancelled();
  }

  end(stage: 'done' | 'failed' | 'cancelled'): void {
    this.state.stage = stage;
    this.state.cancellable = false;
  }
}

/** What a preview's planning reports as it goes; the reading worker forwards it from its thread. */
export type JobProgress = Pick<ImportJob, 'stage' | 'advance' | 'checkpoint'>;

const KEEP_FINISHED = 20;

/** Progress the UI polls by job id (getImportProgress) and cancels by it (cancelImport). */
export class ImportJobs {
  private readonly jobs = new Map<string, JobState>();

  open(jobId: string | undefined): ImportJob {
    const state: JobState = {
      jobId: jobId ?? '',
      stage: 'reading',
      done: 0,
      total: 0,
      cancellable: true,
      cancelRequested: false,
    };
    if (jobId !== undefined) {
      this.jobs.delete(jobId);
      this.jobs.set(jobId, state);
      this.prune();
    }
    return new ImportJob(state);
  }

  progress(jobId: string): ImportProgress | null {
    const state = this.jobs.get(jobId);
    if (!state) return null;
    const { cancelRequested: _ignored, ...progress } = state;
    return { ...progress };
  }

  cancel(jobId: string): boolean {
    const state = this.jobs.get(jobId);
    if (!state || !state.cancellable) return false;
    state.cancelRequested = true;
    return true;
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((job) => ['done', 'failed', 'cancelled'].includes(job.stage));
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.jobId);
  }
}
