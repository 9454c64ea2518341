import { Worker } from 'node:worker_threads';
import type { WorkbookCodec } from '../../shared/app';
import type { ReadOutcome } from '../../shared/workbook/read';
import type { ReadRequest, ReadResponse } from './workbook-messages';

export interface WorkerCodecOptions {
  /** The worker's entry: the built workbook-worker.js beside main.js, or the TypeScript source under tsx. */
  workerUrl: URL;
  execArgv?: string[];
}

export interface WorkerCodec extends WorkbookCodec {
  /** Stops the worker; calls still waiting are refused. The next call starts a new one. */
  close(): Promise<void>;
}

interface Pending {
  resolve(outcome: ReadOutcome): void;
  reject(error: Error): void;
}

/**
 * Parses workbooks on one worker thread, started on first use, so the main process keeps serving
 * IPC while SheetJS works. A crashed worker refuses the calls it held and is replaced on the next.
 */
export function createWorkerCodec({ workerUrl, execArgv }: WorkerCodecOptions): WorkerCodec {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: Error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    const spawned = new Worker(workerUrl, execArgv ? { execArgv } : {});
    spawned.on('message', (response: ReadResponse) => {
      const call = pending.get(response.id);
      if (!call) return;
      pending.delete(response.id);
      if ('error' in response) call.reject(new Error(`the workbook reader failed: ${response.error}`));
      else call.resolve(response.outcome);
      // An idle worker must not keep the command line's process alive.
      if (pending.size === 0) spawned.unref();
    });
    spawned.on('error', (error) => {
      if (worker === spawned) worker = null;
      failAll(new Error(`the workbook reader stopped: ${error.message}`));
    });
    spawned.on('exit', (code) => {
      if (worker === spawned) worker = null;
      failAll(new Error(`the workbook reader stopped (exit code ${code})`));
    });
    return spawned;
  };

  return {
    readWorkbook(bytes, options) {
      worker ??= start();
      const running = worker;
      const id = nextId++;
      // A copy is transferred, so the caller's bytes stay usable and nothing is copied twice.
      const copy = bytes.slice();
      const request: ReadRequest = { id, bytes: copy, options };
      return new Promise<ReadOutcome>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        running.ref();
        running.postMessage(request, [copy.buffer]);
      });
    },

    async close() {
      const running = worker;
      worker = null;
      if (!running) return;
      failAll(new Error('the workbook reader was closed'));
      await running.terminate();
    },
  };
}
