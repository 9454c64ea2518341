import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { WorkbookCodec } from '../../shared/app';
import type { ReadOutcome } from '../../shared/workbook/read';
import { unpackGrid } from '../../shared/workbook/read/packed-grid';
import { unpackPlanOutcome } from '../../shared/app/import/packed-plan';
import type { PlanOutcome } from '../../shared/app/import/plan';
import type { PlanProgress, WorkbookRequest, WorkbookResponse } from './workbook-messages';

/** What one call may cost: past these the worker is stopped and the call refused. */
export interface WorkerLimits {
  resourceLimits: ResourceLimits;
  /** How long a file may take to read. */
  readMs: number;
  /** How long a workbook may take to write (an export of every observation is large but legitimate). */
  writeMs: number;
  /**
   * How long the worker may sit idle before it is stopped: a read leaves its garbage in the worker's
   * heap (60 MB after a 132,000-row file) until the worker collects again, which an idle one never
   * does. Imports in a row still share a warm worker.
   */
  idleMs: number;
  /** A file at least this large stops the worker as soon as it is read: its garbage would outweigh a warm worker. */
  largeFileBytes: number;
}

/**
 * Keeps the worker, SheetJS included, under 1 GB. Measured (2 shared cores): a legitimate workbook
 * at the read limits (1.44 million cells, 240,000 rows, 53 MB) reads in 17 s at 790 MB resident.
 */
export const WORKER_LIMITS: WorkerLimits = {
  resourceLimits: { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 24, stackSizeMb: 4 },
  readMs: 25_000,
  writeMs: 120_000,
  idleMs: 30_000,
  largeFileBytes: 4 * 1024 * 1024,
};

export interface WorkerCodecOptions {
  /** The worker's entry: the built workbook-worker.js beside main.js, or the TypeScript source under tsx. */
  workerUrl: URL;
  execArgv?: string[];
  limits?: WorkerLimits;
}

export interface WorkerCodec extends WorkbookCodec {
  /**
   * Starts a worker unless one is running (~0.1-0.2 s of the next read otherwise): called while the
   * user chooses a file. Unused, it stops after the idle limit like any idle worker.
   */
  warm(): void;
  /** Stops the worker; calls still waiting are refused. The next call starts a new one. */
  close(): Promise<void>;
}

/** Names the side of SheetJS a call used, in the messages of its failures. */
type Role = 'reader' | 'writer';

/** Why the worker stopped under a call. */
type Stop =
  | { kind: 'memory' }
  | { kind: 'time'; ms: number }
  | { kind: 'crash'; detail: string }
  | { kind: 'closed' }
  /** The caller gave up on the call (a cancelled import): `error` is what its promise rejects with. */
  | { kind: 'abandoned'; error: unknown };

interface Pending {
  role: Role;
  worker: Worker;
  /** How long the worker may stay idle once this call is answered. */
  idleMs: number;
  settle(response: WorkbookResponse): void;
  stopped(stop: Stop): void;
  /** Rejects when the caller gives up: the worker is then stopped and the call refused with that error. */
  progress?(progress: PlanProgress): Promise<void>;
}

/**
 * Parses and writes workbooks on one worker thread, started on first use, so the main process keeps
 * serving IPC while SheetJS works. The worker runs with memory limits and each call with a time
 * limit: a file that exhausts either stops the worker, and its read comes back as a refusal in a
 * user's words (a write, or a call caught by another's stop, is rejected). The next call starts a new worker.
 */
