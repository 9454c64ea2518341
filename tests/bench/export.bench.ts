import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { FileRegistry } from '../../electron/files/file-registry';
import { openDatasetStore, openPreferencesStore } from '../../electron/store';
import type { ExportedFile, Result } from '../../shared/api';
import { createHandlers, type Clock } from '../../shared/app';
import { periodFromIndex, periodIndex, type Catalog, type Indicator, type Observation, type Zone } from '../../shared/model';
import { median, sample, type BenchSuite } from './bench';

const ZONES = 20;
const PARENTS = 10;
const CHILDREN_PER_PARENT = 5;
const MONTHS = 120;
const FIRST_MONTH = periodIndex('2016-01');
const RUNS = 3;

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
  const base = { unit: '10k CNY', kind: 'flow' as const, required: false, plausibleYoyMin: null, plausibleYoyMax: null };
  for (let p = 0; p < PARENTS; p++) {
    indicators.push({ ...base, id: `p${p}`, name: `Parent indicator ${p}`, nameZh: `上级指标${p}`, parentId: null });
    for (let c = 0; c < CHILDREN_PER_PARENT; c++) {
      indicators.push({ ...base, id: `p${p}c${c}`, name: `Component ${p}.${c}`, nameZh: `分项${p}.${c}`, parentId: `p${p}` });
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
        const common = { zoneId: zone.id, indicatorId: indicator.id, period: periodFromIndex(FIRST_MONTH + t), source: 'Municipal Bureau of Statistics', note: '', updatedAt: '2026-11-28T10:00:00.000Z', history: [] };
        list.push({ ...common, basis: 'month', value, yoyPct: null });
        list.push({ ...common, basis: 'ytd', value: yearToDate, yoyPct: t >= 12 ? 8 + ((z + i + t) % 7) / 10 : null });
      }
    });
  });
  return list;
}

/** The floor: SheetJS alone writing the same Observations rows as one sheet, compressed. */
function bareSheetJsWrite(rows: Observation[]): Uint8Array {
  const header = ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note'];
  const sheet = XLSX.utils.aoa_to_sheet([header, ...rows.map((o) => [o.zoneId, o.indicatorId, o.period, o.basis, o.value, o.yoyPct, o.source, o.note])]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Observations');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}

function unwrap(result: Result<ExportedFile>): ExportedFile {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const clock: Clock = { now: () => new Date('2026-11-28T10:00:00.000Z') };

export const suite: BenchSuite = {
  title: `export: ${ZONES} zones × ${PARENTS * (1 + CHILDREN_PER_PARENT)} indicators × ${MONTHS} months × 2 bases, real store`,
  async run() {
    const directory = await mkdtemp(join(tmpdir(), 'zone-stats-export-bench-'));
    const store = await openDatasetStore({ directory });
    try {
      const data = catalog();
      const rows = observations(data);
      await store.commit({ catalog: data, upsert: rows });
      const files = new FileRegistry();
      const target = (name: string) => files.registerWrite(join(directory, name)).id;
      const handlers = createHandlers({ store, files, preferences: openPreferencesStore({ directory }), clock, application: { name: 'Zone Stats', version: 'bench' } });

      let file: ExportedFile | null = null;
      const exports = await sample(async () => (file = unwrap(await handlers.exportWorkbook({ target: target('all.xlsx') }))), RUNS, 0);
      const oneMonth = await sample(() => handlers.exportWorkbook({ period: '2025-12', target: target('one.xlsx') }), RUNS, 1);
      const csv = await sample(() => handlers.exportMetricsCsv({ target: target('metrics.csv') }), RUNS, 0);
      let bareBytes = 0;
      const bare = await sample(() => (bareBytes = bareSheetJsWrite(rows).length), RUNS, 0);

      const exported = file as ExportedFile | null;
      const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      return [
        {
          name: 'export.workbook-all-periods',
          value: median(exports) / 1000,
          unit: 's',
          ratio: `${(median(exports) / median(bare)).toFixed(2)}× bare SheetJS write of the ${rows.length.toLocaleString('en')} Observations rows (${(median(bare) / 1000).toFixed(2)} s, ${megabytes(bareBytes)}); ${exported?.metricRows.toLocaleString('en')} metric rows, ${megabytes(exported?.sizeBytes ?? 0)}`,
        },
        { name: 'export.workbook-one-period', value: median(oneMonth) / 1000, unit: 's', ratio: 'Metrics limited to 2025-12; all Observations still written' },
        { name: 'export.metrics-csv-all-periods', value: median(csv) / 1000, unit: 's' },
        { name: 'export.bare-sheetjs-observations', value: median(bare) / 1000, unit: 's' },
      ];
    } finally {
      await store.close();
      await rm(directory, { recursive: true, force: true });
    }
  },
};
