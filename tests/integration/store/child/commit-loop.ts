/**
 * A second process for the store tests, run with `node --import tsx`:
 *   commit-loop.ts DIR loop           commits generation 1, 2, 3… (every observation set to g), printing "committed g"
 *   commit-loop.ts DIR die-at N       like loop, but kills itself (SIGKILL) right after the engine's N-th write
 *   commit-loop.ts DIR hold           opens the store, prints "ready", and waits to be killed
 *   commit-loop.ts DIR log-and-die N  makes N small (logged) commits, g = 1…N: zone-01 ind-01 2024-01 month set to g,
 *                                     and ind-02 2024-g month added; then kills itself (SIGKILL) at once
 */
import { confEngine, openDatasetStore, type StoreEngine } from '../../../../electron/store';
import { makePeriod } from '../../../../shared/model';
import { makeObservation, makeObservations, zoneId } from '../dataset-fixture';
import { wrapWrites } from '../wrap-writes';

const [directory, mode = 'loop', argument] = process.argv.slice(2);
if (!directory) throw new Error('usage: commit-loop.ts DIR loop|die-at N|hold|log-and-die N');

/** The real engine, with a way to die mid-commit at an exact point. */
function engineDyingAt(writeNumber: number): StoreEngine {
  let writes = 0;
  return wrapWrites(confEngine, 'dying conf', {
    afterWrite(path) {
      if (++writes !== writeNumber) return;
      process.stdout.write(`dying after ${path}\n`);
      process.kill(process.pid, 'SIGKILL');
    },
  });
}

const engine = mode === 'die-at' ? engineDyingAt(Number(argument)) : confEngine;
const store = await openDatasetStore({ directory, engine });
if (mode === 'hold') {
  process.stdout.write('ready\n');
  setInterval(() => undefined, 1000);
} else if (mode === 'log-and-die') {
  for (let generation = 1; generation <= Number(argument); generation++) {
    await store.commit({
      upsert: [
        makeObservation(zoneId(0), 'ind-01', '2024-01', 'month', { value: generation }),
        makeObservation(zoneId(0), 'ind-02', makePeriod(2024, generation), 'month', { value: generation }),
      ],
    });
    process.stdout.write(`committed ${generation}\n`);
  }
  process.kill(process.pid, 'SIGKILL');
} else {
  for (let generation = 1; generation <= 1000; generation++) {
    await store.commit({ upsert: makeObservations({ zones: 4, indicators: 10, years: 2, value: generation }) });
    process.stdout.write(`committed ${generation}\n`);
  }
  await store.close();
}
