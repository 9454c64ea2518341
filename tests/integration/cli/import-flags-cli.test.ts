import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHandlers } from '../../../electron/cli/open-handlers';
import { shardFile } from '../../../electron/store/layout';
import { FIXTURES } from '../import/import-app';
import { cliInProcess } from './cli-in-process';

let data: string;
let scratch: string;
beforeEach(async () => {
  data = await mkdtemp(join(tmpdir(), 'zone-stats-flags-'));
  scratch = await mkdtemp(join(tmpdir(), 'zone-stats-flags-files-'));
});
afterEach(async () => {
  await rm(data, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

function cli(...argv: string[]) {
  return cliInProcess(argv, { data, cwd: scratch });
}

async function storedValue(key: string): Promise<number | null | undefined> {
  const { handlers, close } = await openHandlers(data);
  try {
    const result = await handlers.getObservations({});
    if (!result.ok) throw new Error(result.error.message);
    return result.value.find((o) => `${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}` === key)?.value;
  } finally {
    await close();
  }
}

/** A draft sheet first (1,250,000), the final figures second (1,300,000) under a header the canonical layout does not know. */
function draftAndFinal(): string {
  const workbook = XLSX.utils.book_new();
  const header = ['zone', 'indicator', 'period', 'basis', 'Figure (10k CNY)', 'yoy_pct'];
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([header, ['bt', 'iav', '2025-06', 'ytd', 1250000, 14.0]]),
    'Draft',
  );
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([header, ['bt', 'iav', '2025-06', 'ytd', 1300000, 14.6]]),
    'Final',
  );
  writeFileSync(join(scratch, 'june.xlsx'), XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return 'june.xlsx';
}

describe('zone-stats import flags', () => {
  it('reads the sheet named by --sheet with the column --map names, and says so before any figure', async () => {
    await cli('import', join(FIXTURES, 'canonical.xlsx'), '--data', data);
    const file = draftAndFinal();
    const { code, out, err } = await cli(
      'import',
      file,
      '--data',
      data,
      '--sheet',
      'Final',
      '--map',
      'Figure (10k CNY)=value',
    );
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out[0]).toBe('june.xlsx: read as xlsx, sheet Final, header row 1, canonical layout');
    expect(out.find((line) => line.startsWith('  mapping:'))).toContain('E "Figure (10k CNY)" → value');
    expect(out.findIndex((line) => line.includes('committed as import'))).toBeGreaterThan(1);
    expect(await storedValue('bt|iav|2025-06|ytd')).toBe(1300000);
  });

  it('without --map refuses the figures no column reads, and with --skip-unmapped leaves them out, saying which', async () => {
    await cli('import', join(FIXTURES, 'canonical.xlsx'), '--data', data);
    const refused = await cli('import', draftAndFinal(), '--data', data, '--sheet', 'Final', '--dry-run');
    expect(refused.code).toBe(2);
    expect(refused.out.find((line) => line.startsWith('  mapping:'))).toContain('E "Figure (10k CNY)" → (left out)');
    expect(refused.out).toContainEqual(
      expect.stringMatching(/^ {2}error Final!E2: 1 figure under "Figure \(10k CNY\)" not imported/),
    );
    expect(refused.out.at(-1)).toMatch(/add --skip-unmapped to import without them$/);
    const { code, out } = await cli(
      'import',
      draftAndFinal(),
      '--data',
      data,
      '--sheet',
      'Final',
      '--dry-run',
      '--skip-unmapped',
    );
    expect(code).toBe(0);
    expect(out).toContainEqual(
      expect.stringMatching(/^ {2}warning Final!E1: an unknown column, ignored \(found "Figure \(10k CNY\)"/),
    );
  });

  it.each([
    [
      ['--layout', 'bureau-table'],
      '--layout "bureau-table": expected one of canonical, release-table, indicators-by-periods, periods-by-indicators, zones-by-periods',
    ],
    [
      ['--map', 'value'],
      '--map "value": expected "HEADER=field", such as "本月(亿元)=value" (or "HEADER=" to leave the column out)',
    ],
    [['--period', '2025-5'], '--period "2025-5": expected YYYY-MM, such as 2025-05'],
    [['--basis', 'year'], '--basis "year": expected ytd or month'],
    [['--zone', ''], '--zone needs a value'],
    [['--skip-unmaped'], 'unknown option --skip-unmaped (did you mean --skip-unmapped?)'],
  ])('refuses %j before reading anything (exit 2)', async (argv, problem) => {
    const { code, err } = await cli('import', 'june.xlsx', ...argv, '--data', data);
    expect(code).toBe(2);
    expect(err[0]).toBe(`zone-stats import: ${problem}`);
  });

  it('accepts a layout by the name earlier versions saved (bureau)', async () => {
    await cli('import', join(FIXTURES, 'canonical.xlsx'), '--data', data);
    const { code, out } = await cli(
      'import',
      join(FIXTURES, 'bureau.xlsx'),
      '--layout',
      'bureau',
      '--dry-run',
      '--data',
      data,
    );
    expect(code).toBe(0);
    expect(out[0]).toMatch(/release-table layout$/);
  });

  it('refuses to write over a damaged file it just set aside, names the backup and how to restore it, and writes with --accept-damaged', async () => {
    await cli('import', join(FIXTURES, 'canonical.xlsx'), '--data', data);
    const revised = join(FIXTURES, 'canonical-zh.xlsx');
    const shard = join(data, shardFile('bt', 2025));
    writeFileSync(shard, '{"observations": [');

    const refused = await cli('import', revised, '--data', data);
    expect(refused.code).toBe(2);
    expect(refused.err[0]).toBe(
      `zone-stats: ${shard} was damaged; it was moved aside to ${shard.replace(/\.json$/, '')}.damaged-${refused.err[0]!.match(/damaged-(\S+)\.json/)![1]}.json and none of its figures were read`,
    );
    const restoreLine = refused.err[1]!;
    expect(restoreLine).toMatch(
      /^zone-stats: the latest backup is \S+; restore it with: zone-stats restore \S+ --data \S+$/,
    );
    expect(refused.err[2]).toMatch(/nothing was imported/);

    const backupId = restoreLine.match(/restore (\S+) --data/)![1]!;
    const unknown = await cli('restore', 'no-such-backup', '--data', data);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContainEqual(
      expect.stringMatching(/^zone-stats restore: there is no backup "no-such-backup" in /),
    );
    expect((await cli('restore', '--data', data)).out).toContainEqual(
      expect.stringMatching(new RegExp(`^${backupId} `)),
    );
    const restored = await cli('restore', backupId, '--data', data);
    expect(restored.code).toBe(0);
    // The backup was taken before the first import: the store is empty again, the damaged copy still aside.
    expect(await storedValue('bt|iav|2025-05|ytd')).toBeUndefined();

    await cli('import', join(FIXTURES, 'canonical.xlsx'), '--data', data);
    writeFileSync(shard, 'not json');
    const accepted = await cli(
      'import',
      draftAndFinal(),
      '--sheet',
      'Final',
      '--map',
      'Figure (10k CNY)=value',
      '--accept-damaged',
      '--data',
      data,
    );
    expect(accepted.code).toBe(0);
    expect(accepted.err[0]).toMatch(/was damaged; it was moved aside/);
    expect(await storedValue('bt|iav|2025-06|ytd')).toBe(1300000);
    expect(readFileSync(shard, 'utf8')).not.toBe('not json');
  });
});
