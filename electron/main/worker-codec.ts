import { Worker } from 'node:worker_threads';
import type { WorkbookCodec } from '../../shared/app';
import type { ReadOutcome } from '../../shared/workbook/read';
import type { WorkbookRequest, WorkbookResponse } from './workbook-messages';

export interface WorkerCodecOptions {
  /** The worker's entry: the built workbook-worker.js beside main.js, or the TypeScript source under tsx. */
  workerUrl: URL;
  execArgv?: string[];
}

export interface WorkerCodec extends WorkbookCodec {
  /** Stops the worker; calls still waiting are refused. The next call starts a new one. */
  close(): Promise<void>;
}

/** Names the side of SheetJS a call used, in the messages of its failures. */
type Role = 'reader' | 'writer';

interface Pending {
  role: Role;
  settle(response: WorkbookResponse): void;
  reject(error: Error): void;
}

/**
 * Parses and writes workbooks on one worker thread, started on first use, so the main process keeps
 * serving IPC while SheetJS works. A crashed worker refuses the calls it held and is replaced on the next.
 */
export function createWorkerCodec({ workerUrl, execArgv }: WorkerCodecOptions): WorkerCodec {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (reason: (role: Role) => string) => {
    for (const call of pending.values()) call.reject(new Error(reason(call.role)));
    pending.clear();
  };

  const start = (): Worker => {
    const spawned = new Worker(workerUrl, execArgv ? { execArgv } : {});
    spawned.on('message', (response: WorkbookResponse) => {
      const call = pending.get(response.id);
      if (!call) return;
      pending.delete(response.id);
      if ('error' in response) call.reject(new Error(`the workbook ${call.role} failed: ${response.error}`));
      else call.settle(response);
      // An idle worker must not keep the command line's process alive.
      if (pending.size === 0) spawned.unref();
    });
    spawned.on('error', (error) => {
      if (worker === spawned) worker = null;
      failAll((role) => `the workbook ${role} stopped: ${error.message}`);
    });
    spawned.on('exit', (code) => {
      if (worker === spawned) worker = null;
      failAll((role) => `the workbook ${role} stopped (exit code ${code})`);
    });
    return spawned;
  };

  function call<T>(role: Role, request: WorkbookRequest, transfer: ArrayBuffer[], answer: (response: WorkbookResponse) => T): Promise<T> {
    worker ??= start();
    const running = worker;
    return new Promise<T>((resolve, reject) => {
      const settle = (response: WorkbookResponse) => {
        try {
          resolve(answer(response));
        } catch (error) {
          reject(error as Error);
        }
      };
      pending.set(request.id, { role, settle, reject });
      running.ref();
      running.postMessage(request, transfer);
    });
  }

  return {
    readWorkbook(bytes, options) {
      // A copy is transferred, so the caller's bytes stay usable and nothing is copied twice.
      const copy = bytes.slice();
      return call<ReadOutcome>('reader', { id: nextId++, kind: 'read', bytes: copy, options }, [copy.buffer], (response) => {
        if (!('outcome' in response)) throw new Error('the workbook reader answered without an outcome');
        return response.outcome;
      });
    },

    writeWorkbook(tables) {
      return call<Uint8Array>('writer', { id: nextId++, kind: 'write', tables }, [], (response) => {
        if (!('bytes' in response)) throw new Error('the workbook writer answered without bytes');
        return response.bytes;
      });
    },

    async close() {
      const running = worker;
      worker = null;
      if (!running) return;
      failAll((role) => `the workbook ${role} was closed`);
      await running.terminate();
    },
  };
}
