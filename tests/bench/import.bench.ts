import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { createHandlers, systemClock, type WorkbookCodec } from '../../shared/app';
import { openDatasetStore, openPreferencesStore } from '../../electron/store';
import { readWorkbookAsync } from '../../shared/workbook/read';
import { loadCodepages } from '../../shared/workbook/read/codepages';
import { peakAndTime, peakMegabytes } from './peak-memory';
import { buildWorkbookWorker } from './built-worker';
import { FileRegistry } from '../../electron/files/file-registry';
import { nodeWorkbookCodec, nodeZip } from '../../electron/files/raw-inflate';
import { median, type BenchFigure, type BenchSuite } from './bench';
import { hasBuiltCli, runBuiltCli } from './built-cli';
import { CLI_NODE_FLAGS } from '../../electron/cli/node-flags';

const ZONES = 20;
const INDICATORS = 60;
const MONTHS = 110;
const FIRST_YEAR = 2016;
const RUNS = 3;

/** The canonical workbook of issue 5's target: 20 zones × 60 indicators × 110 months, year to date. */
export function writeWorkbook(path: string): number {
  const zones = [['zone_id', 'name', 'name_zh', 'region', 'benchmark_zone_id']];
  for (let z = 0; z < ZONES; z++) zones.push([`zone-${z}`, `Zone ${z}`, `开发区${z}`, 'Region', '']);
  const indicators = [['indicator_id', 'name', 'name_zh', 'unit', 'kind', 'parent_indicator_id']];
  for (let i = 0; i < INDICATORS; i++)
    indicators.push([`ind-${i}`, `Indicator ${i}`, `指标${i}`, '万元', 'flow', i > 0 && i < 10 ? 'ind-0' : '']);
  const observations: unknown[][] = [['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note']];
  for (let z = 0; z < ZONES; z++) {
    for (let i = 0; i < INDICATORS; i++) {
      for (let m = 0; m < MONTHS; m++) {
        const period = `${FIRST_YEAR + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
        observations.push([
          `zone-${z}`,
          `ind-${i}`,
          period,
          'ytd',
          1000 + z * 13 + i * 7 + m * 3.5,
          Math.round(((m * 7 + i) % 300) - 50) / 10,
          'bureau',
          '',
        ]);
      }
    }
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(zones), 'Zones');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(indicators), 'Indicators');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(observations), 'Observations');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  return observations.length - 1;
}

interface Timing {
  wall: number;
  /** Milliseconds of CPU of the whole process (every thread, the garbage collector's too): the fair figure on a busy machine. */
  cpu: number;
}

async function timed(task: () => unknown): Promise<Timing> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  await task();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
}

/** The floor: SheetJS reading the file and turning every sheet into objects, nothing checked or stored. */
function bareRead(path: string): number {
  const workbook = XLSX.read(readFileSync(path));
  let rows = 0;
  for (const name of workbook.SheetNames) rows += XLSX.utils.sheet_to_json(workbook.Sheets[name]!).length;
  return rows;
}

/** The import as the app runs it: file → handle → preview (read, check, diff) → commit into an empty store. */
export async function importInto(
  path: string,
  directory: string,
  workbookCodec: WorkbookCodec = nodeWorkbookCodec,
): Promise<number> {
  const store = await openDatasetStore({ directory });
  try {
    const files = new FileRegistry();
    const api = createHandlers({
      store,
      preferences: openPreferencesStore({ directory }),
      clock: systemClock,
      files,
      // As the command line reads unless told otherwise: the streaming reader with zlib's inflate.
      workbookCodec,
    });
    const registered = await files.registerRead(path);
    if (!registered.ok) throw new Error(registered.message);
    const file = { handle: registered.handle.id, name: 'bench.xlsx' };
    const preview = await api.previewImport({ file });
    if (!preview.ok || preview.value.errors > 0)
      throw new Error(
        `preview failed: ${preview.ok ? JSON.stringify(preview.value.problems.slice(0, 3)) : preview.error.message}`,
      );
    const report = await api.commitImport({ token: preview.value.token });
    if (!report.ok) throw new Error(`commit failed: ${report.error.message}`);
    await store.flush();
    return report.value.added;
  } finally {
    await store.close();
  }
}

/** The reading alone, as the import does it: the fast reader for plain .xlsx, or SheetJS for every file (before issue 11). */
async function readOnly(path: string, fastXlsx: boolean): Promise<number> {
  const outcome = await readWorkbookAsync(new Uint8Array(readFileSync(path)), {
    fileName: 'bench.xlsx',
    fastXlsx,
    native: nodeZip,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.workbook.sheets.reduce((rows, sheet) => rows + sheet.rows.length, 0);
}

/**
 * What a user would reach for instead: LibreOffice converting the workbook to CSV (headless, its
 * start included, as a user runs it), after one conversion that makes its profile; the median of
 * `RUNS` conversions, as the import's own figure is. Null when missing.
 */
function libreOfficeToCsv(path: string, folder: string): number | null {
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const profile = `file://${join(folder, 'lo-profile')}`;
  const out = join(folder, 'csv');
  mkdirSync(out, { recursive: true });
  const convert = () =>
    spawnSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv', '--outdir', out, path],
      { stdio: 'ignore' },
    );
  convert();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    if (convert().status !== 0) return null;
    times.push(performance.now() - start);
  }
  return median(times);
}

export const suite: BenchSuite = {
  title: `import: ${ZONES} zones × ${INDICATORS} indicators × ${MONTHS} months (ytd), end to end vs bare SheetJS read + sheet_to_json`,
  async run(): Promise<BenchFigure[]> {
    const folder = await mkdtemp(join(tmpdir(), 'zone-stats-import-bench-'));
    try {
      const path = join(folder, 'bench.xlsx');
      const rows = writeWorkbook(path);
      const bare: Timing[] = [];
      const ours: Timing[] = [];
      for (let run = 0; run < RUNS; run++) {
        bare.push(
          await timed(() => {
            if (bareRead(path) < rows) throw new Error('bare read lost rows');
          }),
        );
        const directory = join(folder, `store-${run}`);
        ours.push(
          await timed(async () => {
            const added = await importInto(path, directory);
            if (added !== rows) throw new Error(`imported ${added} of ${rows} rows`);
          }),
        );
        await rm(directory, { recursive: true, force: true });
      }
      // Read through SheetJS, the file needs its code pages: loaded once, as the app does on its first such file.
      await loadCodepages();
      const slowRead: Timing[] = [];
      const fastRead: Timing[] = [];
      for (let run = 0; run < RUNS; run++) {
        slowRead.push(await timed(() => readOnly(path, false)));
        fastRead.push(
          await timed(async () => {
            if ((await readOnly(path, true)) < rows) throw new Error('the fast reader lost rows');
          }),
        );
      }
      const floor = median(bare.map((timing) => timing.wall));
      const value = median(ours.map((timing) => timing.wall));
      const slow = median(slowRead.map((timing) => timing.wall));
      const fast = median(fastRead.map((timing) => timing.wall));
      const cpu = {
        floor: median(bare.map((timing) => timing.cpu)),
        value: median(ours.map((timing) => timing.cpu)),
        slow: median(slowRead.map((timing) => timing.cpu)),
        fast: median(fastRead.map((timing) => timing.cpu)),
      };
      const office = libreOfficeToCsv(path, folder);
      const idle = peakMegabytes('idle', [path]);
      const peak = peakMegabytes('import', [path]);
      const peakWithCliFlags = peakMegabytes('import', [path], CLI_NODE_FLAGS);
      const cli = hasBuiltCli() ? runBuiltCli(['import', path, '--data', join(folder, 'cli-store')]) : null;
      const workerUrl = (await buildWorkbookWorker(join(folder, 'worker'))).href;
      const asApp = peakAndTime('import-as-app', [path, workerUrl]);
      const asAppWarmed = peakAndTime('import-as-app', [path, workerUrl, 'warmed']);
      const versusOffice =
        office === null
          ? 'LibreOffice not installed'
          : `LibreOffice xlsx→csv takes ${(office / value).toFixed(2)}× as long (target ≥ 2×)`;
      return [
        {
          name: `bare SheetJS read + sheet_to_json (${rows.toLocaleString('en')} rows)`,
          value: floor,
          unit: 'ms',
          ratio: `CPU ${cpu.floor.toFixed(0)} ms`,
        },
        {
          name: 'read through SheetJS (checked unzip, then SheetJS; every file before issue 11)',
          value: slow,
          unit: 'ms',
          ratio: `CPU ${cpu.slow.toFixed(0)} ms; ${(cpu.slow / cpu.floor).toFixed(2)}× bare read's CPU`,
        },
        {
          name: "read through the streaming reader (each sheet scanned while zlib's thread inflates its next piece, one pass)",
          value: fast,
          unit: 'ms',
          ratio: `CPU ${cpu.fast.toFixed(0)} ms; ${(cpu.slow / cpu.fast).toFixed(2)}× less CPU than through SheetJS, ${(cpu.fast / cpu.floor).toFixed(2)}× bare read's CPU`,
        },
        ...(office === null
          ? []
          : [
              {
                name: `LibreOffice xlsx→csv of the same file (soffice --headless --convert-to csv, median of ${RUNS})`,
                value: office,
                unit: 'ms',
              },
            ]),
        {
          name: 'import end to end (read, check, diff, commit into an empty store)',
          value,
          unit: 'ms',
          ratio: `CPU ${cpu.value.toFixed(0)} ms; ${(cpu.value / cpu.floor).toFixed(2)}× bare read's CPU; ${versusOffice}; target ≤ 1500 ms`,
        },
        {
          name: "import end to end in-process, peak memory in a child process (Node's default V8 settings)",
          value: peak,
          unit: 'MB',
          ratio: `Node + tsx with the file read: ${idle.toFixed(0)} MB; target ≤ 250 MB`,
        },
        {
          name: `the same with the command line's V8 settings (${CLI_NODE_FLAGS.join(' ')})`,
          value: peakWithCliFlags,
          unit: 'MB',
          ratio: `target ≤ 250 MB`,
        },
        {
          name: 'import as the desktop app runs it (the built workbook worker reads and checks, this thread compares and commits; a fresh process, default V8)',
          value: asApp.ms,
          unit: 'ms',
          ratio: `peak ${asApp.peakMb.toFixed(0)} MB, ${(asApp.peakMb - idle).toFixed(0)} MB over Node + tsx with the file read (target ≤ 250 MB)${office === null ? '' : `; LibreOffice xlsx→csv takes ${(office / asApp.ms).toFixed(2)}× as long`}`,
        },
        {
          name: 'the same with the worker started while the file was chosen (the open dialog warms it)',
          value: asAppWarmed.ms,
          unit: 'ms',
          ratio: `peak ${asAppWarmed.peakMb.toFixed(0)} MB${office === null ? '' : `; LibreOffice xlsx→csv takes ${(office / asAppWarmed.ms).toFixed(2)}× as long`}`,
        },
        cli === null
          ? {
              name: 'import through the built command line',
              value: 0,
              unit: 'ms',
              ratio: 'not measured: run npm run build:cli first',
            }
          : {
              name: 'import through the built command line (zone-stats import, whole process, empty store)',
              value: cli.ms,
              unit: 'ms',
              ratio: `CPU ${cli.cpuMs.toFixed(0)} ms; peak ${cli.maxRssMb.toFixed(0)} MB (target ≤ 250 MB)${office === null ? '' : `; LibreOffice xlsx→csv takes ${(office / cli.ms).toFixed(2)}× as long`}`,
            },
      ];
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
