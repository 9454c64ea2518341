/**
 * One export in a fresh process, so its peak memory (own-peak.ts) is the export's own: run by
 * export.bench.ts as `node --import tsx export-child.ts DATA_DIR MODE OUT`. Prints one JSON line.
 * MODE: `one` / `all` (the app's export), `sheetjs-*` (the former SheetJS writer),
 * `exceljs-*` (exceljs's streaming writer, from EXCELJS_DIR) — the same tables each time — or
 * `open`: the store opened and read whole, nothing written (the floor every export starts from).
 */
import { statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FileRegistry } from '../../electron/files/file-registry';
import { nodeRawDeflate } from '../../electron/files/raw-deflate';
import { openDatasetStore, openPreferencesStore } from '../../electron/store';
import { createHandlers, type Clock } from '../../shared/app';
import { ownPeakKb } from './own-peak';
import { resolveExportScope } from '../../shared/app/export/export-scope';
import { workbookInput } from '../../shared/app/export/workbook-input';
import { createMetricsEngine } from '../../shared/metrics';
import { comparisonWorkbookTables, writeTables, type Table } from '../../shared/workbook/write';

const [directory, mode, out] = process.argv.slice(2) as [string, string, string];
const PERIOD = '2025-12';
const clock: Clock = { now: () => new Date('2026-11-28T10:00:00.000Z') };
const onePeriod = mode.endsWith('one');

async function tablesOf(): Promise<Table[]> {
  const store = await openDatasetStore({ directory });
  const [catalog, observations] = await Promise.all([store.readCatalog(), store.readObservations({})]);
  await store.close();
  const resolved = resolveExportScope(catalog, observations, onePeriod ? { period: PERIOD } : {}, {
    language: 'en',
    threshold: 10,
  });
  if (!resolved.ok) throw new Error('scope');
  const engine = createMetricsEngine(catalog, observations, { threshold: 10 });
  return comparisonWorkbookTables(
    workbookInput(engine, resolved.scope, { name: 'Zone Stats', version: 'bench' }, clock.now()),
  );
}

/** exceljs's streaming WorkbookWriter: rows committed one by one, the same formats and frozen header. */
async function writeWithExcelJs(tables: Table[]): Promise<void> {
  const require = createRequire(join(process.env.EXCELJS_DIR ?? '/nonexistent', 'package.json'));
  const ExcelJS = require('exceljs') as {
    stream: {
      xlsx: {
        WorkbookWriter: new (options: object) => {
          addWorksheet(
            name: string,
            options: object,
          ): { columns: object[]; addRow(values: unknown[]): { commit(): void }; commit(): void };
          commit(): Promise<void>;
        };
      };
    };
  };
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: true, useStyles: true });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: 14,
      style: column.kind === 'text' ? {} : { numFmt: column.kind === 'value' ? '#,##0.0' : '0.0' },
    }));
    for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null)).commit();
    sheet.commit();
  }
  await workbook.commit();
}

const start = performance.now();
const cpuStart = process.cpuUsage();
if (mode === 'one' || mode === 'all') {
  const store = await openDatasetStore({ directory });
  const files = new FileRegistry();
  const handlers = createHandlers({
    store,
    files,
    deflate: nodeRawDeflate,
    preferences: openPreferencesStore({ directory }),
    clock,
    application: { name: 'Zone Stats', version: 'bench' },
  });
  const result = await handlers.exportWorkbook({
    ...(onePeriod ? { period: PERIOD } : {}),
    target: files.registerWrite(out).id,
  });
  if (!result.ok) throw new Error(result.error.message);
  await store.close();
} else if (mode === 'open') {
  const store = await openDatasetStore({ directory });
  await Promise.all([store.readCatalog(), store.readObservations({})]);
  await store.close();
  writeFileSync(out, '');
} else if (mode.startsWith('sheetjs')) {
  writeFileSync(out, writeTables(await tablesOf()));
} else if (mode.startsWith('exceljs')) {
  await writeWithExcelJs(await tablesOf());
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssMb: ownPeakKb() / 1024,
    bytes: statSync(out).size,
  }),
);