export function createWorkerCodec({ workerUrl, execArgv, limits = WORKER_LIMITS }: WorkerCodecOptions): WorkerCodec {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const stayAwake = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };

  const stopIfCurrent = (idle: Worker) => {
    if (worker !== idle) return;
    worker = null;
    void idle.terminate();
  };

  /** Stops the worker once it has been idle for `idleMs` (at once for 0), unless a call came in meanwhile. */
  const stopWhenIdle = (idle: Worker, idleMs: number) => {
    stayAwake();
    if (idleMs === 0) return stopIfCurrent(idle);
    idleTimer = setTimeout(() => {
      idleTimer = null;
      stopIfCurrent(idle);
    }, idleMs);
    idleTimer.unref();
  };

  /** Refuses the calls a stopped worker held; a worker started since keeps its own. */
  const stopAll = (stopping: Worker, stop: Stop) => {
    for (const [id, call] of pending) {
      if (call.worker !== stopping) continue;
      pending.delete(id);
      call.stopped(stop);
    }
  };

  const start = (): Worker => {
    const spawned = new Worker(workerUrl, { ...(execArgv ? { execArgv } : {}), resourceLimits: limits.resourceLimits });
    spawned.on('message', (response: WorkbookResponse) => {
      const call = pending.get(response.id);
      if (!call) return;
      if ('progress' in response) {
        call.progress?.(response.progress).catch((error: unknown) => abandon(spawned, response.id, error));
        return;
      }
      pending.delete(response.id);
      // Before the answer is unpacked: a large file's worker is stopped first, so its heap and the unpacked rows are not held at once.
      if (pending.size === 0) {
        // An idle worker must not keep the command line's process alive.
        spawned.unref();
        stopWhenIdle(spawned, call.idleMs);
      }
      call.settle(response);
    });
    spawned.on('error', (error: Error & { code?: string }) => {
      if (worker === spawned) worker = null;
      stopAll(
        spawned,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { kind: 'memory' } : { kind: 'crash', detail: error.message },
      );
    });
    spawned.on('exit', (code) => {
      if (worker === spawned) worker = null;
      stopAll(spawned, { kind: 'crash', detail: `exit code ${code}` });
    });
    return spawned;
  };

  /** Stops a worker whose caller gave up on a call: that call is refused with the caller's error, any other the worker held as stopped. */
  const abandon = (running: Worker, id: number, error: unknown) => {
    const call = pending.get(id);
    if (!call) return;
    pending.delete(id);
    if (worker === running) worker = null;
    call.stopped({ kind: 'abandoned', error });
    stopAll(running, { kind: 'crash', detail: 'stopped when another import was cancelled' });
    void running.terminate();
  };

  /** Stops a worker that took too long: its calls are refused, and the next call starts afresh. */
  const stopForTime = (running: Worker, ms: number) => {
    if (worker === running) worker = null;
    stopAll(running, { kind: 'time', ms });
    void running.terminate();
  };

  function call<T>(
    role: Role,
    request: WorkbookRequest,
    transfer: ArrayBuffer[],
    answer: (response: WorkbookResponse) => T,
    onStop: (stop: Stop) => T,
    extra: Pick<Pending, 'progress'> & { fileBytes?: number } = {},
  ): Promise<T> {
    stayAwake();
    worker ??= start();
    const running = worker;
    const ms = role === 'reader' ? limits.readMs : limits.writeMs;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => stopForTime(running, ms), ms);
      timer.unref();
      const settle = (response: WorkbookResponse) => {
        clearTimeout(timer);
        try {
          resolve(answer(response));
        } catch (error) {
          reject(error as Error);
        }
      };
      const stopped = (stop: Stop) => {
        clearTimeout(timer);
        try {
          resolve(onStop(stop));
        } catch (error) {
          reject(error as Error);
        }
      };
      const idleMs = (extra.fileBytes ?? 0) >= limits.largeFileBytes ? 0 : limits.idleMs;
      pending.set(request.id, { role, worker: running, idleMs, settle, stopped, progress: extra.progress });
      running.ref();
      running.postMessage(request, transfer);
    });
  }

  return {
    warm() {
      if (worker) return;
      worker = start();
      // Waiting for a call must not keep the command line's process alive.
      worker.unref();
      stopWhenIdle(worker, limits.idleMs);
    },

    readWorkbook(bytes, options) {
      // A copy is transferred, so the caller's bytes stay usable and nothing is copied twice.
      const copy = bytes.slice();
      return call<ReadOutcome>(
        'reader',
        { id: nextId++, kind: 'read', bytes: copy, options },
        [copy.buffer],
        (response) => {
          if ('error' in response) throw new Error(`the workbook reader failed: ${response.error}`);
          if (!('outcome' in response)) throw new Error('the workbook reader answered without an outcome');
          const { outcome } = response;
          return outcome.ok ? { ok: true, workbook: unpackGrid(outcome.packed) } : outcome;
        },
        (stop) => refusedRead(stop, limits),
        { fileBytes: copy.length },
      );
    },

    planImport(request, job) {
      // A copy is transferred, as for a read; the rest of the request is cloned.
      const bytes = request.bytes.slice();
      return call<PlanOutcome>(
        'reader',
        { id: nextId++, kind: 'plan', input: { ...request, bytes } },
        [bytes.buffer],
        (response) => {
          if ('error' in response) throw new Error(`the workbook reader failed: ${response.error}`);
          if (!('plan' in response)) throw new Error('the workbook reader answered without a plan');
          return unpackPlanOutcome(response.plan);
        },
        (stop) => refusedRead(stop, limits),
        {
          fileBytes: bytes.length,
          // A cancel is seen here, between chunks of rows, as the in-process checks see it.
          progress: async (progress) => {
            if ('stage' in progress) job.stage(progress.stage, progress.total);
            else job.advance(progress.done);
            await job.checkpoint();
          },
        },
      );
    },

    writeWorkbook(tables) {
      return call<Uint8Array>(
        'writer',
        { id: nextId++, kind: 'write', tables },
        [],
        (response) => {
          if ('error' in response) throw new Error(`the workbook writer failed: ${response.error}`);
          if (!('bytes' in response)) throw new Error('the workbook writer answered without bytes');
          return response.bytes;
        },
        (stop) => {
          if (stop.kind === 'closed') throw new Error('the workbook writer was closed');
          if (stop.kind === 'abandoned') throw stop.error;
          throw new Error(
            stop.kind === 'crash'
              ? `the workbook writer stopped (${stop.detail})`
              : `the workbook writer stopped: it ${stopText(stop, limits)}`,
          );
        },
      );
    },

    async close() {
      stayAwake();
      const running = worker;
      worker = null;
      if (!running) return;
      stopAll(running, { kind: 'closed' });
      await running.terminate();
    },
  };
}

/** A read or plan stopped under its call: a refusal in a user's words, or the error the call rejects with. */
function refusedRead(stop: Stop, limits: WorkerLimits): { ok: false; message: string } {
  if (stop.kind === 'closed') throw new Error('the workbook reader was closed');
  if (stop.kind === 'abandoned') throw stop.error;
  return { ok: false, message: readRefusal(stop, limits) };
}

/** A read stopped by a limit, in a user's words. */
function readRefusal(stop: Exclude<Stop, { kind: 'closed' | 'abandoned' }>, limits: WorkerLimits): string {
  if (stop.kind === 'crash')
    return `the spreadsheet reader stopped while reading the file (${stop.detail}): the file may be damaged; open it in Excel or LibreOffice and save it again`;
  return `the file ${stopText(stop, limits)}, over the import limit: it is far larger than an import needs, or damaged`;
}

function stopText(stop: Extract<Stop, { kind: 'memory' | 'time' }>, limits: WorkerLimits): string {
  if (stop.kind === 'memory')
    return `needed more than ${limits.resourceLimits.maxOldGenerationSizeMb ?? 0} MB of memory`;
  return `took longer than ${stop.ms / 1000} s`;
}
