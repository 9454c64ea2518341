import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as XLSX from 'xlsx';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inProcessWorkbookCodec } from '../../../../shared/app/import/workbook-codec';
import type { WorkbookCodec } from '../../../../shared/app';
import { readWorkbook } from '../../../../shared/workbook/read';
import { comparisonWorkbookTables, writeTables, type Table, type TableCell } from '../../../../shared/workbook/write';
import { createWorkerCodec, WORKER_LIMITS, type WorkerCodec } from '../../../../electron/main/worker-codec';
import { sampleInput } from '../../workbook/write/sample-input';
import { workbookContents } from './workbook-contents';
import { COMPARISON_SHEETS } from '../../workbook/write/read-back';

// The real worker entry, run from its TypeScript source through tsx's loader.
const WORKER_URL = new URL('../../../../electron/main/workbook-worker.ts', import.meta.url);
const TSX = ['--import', 'tsx'];

function xlsx(rows: unknown[][]): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Observations');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

function largeWorkbook(rows: number): Uint8Array {
  const grid: unknown[][] = [['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct']];
  for (let row = 0; row < rows; row++)
    grid.push([
      `z${row % 20}`,
      `i${row % 60}`,
      `20${10 + (row % 15)}-0${1 + (row % 9)}`,
      'ytd',
      row * 1.5,
      (row % 40) - 10,
    ]);
  return xlsx(grid);
}

/** How many times a 10 ms interval fires while the codec reads the file. */
async function ticksDuring(codec: WorkbookCodec, bytes: Uint8Array): Promise<{ ticks: number; rows: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  try {
    const outcome = await codec.readWorkbook(bytes, { fileName: 'large.xlsx' });
    if (!outcome.ok) throw new Error(outcome.message);
    return { ticks, rows: outcome.workbook.sheets[0]!.rows.length };
  } finally {
    clearInterval(timer);
  }
}

function largeTable(rows: number): Table {
  const grid: TableCell[][] = [];
  for (let row = 0; row < rows; row++)
    grid.push([
      `z${row % 20}`,
      `i${row % 60}`,
      `20${10 + (row % 15)}-0${1 + (row % 9)}`,
      row * 1.5,
      (row % 40) - 10,
      row,
    ]);
  return {
    name: 'Metrics',
    columns: [
      { header: 'zone', kind: 'text' },
      { header: 'indicator', kind: 'text' },
      { header: 'period', kind: 'text' },
      { header: 'value', kind: 'value' },
      { header: 'yoy', kind: 'percent' },
      { header: 'rank', kind: 'integer' },
    ],
    rows: grid,
    freeze: { rows: 1, columns: 1 },
    autofilter: true,
  };
}

/** How many times a 10 ms interval fires while the codec writes the tables. */
async function ticksWhileWriting(codec: WorkbookCodec, tables: Table[]): Promise<{ ticks: number; bytes: Uint8Array }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  try {
    return { bytes: await codec.writeWorkbook(tables), ticks };
  } finally {
    clearInterval(timer);
  }
}

