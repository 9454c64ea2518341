import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkerCodec } from '../../electron/main/worker-codec';
import { importInto } from './import.bench';
import { ownPeakKb } from './own-peak';

/** One task of peak-memory.ts, in its own process: prints `peak-kb N` (the process's maximum resident set). */
const tasks: Record<string, (...args: string[]) => Promise<unknown>> = {
  /** Node with tsx and the file read: the floor every task starts from. */
  async idle(path: string) {
    return readFileSync(path).length;
  },
  async import(path: string) {
    const folder = await mkdtemp(join(tmpdir(), 'zone-stats-peak-'));
    try {
      return await importInto(path, join(folder, 'store'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
  /**
   * As the desktop app imports: the built workbook worker reads and checks the file, this thread
   * compares and commits. `warmed`: the worker started while the user chose the file, as the open
   * dialog starts it (the dialog's second not counted).
   */
  async 'import-as-app'(path: string, workerUrl: string, warmed = '') {
    const folder = await mkdtemp(join(tmpdir(), 'zone-stats-peak-'));
    // No loader in the worker: it runs the built JavaScript alone, as in the packaged app (by default
    // a worker takes this process's `--import tsx`, which cost it ~0.5 s of loading and source maps).
    const codec = createWorkerCodec({ workerUrl: new URL(workerUrl), execArgv: [] });
    try {
      if (warmed === 'warmed') {
        codec.warm();
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      const start = performance.now();
      const added = await importInto(path, join(folder, 'store'), codec);
      console.log(`took-ms ${performance.now() - start}`);
      return added;
    } finally {
      await codec.close();
      await rm(folder, { recursive: true, force: true });
    }
  },
};

const [task, ...args] = process.argv.slice(2);
const run = task ? tasks[task] : undefined;
if (!run) throw new Error(`unknown task ${String(task)}`);
await run(...args);
console.log(`peak-kb ${ownPeakKb()}`);
