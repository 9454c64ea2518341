import fc from 'fast-check';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { rawXlsx } from '../../unit/workbook/read/raw-xlsx';
import { figures, fileOf, fixture, openImportApp, unwrap } from './import-app';

/**
 * Issue 10 §11: random workbooks from a grammar of valid and broken parts go through the real
 * import handlers over a real store. Whatever the file, the import either commits exactly the
 * figures the file holds, or refuses (a refusal, never an internal fault) with the store unchanged;
 * each in bounded time and memory. A row-level error always refuses.
 */

const HEADER = ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note'];
const ZONES = ['bt', 'btc'] as const;
const INDICATORS = ['iav', 're'] as const;

interface Row {
  zone: string;
  indicator: string;
  month: number;
  basis: 'ytd' | 'month';
  value: number;
  yoy: number | null;
  note: string;
}

/** What a broken row carries instead of a valid cell: each must be refused at its place. */
const BROKEN_CELLS = [
  { column: 4, cell: 'abc' },
  { column: 4, cell: 1e308 },
  { column: 5, cell: -1e308 },
  { column: 2, cell: '2025-13' },
  { column: 3, cell: 'weekly' },
] as const;

const row = fc.record({
  zone: fc.constantFrom(...ZONES),
  indicator: fc.constantFrom(...INDICATORS),
  // The test clock is 2025-06-25: later months are refused as future periods.
  month: fc.integer({ min: 1, max: 6 }),
  basis: fc.constantFrom('ytd' as const, 'month' as const),
  value: fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 10),
  yoy: fc.option(
    fc.integer({ min: -500, max: 900 }).map((n) => n / 10),
    { nil: null },
  ),
  // Astral characters, CJK and punctuation in notes: stored exactly.
  note: fc.constantFrom('', '初值', '修订 (revised)', '工业𩸽', 'note 🚀'),
});

const rows = fc.uniqueArray(row, {
  minLength: 1,
  maxLength: 30,
  selector: (r) => `${r.zone}|${r.indicator}|${r.month}|${r.basis}`,
});

/** How the file is damaged, if at all: none, a bad cell, a formula with no result, or bytes. */
const damage = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('cell' as const),
      which: fc.integer({ min: 0, max: BROKEN_CELLS.length - 1 }),
      at: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'formula' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('truncate' as const),
      keep: fc.double({ min: 0, max: 0.99, noNaN: true }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      xor: fc.integer({ min: 1, max: 255 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 2000 }),
    }),
  },
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function cells(r: Row): unknown[] {
  return [r.zone, r.indicator, `2025-${String(r.month).padStart(2, '0')}`, r.basis, r.value, r.yoy, 'fuzz', r.note];
}

function workbook(data: Row[], broken: Damage): Uint8Array {
  const grid = [HEADER, ...data.map(cells)];
  if (broken.kind === 'cell') {
    const { column, cell } = BROKEN_CELLS[broken.which]!;
    grid[1 + (broken.at % data.length)]![column] = cell;
  }
  if (broken.kind === 'formula') {
    const sheetData = grid
      .map(
        (line, r) =>
          `<row r="${r + 1}">${line.map((value, c) => cellXml(value, r, c, r === 1 && c === 4)).join('')}</row>`,
      )
      .join('');
    return rawXlsx([['Observations', sheetData]]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid), 'Observations');
  const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  if (broken.kind === 'truncate') return bytes.slice(0, Math.floor(bytes.length * broken.keep));
  if (broken.kind === 'flip') {
    const copy = bytes.slice();
    const at = Math.floor(copy.length * broken.at);
    copy[at] = copy[at]! ^ broken.xor;
    return copy;
  }
  if (broken.kind === 'garbage') return new Uint8Array([...bytes, ...broken.bytes]);
  return bytes;
}

function cellXml(value: unknown, r: number, c: number, formulaOnly: boolean): string {
  const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
  if (formulaOnly) return `<c r="${ref}"><f>1+2</f></c>`;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  const text = String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

describe('fuzzing the import with valid and broken workbooks (issue 10 §11)', () => {
  it(
    "commits exactly the file's figures or refuses with the store unchanged, in bounded time and memory",
    { timeout: 120_000 },
    async () => {
      const app = await openImportApp();
      try {
        unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
        await fc.assert(
          fc.asyncProperty(rows, damage, async (data, broken) => {
            const before = await app.hash();
            const storedBefore = await figures(app);
            const notesBefore = new Map(
              unwrap(await app.api.getObservations({})).map((o) => [
                `${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}`,
                o.note,
              ]),
            );
            const started = performance.now();
            const result = await app.api.commitImport({
              file: await fileOf('fuzz.xlsx', workbook(data, broken)),
              onConflict: 'overwrite',
            });
            expect(performance.now() - started).toBeLessThan(10_000);
            expect(process.memoryUsage().heapUsed).toBeLessThan(1024 * 1024 * 1024);
            if (!result.ok) {
              expect(result.error.code).not.toBe('internal');
              expect(await app.hash()).toBe(before);
              return;
            }
            // Only a file that may have survived its damage unchanged can commit; a bad cell never does.
            expect(['none', 'flip', 'garbage']).toContain(broken.kind);
            const stored = await figures(app);
            for (const r of data) {
              const key = `${r.zone}|${r.indicator}|2025-${String(r.month).padStart(2, '0')}|${r.basis}`;
              // A blank growth cell is "not in this file": the import keeps a rate stored before.
              expect(stored[key]).toEqual([r.value, r.yoy ?? storedBefore[key]?.[1] ?? null]);
            }
            // Nothing else changed.
            for (const [key, figure] of Object.entries(storedBefore)) {
              if (
                !data.some(
                  (r) => key === `${r.zone}|${r.indicator}|2025-${String(r.month).padStart(2, '0')}|${r.basis}`,
                )
              )
                expect(stored[key]).toEqual(figure);
            }
            const observations = unwrap(await app.api.getObservations({}));
            for (const r of data) {
              const key = `${r.zone}|${r.indicator}|2025-${String(r.month).padStart(2, '0')}|${r.basis}`;
              const stored = observations.find((o) => `${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}` === key);
              // Astral characters exact; a blank note keeps the one stored before, like a blank rate.
              expect(stored?.note).toBe(r.note || (notesBefore.get(key) ?? ''));
            }
          }),
          { numRuns: 60, seed: 20261130 },
        );
      } finally {
        await app.dispose();
      }
    },
  );
});