describe('the worker codec (the real workbook worker on a worker thread)', { timeout: 120_000 }, () => {
  let codec: WorkerCodec;
  beforeAll(() => {
    codec = createWorkerCodec({ workerUrl: WORKER_URL, execArgv: TSX });
  });
  afterAll(async () => {
    await codec.close();
  });

  it('reads a real .xlsx to exactly what the in-process reader gives, dates included', async () => {
    const bytes = xlsx([
      ['Zone', 'Period', 'Value', 'Note'],
      ['btc', new Date(Date.UTC(2025, 4, 1)), 1234.5, '本月'],
      ['bt', '2025-05', null, true],
    ]);
    const expected = readWorkbook(bytes, { fileName: 'seed.xlsx' });
    expect(expected.ok).toBe(true);
    const outcome = await codec.readWorkbook(bytes, { fileName: 'seed.xlsx' });
    expect(outcome).toEqual(expected);
    expect(outcome.ok && outcome.workbook.sheets[0]!.rows[1]![1]).toBeInstanceOf(Date);
    // The caller's bytes are not detached by the transfer.
    expect(bytes.byteLength).toBeGreaterThan(0);
  });

  it("plans a preview in the worker, reporting each stage and the rows checked to the caller's job as it goes", async () => {
    const reported: string[] = [];
    const job = {
      stage: (stage: string, total = 0) => void reported.push(`${stage} ${total}`),
      advance: (done: number) => void reported.push(`done ${done}`),
      checkpoint: async () => {},
    };
    const outcome = await codec.planImport!(
      {
        bytes: largeWorkbook(12_000),
        fileName: 'large.xlsx',
        options: { createZones: true, indicatorChoices: {} },
        sizeLimitBytes: 50 * 1024 * 1024,
        catalog: { zones: [], indicators: [] },
        profiles: [],
        now: new Date('2025-06-25T08:00:00Z'),
      },
      job as Parameters<NonNullable<WorkbookCodec['planImport']>>[1],
    );
    expect(outcome.ok).toBe(true);
    expect(reported[0]).toBe('reading 0');
    expect(reported).toContain('checking 12000');
    expect(reported).toContain('done 5000');
    expect(reported.at(-1)).toBe('done 12000');
  });

  it("stops planning when the caller's job is cancelled between chunks of rows, and plans the next file afresh", async () => {
    const cancelled = new Error('the import was cancelled; nothing was written');
    let checking = false;
    const job = {
      stage: (stage: string) => void (checking ||= stage === 'checking'),
      advance: () => {},
      checkpoint: async () => {
        if (checking) throw cancelled;
      },
    };
    const request = {
      bytes: largeWorkbook(20_000),
      fileName: 'large.xlsx',
      options: { createZones: true },
      sizeLimitBytes: 50 * 1024 * 1024,
      catalog: { zones: [], indicators: [] },
      profiles: [],
      now: new Date('2025-06-25T08:00:00Z'),
    };
    type Job = Parameters<NonNullable<WorkbookCodec['planImport']>>[1];
    await expect(codec.planImport!(request, job as Job)).rejects.toBe(cancelled);
    checking = false;
    const quiet = { ...job, stage: () => {}, checkpoint: async () => {} };
    expect((await codec.planImport!(request, quiet as Job)).ok).toBe(true);
  });

  it('refuses a damaged file with the same clear message as the in-process reader', async () => {
    const bytes = xlsx([['a'], [1]]).slice(0, 300);
    const outcome = await codec.readWorkbook(bytes, { fileName: 'cut.xlsx' });
    expect(outcome).toEqual(readWorkbook(bytes, { fileName: 'cut.xlsx' }));
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/^the file is damaged/) });
  });

  it("keeps the calling thread's event loop running while it parses 50,000 rows; the in-process reader blocks it", async () => {
    const bytes = largeWorkbook(50_000);
    await codec.readWorkbook(xlsx([['warm'], [1]]), { fileName: 'warm.xlsx' });
    const inWorker = await ticksDuring(codec, bytes);
    const inProcess = await ticksDuring(inProcessWorkbookCodec, bytes);
    expect(inWorker.rows).toBe(50_001);
    expect(inProcess.rows).toBe(50_001);
    expect(inWorker.ticks).toBeGreaterThanOrEqual(5);
    expect(inProcess.ticks).toBeLessThanOrEqual(1);
  });

  it("writes a small export whose sheets, cells, types, formats and panes read back exactly as the in-process writer's", async () => {
    // The export itself now streams in main; the worker still writes plain tables (rows as arrays, no per-cell functions).
    const tables: Table[] = comparisonWorkbookTables(sampleInput()).map(
      ({ formatAt: _f, shadedRow: _r, shadedColumn: _c, ...table }) => ({
        ...table,
        rows: Array.from(table.rows, (row) => [...row]),
      }),
    );
    const expected = workbookContents(writeTables(tables));
    const written = await codec.writeWorkbook(tables);
    expect(written).toBeInstanceOf(Uint8Array);
    const contents = workbookContents(written);
    expect(contents).toEqual(expected);
    expect(contents.sheetNames).toEqual(COMPARISON_SHEETS);
    expect(
      contents.sheets
        .flatMap((sheet) => Object.values(sheet.cells))
        .some((cell) => cell.t === 'n' && cell.z === '#,##0.0'),
    ).toBe(true);
    // The caller's tables are cloned, not moved.
    expect(tables[0]!.rows.length).toBeGreaterThan(0);
  });

  it("refuses a workbook SheetJS will not write with the writer's message, and keeps serving", async () => {
    const badName: Table = { name: 'x'.repeat(40), columns: [{ header: 'a', kind: 'text' }], rows: [['b']] };
    await expect(codec.writeWorkbook([badName])).rejects.toThrow(/^the workbook writer failed: .*31/);
    const outcome = await codec.readWorkbook(xlsx([['a'], [1]]), { fileName: 'after.xlsx' });
    expect(outcome.ok).toBe(true);
  });

  it("keeps the calling thread's event loop running while it writes 100,000 rows; the in-process writer blocks it", async () => {
    const tables = [largeTable(100_000)];
    const inWorker = await ticksWhileWriting(codec, tables);
    const inProcess = await ticksWhileWriting(inProcessWorkbookCodec, tables);
    expect(inWorker.ticks).toBeGreaterThanOrEqual(5);
    expect(inProcess.ticks).toBeLessThanOrEqual(1);
    const sheet = readWorkbook(inWorker.bytes, { fileName: 'large.xlsx' });
    expect(sheet.ok && sheet.workbook.sheets[0]!.rows.length).toBe(100_001);
  });

  it('refuses the calls it holds when closed, then starts a fresh worker for the next call', async () => {
    const refused = expect(codec.readWorkbook(largeWorkbook(20_000), { fileName: 'large.xlsx' })).rejects.toThrow(
      'the workbook reader was closed',
    );
    await codec.close();
    await refused;
    const outcome = await codec.readWorkbook(xlsx([['a'], [1]]), { fileName: 'again.xlsx' });
    expect(outcome.ok).toBe(true);
  });
});

