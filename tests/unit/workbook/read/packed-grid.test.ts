import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook, type CellValue, type WorkbookGrid } from '../../../../shared/workbook/read';
import { packedBuffers, packGrid, unpackGrid } from '../../../../shared/workbook/read/packed-grid';

const FIXTURES = resolve(__dirname, '../../../fixtures');

function spreadsheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return spreadsheets(path);
    return /\.(xlsx|xls|xlsb|ods|csv)$/i.test(entry.name) ? [path] : [];
  });
}

/** The grid as the main thread gets it: packed, its buffers handed over as postMessage does, unpacked. */
function handedOver(grid: WorkbookGrid): WorkbookGrid {
  const packed = packGrid(grid);
  return unpackGrid(structuredClone(packed, { transfer: packedBuffers(packed) }));
}

describe('a read workbook packed for the hop from the reading worker', () => {
  it('keeps every kind of cell exactly, holes and missing rows included', () => {
    const sparse: CellValue[] = ['a'];
    sparse[3] = 4; // cells 1 and 2 are holes, not blanks
    const rows: CellValue[][] = [
      ['text', 1.5, -0, Number.NaN, Infinity, null, true, false],
      [new Date(Date.UTC(2025, 2, 31)), new Date(Number.NaN), '', '   ', '开发区', 'text'],
      [],
      sparse,
    ];
    rows[6] = [2e-300]; // rows 5 and 6 missing
    const grid: WorkbookGrid = {
      format: 'xlsx',
      encoding: null,
      sheets: [
        { name: 'One', rows, columnCount: 8, merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }] },
        { name: 'Empty', rows: [], columnCount: 0, merges: [] },
        { name: 'Two', rows: [['text', 'other']], columnCount: 2, merges: [] },
      ],
      formulaCells: ['One!B1'],
      warnings: ['a warning'],
    };
    const back = handedOver(grid);
    expect(back).toStrictEqual(grid);
    const [one] = back.sheets;
    expect(Object.is(one!.rows[0]![2], -0)).toBe(true);
    expect(1 in one!.rows[3]!).toBe(false);
    expect(4 in one!.rows).toBe(false);
    expect(one!.rows[1]![0]).toBeInstanceOf(Date);
    // A text repeated across sheets travels once.
    expect(packGrid(grid).texts.filter((text) => text === 'text')).toHaveLength(1);
  });

  it('leaves the worker holding nothing: the packed buffers are handed over, not copied', () => {
    const grid: WorkbookGrid = {
      format: 'csv',
      encoding: 'utf-8',
      sheets: [{ name: 'S', rows: [[1, 'a']], columnCount: 2, merges: [] }],
      formulaCells: [],
    };
    const packed = packGrid(grid);
    structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.sheets[0]!.kinds.byteLength).toBe(0);
    expect(packed.sheets[0]!.values.byteLength).toBe(0);
  });

  it('refuses a packing whose rows do not match its cells, rather than shifting them', () => {
    const packed = packGrid({
      format: 'csv',
      encoding: 'utf-8',
      sheets: [{ name: 'S', rows: [[1, 2], [3]], columnCount: 2, merges: [] }],
      formulaCells: [],
    });
    packed.sheets[0]!.rowLengths[1] = 2;
    expect(() => unpackGrid(packed)).toThrow(/S: the packed rows overrun their cells/);
    packed.sheets[0]!.rowLengths[1] = 0;
    expect(() => unpackGrid(packed)).toThrow(/S: the packed rows leave cells over/);
  });

  it.each(spreadsheets(FIXTURES).map((path) => [relative(FIXTURES, path), path]))(
    'gives the same grid as the reader for %s',
    (name, path) => {
      const outcome = readWorkbook(new Uint8Array(readFileSync(path)), { fileName: name });
      if (!outcome.ok) return;
      expect(handedOver(outcome.workbook)).toStrictEqual(outcome.workbook);
    },
  );
});
