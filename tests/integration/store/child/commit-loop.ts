/**
 * A second process for the store tests, run with `node --import tsx`:
 *   commit-loop.ts DIR loop           commits generation 1, 2, 3… (every observation set to g), printing "committed g"
 *   commit-loop.ts DIR die-at N       like loop, but kills itself (SIGKILL) right after the engine's N-th write
 *   commit-loop.ts DIR hold           opens the store, prints "ready", and waits to be killed
 */
import { confEngine, openDatasetStore, type EngineFile, type StoreEngine } from '../../../../electron/store';
import { makeObservations } from '../dataset-fixture';

const [directory, mode = 'loop', argument] = process.argv.slice(2);
if (!directory) throw new Error('usage: commit-loop.ts DIR loop|die-at N|hold');

/** The real engine, with a way to die mid-commit at an exact point. */
function engineDyingAt(writeNumber: number): StoreEngine {
  let writes = 0;
  return {
    name: 'dying conf',
    openFile(folder, fileName): EngineFile {
      const file = confEngine.openFile(folder, fileName);
      return {
        path: file.path,
        read: () => file.read(),
        write(value) {
          file.write(value);
          if (++writes === writeNumber) {
            process.stdout.write(`dying after ${file.path}\n`);
            process.kill(process.pid, 'SIGKILL');
          }
        },
      };
    },
  };
}

const engine = mode === 'die-at' ? engineDyingAt(Number(argument)) : confEngine;
const store = await openDatasetStore({ directory, engine });
if (mode === 'hold') {
  process.stdout.write('ready\n');
  setInterval(() => undefined, 1000);
} else {
  for (let generation = 1; generation <= 1000; generation++) {
    await store.commit({ upsert: makeObservations({ zones: 4, indicators: 10, years: 2, value: generation }) });
    process.stdout.write(`committed ${generation}\n`);
  }
  await store.close();
}
