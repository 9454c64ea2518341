import { closeSync, fdatasyncSync, fsyncSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatasetStore } from '../../electron/store';
import { SCHEMA_VERSION } from '../../electron/store';
import { listDatasetFiles, shardFile } from '../../electron/store/layout';
import { encodeRecord } from '../../electron/store/wal-record';
import { addMonths, makePeriod } from '../../shared/model';
import { makeCatalog, makeObservations, zoneId } from '../integration/store/dataset-fixture';
import { median, sample, type BenchFigure, type BenchSuite } from './bench';

const SIZE = { zones: 20, indicators: 60, years: 10, firstYear: 2016, revisions: 1 };
const SAVES = 50;
const COMPACTIONS = 10;
const LOADS = 5;

/** The floor for saving a shard: its bytes to a temporary file, fsync, rename. */
function bareAtomicWrite(path: string, bytes: string): void {
  const temporary = `${path}.bare-tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

/** The floor for logging a commit: its record's bytes appended to an open file, fdatasync. */
function bareAppend(fd: number, bytes: Buffer): void {
  writeSync(fd, bytes);
  fdatasyncSync(fd);
}

async function timed(task: () => unknown): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

async function timedWithCpu(task: () => unknown): Promise<{ wall: number; cpu: number }> {
  const before = process.cpuUsage();
  const wall = await timed(task);
  const { user, system } = process.cpuUsage(before);
  return { wall, cpu: (user + system) / 1000 };
}

const ratio = (value: number, floor: number, what: string) => `${(value / floor).toFixed(2)}× ${what}`;

async function saveOneObservation(directory: string): Promise<BenchFigure[]> {
  const store = await openDatasetStore({ directory });
  const [observation] = await store.readObservations({
    zoneIds: [zoneId(9)],
    indicatorIds: ['ind-30'],
    from: '2021-06',
    to: '2021-06',
    basis: 'ytd',
  });
  let value = observation!.value!;
  const shard = join(directory, shardFile(zoneId(9), 2021));
  const bytes = readFileSync(shard, 'utf8');
  const record = encodeRecord(
    1,
    JSON.stringify({ schemaVersion: SCHEMA_VERSION, changes: [{ upsert: [{ ...observation!, value }] }] }),
  );
  const log = openSync(join(directory, 'bare-wal.log'), 'a');
  // Taken in turn, so the commit and both floors see the same moment of a shared machine.
  const saves: number[] = [];
  const appends: number[] = [];
  const bare: number[] = [];
  for (let run = -3; run < SAVES; run++) {
    const [save, append, atomic] = [
      await timed(() => store.commit({ upsert: [{ ...observation!, value: ++value }] })),
      await timed(() => bareAppend(log, record)),
      await timed(() => bareAtomicWrite(join(directory, 'bare-shard.json'), bytes)),
    ];
    if (run < 0) continue;
    saves.push(save);
    appends.push(append);
    bare.push(atomic);
  }
  closeSync(log);
  // The deferred cost: the logged commit written into its shard (journal, atomic write, fsyncs) and the log emptied.
  const compactions: number[] = [];
  for (let run = 0; run < COMPACTIONS; run++) {
    await store.commit({ upsert: [{ ...observation!, value: ++value }] });
    compactions.push(await timed(() => store.flush()));
  }

  const queries = await sample(
    () => store.readObservations({ zoneIds: [zoneId(3)], from: '2020-01', to: '2020-12' }),
    SAVES,
    3,
  );
  await store.close();
  return [
    {
      name: 'store.save-one-observation',
      value: median(saves),
      unit: 'ms',
      ratio:
        `logged: ${ratio(median(saves), median(appends), `bare append + fdatasync of its ${record.byteLength} B record (${median(appends).toFixed(2)} ms)`)}; ` +
        ratio(
          median(saves),
          median(bare),
          `bare atomic write of the ${(bytes.length / 1024).toFixed(0)} KB shard (${median(bare).toFixed(2)} ms)`,
        ),
    },
    {
      name: 'store.compact-one-observation',
      value: median(compactions),
      unit: 'ms',
      ratio: `${ratio(median(compactions), median(bare), 'bare atomic write of the shard')}; off the commit path, after 1 s of quiet`,
    },
    { name: 'store.read-one-zone-year', value: median(queries), unit: 'ms' },
  ];
}

/** Mid-December 2025: the Entry screen opens on 2025-11 beside 2024-11…2025-10, so 2024 and 2025 are read first. */
const DECEMBER = { now: () => new Date(2025, 11, 15, 10) };
/** In January the screen's year-on-year reaches two years back: three years are read first. */
const JANUARY = { now: () => new Date(2026, 0, 15, 10) };

/** Open lazily until the first screen's data is in: the catalog, the zone-month's window and its statuses. */
async function firstScreen(directory: string, clock: typeof DECEMBER): Promise<number> {
  const start = performance.now();
  const store = await openDatasetStore({ directory, clock, lazy: true });
  const now = clock.now();
  const period = makePeriod(now.getFullYear() - (now.getMonth() === 0 ? 1 : 0), now.getMonth() || 12);
  const [, window] = await Promise.all([
    store.readCatalog(),
    store.readObservations({ zoneIds: [zoneId(0)], from: addMonths(period, -12), to: period, basis: 'ytd' }),
    store.readMeta(`entry-status.${zoneId(0)}`),
  ]);
  const elapsed = performance.now() - start;
  if (window.length !== 13 * SIZE.indicators) throw new Error(`the first screen read ${window.length} observations`);
  await store.close();
  return elapsed;
}

async function coldLoad(directory: string): Promise<BenchFigure[]> {
  const files = listDatasetFiles(directory);
  const bareLoad = () => files.forEach((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')));
  let count = 0;
  const wholeLoad = async () => {
    const store = await openDatasetStore({ directory });
    count = (await store.readObservations({})).length;
    await store.close();
  };
  const lazyLoad = async () => {
    const store = await openDatasetStore({ directory, clock: DECEMBER, lazy: true });
    await store.loaded();
    await store.close();
  };
  // Taken in turn, so each figure and its floor see the same moments of a shared machine.
  const times = {
    bare: [] as number[],
    first: [] as number[],
    january: [] as number[],
    lazy: [] as number[],
    whole: [] as number[],
  };
  // CPU time (every thread: the collector's too) is the fairer figure where other work shares the cores.
  const cpu = { bare: [] as number[], lazy: [] as number[], whole: [] as number[] };
  for (let run = -1; run < LOADS; run++) {
    const round = {
      bare: await timedWithCpu(bareLoad),
      first: await firstScreen(directory, DECEMBER),
      january: await firstScreen(directory, JANUARY),
      lazy: await timedWithCpu(lazyLoad),
      whole: await timedWithCpu(wholeLoad),
    };
    if (run < 0) continue;
    times.first.push(round.first);
    times.january.push(round.january);
    for (const key of ['bare', 'lazy', 'whole'] as const) {
      times[key].push(round[key].wall);
      cpu[key].push(round[key].cpu);
    }
  }
  const bare = median(times.bare);
  const cpuRatio = (key: 'lazy' | 'whole') =>
    `CPU ${median(cpu[key]).toFixed(0)} ms, ${(median(cpu[key]) / median(cpu.bare)).toFixed(2)}× the bare read's ${median(cpu.bare).toFixed(0)} ms`;
  const floor = `bare read + JSON.parse of the ${files.length} files (${bare.toFixed(0)} ms)`;
  const sizes = files.map((file) => statSync(join(directory, file)).size);
  return [
    {
      name: 'store.first-screen',
      value: median(times.first),
      unit: 'ms',
      ratio: `${ratio(median(times.first), bare, floor)}; catalog + a zone's 13-month window, opened lazily in December; bar 300 ms`,
    },
    {
      name: 'store.first-screen-january',
      value: median(times.january),
      unit: 'ms',
      ratio: `${ratio(median(times.january), bare, 'the bare read')}; three years read first`,
    },
    {
      name: 'store.full-load',
      value: median(times.lazy),
      unit: 'ms',
      ratio: `${ratio(median(times.lazy), bare, floor)}; ${cpuRatio('lazy')}: lazy open until every shard is read; bar 1.2×`,
    },
    {
      name: 'store.cold-load',
      value: median(times.whole),
      unit: 'ms',
      ratio: `${ratio(median(times.whole), bare, 'the bare read')}; ${cpuRatio('whole')}: whole open + reading all ${count} observations`,
    },
    {
      name: 'store.largest-shard',
      value: Math.max(...sizes) / 1024,
      unit: 'KB',
      ratio: `${(sizes.reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(1)} MB in all`,
    },
  ];
}

export const suite: BenchSuite = {
  title: `Storage: ${SIZE.zones} zones × ${SIZE.indicators} indicators × ${SIZE.years} years × 12 months × 2 bases, one revision each (conf engine)`,
  async run() {
    const directory = await mkdtemp(join(tmpdir(), 'zone-stats-bench-'));
    try {
      const store = await openDatasetStore({ directory });
      const start = performance.now();
      await store.commit({ catalog: makeCatalog(SIZE.zones, SIZE.indicators), upsert: makeObservations(SIZE) });
      const build = performance.now() - start;
      await store.close();
      return [
        { name: 'store.commit-whole-dataset', value: build, unit: 'ms' },
        ...(await saveOneObservation(directory)),
        ...(await coldLoad(directory)),
      ];
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  },
};