/** This process's threads (Linux), 0 where /proc is not there. */
function processThreads(): number {
  return existsSync('/proc/self/task') ? readdirSync('/proc/self/task').length : 0;
}

describe('a workbook worker that crashes', { timeout: 60_000 }, () => {
  let folder: string;
  let codec: WorkerCodec | undefined;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'zone-stats-worker-'));
  });
  afterEach(async () => {
    await codec?.close();
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([
    [
      'throws',
      "throw new Error('out of memory, say');",
      /^the spreadsheet reader stopped while reading the file \(out of memory, say\)/,
    ],
    ['exits', 'process.exit(3);', /^the spreadsheet reader stopped while reading the file \(exit code 3\)/],
  ])('refuses every pending read when the worker %s, and the next call starts afresh', async (name, body, message) => {
    const script = join(folder, `${name}.mjs`);
    await writeFile(
      script,
      `import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { ${body} });\n`,
    );
    codec = createWorkerCodec({ workerUrl: pathToFileURL(script) });
    const calls = [
      codec.readWorkbook(xlsx([['a']]), { fileName: 'a.xlsx' }),
      codec.readWorkbook(xlsx([['b']]), { fileName: 'b.xlsx' }),
    ];
    for (const call of calls) expect(await call).toEqual({ ok: false, message: expect.stringMatching(message) });
    await expect(codec.writeWorkbook([])).rejects.toThrow(/^the workbook writer stopped \(/);
  });

  it('stops a read that runs past its time limit, refuses it in words, and serves the next call', async () => {
    const script = join(folder, 'spins.mjs');
    await writeFile(
      script,
      "import { parentPort } from 'node:worker_threads';\nlet first = true;\nparentPort.on('message', ({ id }) => { if (first) { first = false; for (;;); } parentPort.postMessage({ id, outcome: { ok: false, message: 'second' } }); });\n",
    );
    codec = createWorkerCodec({ workerUrl: pathToFileURL(script), limits: { ...WORKER_LIMITS, readMs: 300 } });
    const started = performance.now();
    expect(await codec.readWorkbook(xlsx([['a']]), { fileName: 'a.xlsx' })).toEqual({
      ok: false,
      message:
        'the file took longer than 0.3 s, over the import limit: it is far larger than an import needs, or damaged',
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    // A fresh worker (whose first call spins again) shows the old one was replaced, not reused.
    expect(await codec.readWorkbook(xlsx([['b']]), { fileName: 'b.xlsx' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/took longer/),
    });
  });

  it.each([
    [
      'stops a worker idle past its limit, and the next call starts a fresh one',
      50,
      300,
      false,
      WORKER_LIMITS.largeFileBytes,
    ],
    ['keeps a worker called again within its idle limit', 5_000, 100, true, WORKER_LIMITS.largeFileBytes],
    ['stops the worker as soon as it has read a large file', 5_000, 100, false, 1],
  ])('%s', async (_, idleMs, pauseMs, same, largeFileBytes) => {
    const script = join(folder, 'names-its-thread.mjs');
    await writeFile(
      script,
      "import { parentPort, threadId } from 'node:worker_threads';\nparentPort.on('message', ({ id }) => parentPort.postMessage({ id, outcome: { ok: false, message: String(threadId) } }));\n",
    );
    codec = createWorkerCodec({
      workerUrl: pathToFileURL(script),
      limits: { ...WORKER_LIMITS, idleMs, largeFileBytes },
    });
    const threadOf = async () => {
      const outcome = await codec!.readWorkbook(xlsx([['a']]), { fileName: 'a.xlsx' });
      if (outcome.ok) throw new Error('the script answers with its thread');
      return outcome.message;
    };
    const first = await threadOf();
    // Counted while the worker is surely there (one stopped on answering may already be gone).
    const threadsWithWorker = processThreads();
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    if (!same && largeFileBytes > 1 && threadsWithWorker > 0) {
      // The stopped worker's thread ends, not merely forgotten (within a few seconds on a busy machine).
      const deadline = performance.now() + 5_000;
      while (processThreads() >= threadsWithWorker && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(processThreads()).toBeLessThan(threadsWithWorker);
    }
    expect((await threadOf()) === first).toBe(same);
  });

  describe('warmed while the user chooses a file', () => {
    /** A worker that leaves `started-<threadId>` in its own folder as it starts, and answers each read with its thread. */
    async function announcingWorker(name: string, idleMs: number): Promise<{ started: () => string[] }> {
      const own = join(folder, name);
      await mkdir(own);
      const script = join(own, 'announces.mjs');
      await writeFile(
        script,
        "import { writeFileSync } from 'node:fs';\nimport { parentPort, threadId } from 'node:worker_threads';\nwriteFileSync(new URL(`./started-${threadId}`, import.meta.url), '');\nparentPort.on('message', ({ id }) => parentPort.postMessage({ id, outcome: { ok: false, message: String(threadId) } }));\n",
      );
      codec = createWorkerCodec({ workerUrl: pathToFileURL(script), limits: { ...WORKER_LIMITS, idleMs } });
      const started = () =>
        readdirSync(own)
          .filter((file) => file.startsWith('started-'))
          .map((file) => file.slice('started-'.length));
      return { started };
    }

    const threadOf = async () => {
      const outcome = await codec!.readWorkbook(xlsx([['a']]), { fileName: 'a.xlsx' });
      if (outcome.ok) throw new Error('the script answers with its thread');
      return outcome.message;
    };

    async function startedOne(started: () => string[]): Promise<string> {
      const deadline = performance.now() + 10_000;
      while (started().length === 0 && performance.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(started()).toHaveLength(1);
      return started()[0]!;
    }

    it('starts the worker before any read, and the next read is served by it', async () => {
      const { started } = await announcingWorker('warm-then-read', 5_000);
      codec!.warm();
      const warmed = await startedOne(started);
      expect(await threadOf()).toBe(warmed);
      codec!.warm();
      expect(await threadOf()).toBe(warmed);
      expect(started()).toEqual([warmed]);
    });

    it('stops a warmed worker nobody used after the idle limit; the read then starts another', async () => {
      const { started } = await announcingWorker('warm-unused', 50);
      codec!.warm();
      const warmed = await startedOne(started);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const reader = await threadOf();
      expect(reader).not.toBe(warmed);
      expect(started().sort()).toEqual([warmed, reader].sort());
    });
  });

  it('runs the real worker with memory limits: a file that needs more is refused, not the process killed', async () => {
    codec = createWorkerCodec({
      workerUrl: WORKER_URL,
      execArgv: TSX,
      limits: { ...WORKER_LIMITS, resourceLimits: { maxOldGenerationSizeMb: 24, maxYoungGenerationSizeMb: 4 } },
    });
    const outcome = await codec.readWorkbook(largeWorkbook(40_000), { fileName: 'large.xlsx' });
    expect(outcome).toEqual({
      ok: false,
      message:
        'the file needed more than 24 MB of memory, over the import limit: it is far larger than an import needs, or damaged',
    });
  });
});
