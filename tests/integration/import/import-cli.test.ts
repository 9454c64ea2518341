import { writeFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHandlers } from '../../../electron/cli/open-handlers';
import { OBSERVATION_ROWS, SEED_FIGURES } from '../../fixtures/import/seed-rows';
import { FIXTURES, hashFolder } from './import-app';
import { cliInProcess } from '../cli/cli-in-process';

let data: string;
let scratch: string;
beforeEach(async () => {
  data = await mkdtemp(join(tmpdir(), 'zone-stats-import-cli-'));
  scratch = await mkdtemp(join(tmpdir(), 'zone-stats-import-files-'));
});
afterEach(async () => {
  await rm(data, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

function cli(...argv: string[]) {
  return cliInProcess(argv, { data });
}

const fixture = (name: string) => join(FIXTURES, name);

/** `zones`: a Zones sheet too, for a store that does not have them yet (a zone is never created unasked). */
async function observationsFile(name: string, rows: unknown[][], zones?: unknown[][]): Promise<string> {
  const workbook = XLSX.utils.book_new();
  if (zones) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(zones), 'Zones');
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([OBSERVATION_ROWS[0]!, ...rows]), 'Observations');
  const path = join(scratch, name);
  await writeFile(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

async function storedFigures(): Promise<Record<string, [number | null, number | null]>> {
  const { handlers, close } = await openHandlers(data);
  try {
    const result = await handlers.getObservations({});
    if (!result.ok) throw new Error(result.error.message);
    return Object.fromEntries(
      result.value.map((o) => [`${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}`, [o.value, o.yoyPct]]),
    );
  } finally {
    await close();
  }
}

describe('zone-stats import', () => {
  it('imports a workbook and prints the report (exit 0)', async () => {
    const { code, out, err } = await cli('import', fixture('canonical.xlsx'), '--data', data);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    // What was read comes first: the sheet and header row (tests/fixtures/import/canonical.xlsx), why that layout, then its column mapping.
    expect(out[0]).toBe('canonical.xlsx: read as xlsx, sheet Observations, header row 1, canonical layout');
    expect(out[1]).toMatch(/^ {2}layout canonical \(confidence 1: a sheet named Observations\); runner-up /);
    expect(out[2]).toBe(
      '  mapping: A "zone" → zone; B "indicator" → indicator; C "period" → period; D "basis" → basis; E "value" → value; F "yoy_pct" → yoy_pct; G "source" → source; H "note" → note',
    );
    expect(out[3]).toMatch(/^ {2}committed as import imp-\S+ \(backup \S+\)$/);
    expect(out[4]).toBe('  added 5, changed 0, unchanged 0, conflicts 0 (overwritten 0, kept 0), errors 0, warnings 0');
    expect(out[5]).toBe('  zones created: btc, bt; indicators created: iav, re, mag');
    expect(await storedFigures()).toEqual(SEED_FIGURES);
  });

  it('--dry-run reports what would happen and writes nothing', async () => {
    await cli('import', fixture('canonical.xlsx'), '--data', data);
    const before = await hashFolder(data);
    const { code, out } = await cli('import', '--dry-run', fixture('canonical-zh.xlsx'), '--data', data);
    expect(code).toBe(0);
    expect(out).toEqual([
      'canonical-zh.xlsx: read as xlsx, sheet 数据, header row 4, canonical layout',
      expect.stringMatching(/^ {2}layout canonical \(confidence 1: a sheet named 数据\); runner-up /),
      '  mapping: A "指标" → indicator; B "开发区" → zone; C "时期" → period; D "口径" → basis; E "同比增长(%)" → yoy_pct; F "数值" → value; G "来源" → source; H "备注" → note; I "填报人" → (left out)',
      '  dry run, nothing written: would add 0, change 0, leave 5 unchanged; conflicts 0, errors 0, warnings 1',
      '  zones to create: none; indicators to create: none',
      expect.stringMatching(/^ {2}warning 数据!I4: an unknown column, ignored \(found "填报人"; expected .*\)$/),
    ]);
    expect(await hashFolder(data)).toBe(before);
  });

  it('refuses a file with errors (exit 2): every problem on its own line with its place, nothing written', async () => {
    await cli('import', fixture('canonical.xlsx'), '--data', data);
    const before = await hashFolder(data);
    const bad = await observationsFile('bad.xlsx', [
      ['bt', 'iav', '2025-03', 'ytd', 'abc', 13.8, '', ''],
      ['bt', 'iav', '2025年二季度', '', 1, 2, '', ''],
    ]);
    const { code, out, err } = await cli('import', bad, '--data', data);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err[0]).toBe('bad.xlsx: read as xlsx, sheet Observations, header row 1, canonical layout');
    expect(err[1]).toMatch(/^ {2}layout canonical \(confidence 1: a sheet named Observations\)/);
    expect(err[2]).toMatch(/^ {2}mapping: A "zone" → zone;/);
    expect(err[3]).toBe('zone-stats import: bad.xlsx: 2 errors; nothing was written');
    expect(err.slice(4)).toEqual([
      expect.stringMatching(/^error Observations!E2: not a number \(found "abc"; expected a number such as 14\.8/),
      expect.stringMatching(
        /^error Observations!C3: a single quarter or half-year is not a period Zone Stats stores \(found "2025年二季度"; expected .*上半年/,
      ),
    ]);
    expect(err.join('\n')).not.toMatch(/\bat \S+:\d+/);
    expect(await hashFolder(data)).toBe(before);
  });

  it("stops on a conflict by default, and takes the file's figures with --on-conflict overwrite", async () => {
    await cli('import', fixture('canonical.xlsx'), '--data', data);
    const revised = await observationsFile('revised.xlsx', [
      ['bt', 'iav', '2025-05', 'ytd', 1148000, 14.9, 'revision', ''],
    ]);
    const stopped = await cli('import', revised, '--data', data);
    expect(stopped.code).toBe(2);
    expect(stopped.err[4]).toMatch(
      /^error Observations!A2:H2: would overwrite different figures for bt\|iav\|2025-05\|ytd/,
    );
    const kept = await cli('import', revised, '--data', data, '--on-conflict', 'keep');
    expect(kept.code).toBe(0);
    expect((await storedFigures())['bt|iav|2025-05|ytd']).toEqual([1148000, 14.8]);
    const overwritten = await cli('import', revised, '--data', data, '--on-conflict', 'overwrite');
    expect(overwritten.code).toBe(0);
    expect(overwritten.out[4]).toContain('conflicts 1 (overwritten 1, kept 0)');
    expect((await storedFigures())['bt|iav|2025-05|ytd']).toEqual([1148000, 14.9]);
  });

  it('imports several files all or nothing: a later refusal takes the earlier ones back out', async () => {
    const first = await observationsFile(
      'first.xlsx',
      [['bt', 'iav', '2025-03', 'ytd', 650000, 13.8, '', '']],
      [
        ['zone_id', 'name'],
        ['bt', 'Baotou'],
      ],
    );
    const clashing = await observationsFile('second.xlsx', [['bt', 'iav', '2025-03', 'ytd', 651000, 13.8, '', '']]);
    const { code, err } = await cli('import', first, clashing, '--data', data);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^second\.xlsx: read as xlsx/);
    expect(err[3]).toMatch(/second\.xlsx: 1 conflict with the store; nothing was written/);
    expect(await storedFigures()).toEqual({});
  });

  it('imports the valid rows only when asked to', async () => {
    await cli('import', fixture('canonical.xlsx'), '--data', data);
    const mixed = await observationsFile('mixed.xlsx', [
      ['bt', 'iav', '2025-03', 'ytd', 650000, 13.8, '', ''],
      ['bt', 'iav', '2025-02', 'ytd', 'n/a', 12, '', ''],
    ]);
    expect((await cli('import', mixed, '--data', data)).code).toBe(2);
    const { code, out } = await cli('import', mixed, '--data', data, '--valid-only');
    expect(code).toBe(0);
    expect(out[4]).toBe(
      '  added 1, changed 0, unchanged 0, conflicts 0 (overwritten 0, kept 0), errors 1, warnings 0, rows left out 1',
    );
    expect(out[6]).toMatch(/^ {2}error Observations!E3: not a number \(found "n\/a"/);
  });

  it.each([
    [['import'], 'zone-stats import: at least one FILE to import is required'],
    [
      ['import', 'x.xlsx', '--on-conflict', 'merge'],
      'zone-stats import: --on-conflict "merge": expected overwrite, keep or stop',
    ],
    [['import', 'x.xlsx', '--force'], 'zone-stats import: unknown option --force'],
  ])('refuses the arguments %j (exit 2)', async (argv, message) => {
    const { code, err } = await cli(...argv, '--data', data);
    expect(code).toBe(2);
    expect(err[0]).toBe(message);
  });

  it('refuses a file it cannot read (exit 2) and reports an internal fault as exit 1 without a stack trace', async () => {
    const missing = await cli('import', join(scratch, 'missing.xlsx'), '--data', data);
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toMatch(/^zone-stats import: cannot read .*missing\.xlsx: .*there is no such file/);
    const notAFolder = join(scratch, 'file');
    await writeFile(notAFolder, 'x');
    const fault = await cli('import', fixture('canonical.xlsx'), '--data', notAFolder);
    expect(fault.code).toBe(1);
    expect(fault.err).toHaveLength(1);
    expect(fault.err[0]).toMatch(/^zone-stats: /);
  });
});
