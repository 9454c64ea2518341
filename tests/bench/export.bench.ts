import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openDatasetStore } from '../../electron/store';
import {
  periodFromIndex,
  periodIndex,
  type Catalog,
  type Indicator,
  type Observation,
  type Zone,
} from '../../shared/model';
import { type BenchFigure, type BenchSuite } from './bench';
import { hasBuiltCli, runBuiltCli } from './built-cli';

const ZONES = 20;
const PARENTS = 10;
const CHILDREN_PER_PARENT = 5;
const MONTHS = 120;
const FIRST_MONTH = periodIndex('2016-01');

/** 20 zones (the last one every other zone's benchmark); 10 parents × 5 components = 60 indicators. */
function catalog(): Catalog {
  const zones: Zone[] = Array.from({ length: ZONES }, (_, z) => ({
    id: `zone-${z}`,
    name: `Development zone ${z}`,
    nameZh: `开发区${z}`,
    region: 'Inner Mongolia',
    benchmarkZoneId: z === ZONES - 1 ? null : `zone-${ZONES - 1}`,
  }));
  const indicators: Indicator[] = [];
  const base = {
    unit: '10k CNY',
    kind: 'flow' as const,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  };
  for (let p = 0; p < PARENTS; p++) {
    indicators.push({ ...base, id: `p${p}`, name: `Parent indicator ${p}`, nameZh: `上级指标${p}`, parentId: null });
    for (let c = 0; c < CHILDREN_PER_PARENT; c++) {
      indicators.push({
        ...base,
        id: `p${p}c${c}`,
        name: `Component ${p}.${c}`,
        nameZh: `分项${p}.${c}`,
        parentId: `p${p}`,
      });
    }
  }
  return { zones, indicators };
}

/** Every zone × indicator × month × basis over ten years: monthly values and their year-to-date sums, a published rate on ytd. */
function observations({ zones, indicators }: Catalog): Observation[] {
  const list: Observation[] = [];
  zones.forEach((zone, z) => {
    indicators.forEach((indicator, i) => {
      let yearToDate = 0;
      for (let t = 0; t < MONTHS; t++) {
        const month = (FIRST_MONTH + t) % 12;
        const value = (1000 + 10 * z + i) * 1.08 ** (t / 12) * (1 + 0.1 * Math.sin(month + z));
        yearToDate = month === 0 ? value : yearToDate + value;
        const common = {
          zoneId: zone.id,
          indicatorId: indicator.id,
          period: periodFromIndex(FIRST_MONTH + t),
          source: 'Municipal Bureau of Statistics',
          note: '',
          updatedAt: '2026-11-28T10:00:00.000Z',
          history: [],
        };
        list.push({ ...common, basis: 'month', value, yoyPct: null });
        list.push({ ...common, basis: 'ytd', value: yearToDate, yoyPct: t >= 12 ? 8 + ((z + i + t) % 7) / 10 : null });
      }
    });
  });
  return list;
}

const HERE = dirname(fileURLToPath(import.meta.url));
/** The bars of issue 11: one period ≤ 1.5 s and ≤ 300 MB, every period ≤ 6 s and ≤ 500 MB, each ≥ 2× faster than LibreOffice. */
const BARS = { one: { seconds: 1.5, megabytes: 300 }, all: { seconds: 6, megabytes: 500 } };

interface ChildRun {
  ms: number;
  /** Processor time (user + system): what the export costs even when other work shares the machine. */
  cpuMs: number;
  maxRssMb: number;
  bytes: number;
}

/** One export in a fresh Node process (store opened, metrics computed, file written), its time and peak memory. */
function runChild(directory: string, mode: string, out: string): ChildRun {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(HERE, 'export-child.ts'), directory, mode, out],
    { encoding: 'utf8', env: process.env, maxBuffer: 1 << 20 },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!) as ChildRun;
}

/** The built command line (`zone-stats export`), as a user runs it and as issue 11 measured it. */
function runCli(directory: string, span: 'one' | 'all', out: string): ChildRun {
  const period = span === 'one' ? ['--period', '2025-12'] : [];
  const run = runBuiltCli(['export', out, '--data', directory, ...period]);
  return { ...run, bytes: statSync(out).size };
}

const hasLibreOffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** LibreOffice reading the workbook and writing the same rows back as .xlsx: seconds. */
function libreOfficeSeconds(file: string): number {
  const outdir = mkdtempSync(join(dirname(file), 'lo-'));
  const profile = pathToFileURL(mkdtempSync(join(dirname(file), 'lo-profile-'))).href;
  const start = performance.now();
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outdir,
      file,
    ],
    { stdio: 'ignore', timeout: 900_000 },
  );
  return (performance.now() - start) / 1000;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB file`;

export const suite: BenchSuite = {
  title: `export: ${ZONES} zones × ${PARENTS * (1 + CHILDREN_PER_PARENT)} indicators × ${MONTHS} months × 2 bases, real store, each export in a fresh process`,
  async run() {
    const directory = await mkdtemp(join(tmpdir(), 'zone-stats-export-bench-'));
    const store = await openDatasetStore({ directory });
    try {
      const data = catalog();
      const rows = observations(data);
      await store.commit({ catalog: data, upsert: rows });
      await store.close();
      const figures: BenchFigure[] = [];
      const floor = runChild(directory, 'open', join(directory, 'open-only'));
      figures.push({
        name: 'export.store-open-floor',
        value: floor.maxRssMb,
        unit: 'MB',
        ratio: `peak of Node + tsx with the store opened and read whole, nothing written: every export starts here (${(floor.cpuMs / 1000).toFixed(2)} s CPU; ${(floor.maxRssMb / BARS.one.megabytes).toFixed(2)} of the one-period bar)`,
      });
      for (const span of ['one', 'all'] as const) {
        const out = join(directory, `export-${span}.xlsx`);
        const ours = runChild(directory, span, out);
        const bar = BARS[span];
        const lo = hasLibreOffice ? libreOfficeSeconds(out) : null;
        const versusLo =
          lo === null
            ? 'LibreOffice not installed'
            : `${(lo / (ours.ms / 1000)).toFixed(1)}× faster than LibreOffice rewriting the same workbook (${lo.toFixed(2)} s wall; bar ≥ 2×)`;
        const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
        figures.push({
          name: `export.workbook-${span}-period${span === 'all' ? 's' : ''}`,
          value: ours.cpuMs / 1000,
          unit: 's CPU',
          ratio: `${(ours.cpuMs / 1000 / bar.seconds).toFixed(2)} of the ${bar.seconds} s bar; ${(ours.ms / 1000).toFixed(2)} s wall at ${load}; ${versusLo}; ${mb(ours.bytes)}`,
        });
        figures.push({
          name: `export.workbook-${span}-peak-rss`,
          value: ours.maxRssMb,
          unit: 'MB',
          ratio: `${(ours.maxRssMb / bar.megabytes).toFixed(2)} of the ${bar.megabytes} MB bar`,
        });
        if (hasBuiltCli()) {
          const cli = runCli(directory, span, join(directory, `cli-${span}.xlsx`));
          figures.push({
            name: `export.command-line-${span}`,
            value: cli.cpuMs / 1000,
            unit: 's CPU',
            ratio: `the built zone-stats export, whole process: ${(cli.cpuMs / 1000 / bar.seconds).toFixed(2)} of the ${bar.seconds} s bar; ${(cli.ms / 1000).toFixed(2)} s wall; peak ${cli.maxRssMb.toFixed(0)} MB (${(cli.maxRssMb / bar.megabytes).toFixed(2)} of the ${bar.megabytes} MB bar)${lo === null ? '' : `; ${(lo / (cli.ms / 1000)).toFixed(1)}× faster than LibreOffice`}`,
          });
        } else
          figures.push({
            name: `export.command-line-${span}`,
            value: 0,
            unit: 's CPU',
            ratio: 'not measured: run npm run build:cli first',
          });
        const sheetjs = runChild(directory, `sheetjs-${span}`, join(directory, `sheetjs-${span}.xlsx`));
        figures.push({
          name: `export.sheetjs-${span}`,
          value: sheetjs.ms / 1000,
          unit: 's',
          ratio: `the former SheetJS writer, same tables: ${(sheetjs.ms / ours.ms).toFixed(2)}× ours (wall), ${(sheetjs.cpuMs / 1000).toFixed(2)} s CPU; peak ${sheetjs.maxRssMb.toFixed(0)} MB; ${mb(sheetjs.bytes)}`,
        });
        const excelDir = process.env.EXCELJS_DIR;
        if (excelDir && existsSync(join(excelDir, 'node_modules', 'exceljs'))) {
          const excel = runChild(directory, `exceljs-${span}`, join(directory, `exceljs-${span}.xlsx`));
          figures.push({
            name: `export.exceljs-${span}`,
            value: excel.ms / 1000,
            unit: 's',
            ratio: `exceljs streaming WorkbookWriter, same tables: ${(excel.ms / ours.ms).toFixed(2)}× ours (wall), ${(excel.cpuMs / 1000).toFixed(2)} s CPU; peak ${excel.maxRssMb.toFixed(0)} MB; ${mb(excel.bytes)}`,
          });
        }
      }
      return figures;
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  },
};
