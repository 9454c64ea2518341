import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../../electron/store/layout';
import { OBSERVATION_ROWS } from '../../fixtures/import/seed-rows';
import { FIXTURES } from '../import/import-app';
import { zoneStats, zoneStatsIntoClosedPipe } from './zone-stats-bin';

/** The built bin in a child process, over a temp folder: what a user at a terminal (or a script) meets. */
let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'zone-stats-hostile-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const canonical = join(FIXTURES, 'canonical.xlsx');

function observationsWorkbook(path: string, rows: unknown[][]): string {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([OBSERVATION_ROWS[0]!, ...rows]), 'Observations');
  writeFileSync(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

describe('zone-stats against hostile and mistaken input', { timeout: 60_000 }, () => {
  it('refuses an unknown option with the one meant (exit 2), before opening anything', () => {
    const data = join(scratch, 'data');
    const { code, out, err } = zoneStats(['import', canonical, '--perod', '2025-05', '--data', data]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe('zone-stats import: unknown option --perod (did you mean --period?)');
    expect(existsSync(data)).toBe(false);
  });

  it.each([
    ['export', join('x', 'out.xlsx')],
    ['highlights', '--zone', 'bt', '--period', '2025-05'],
  ])('refuses --threshold "" for %s alike', (...argv) => {
    const { code, err } = zoneStats([...argv, '--threshold', '', '--data', scratch]);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(`zone-stats ${argv[0]}: --threshold needs a value`);
  });

  it('ends quietly, exit 0, when its standard output is closed (`| head -1`), and leaves no lock behind', async () => {
    const help = await zoneStatsIntoClosedPipe(['--help']);
    expect(help).toEqual({ code: 0, signal: null, err: '' });

    const data = join(scratch, 'data');
    expect(zoneStats(['import', canonical, '--data', data]).code).toBe(0);
    const dryRun = await zoneStatsIntoClosedPipe(['import', canonical, '--dry-run', '--data', data]);
    expect(dryRun).toEqual({ code: 0, signal: null, err: '' });
    expect(existsSync(join(data, LOCK_FILE))).toBe(false);
  });

  it("reads relative paths in the caller's folder (npm's INIT_CWD under `npm run cli`), not the one it runs in", () => {
    const caller = join(scratch, 'caller');
    const packageRoot = join(scratch, 'package-root');
    mkdirSync(caller);
    mkdirSync(packageRoot);
    copyFileSync(canonical, join(caller, 'may.xlsx'));
    const { code, err } = zoneStats(['import', 'may.xlsx', '--data', 'store'], {
      cwd: packageRoot,
      env: { INIT_CWD: caller },
    });
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(existsSync(join(caller, 'store', 'catalog.json'))).toBe(true);
    expect(readdirSync(packageRoot)).toEqual([]);

    const exported = zoneStats(['export', 'out.xlsx', '--data', 'store'], {
      cwd: packageRoot,
      env: { INIT_CWD: caller },
    });
    expect(exported.code).toBe(0);
    expect(existsSync(join(caller, 'out.xlsx'))).toBe(true);
  });

  it('refuses a dataset another live process holds (exit 2, one clear line), and leaves its lock alone', () => {
    const data = join(scratch, 'data');
    mkdirSync(data);
    // This test's own process is alive and is not the child: the lock is another process's.
    const lock = JSON.stringify({ pid: process.pid, hostname: hostname(), since: '2025-06-25T08:00:00.000Z' });
    writeFileSync(join(data, LOCK_FILE), lock);
    const { code, out, err } = zoneStats(['import', canonical, '--data', data]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(
      new RegExp(
        `^zone-stats: The dataset at ${data} is in use by another Zone Stats process \\(pid ${process.pid} on `,
      ),
    );
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(data, 'catalog.json'))).toBe(false);
  });

  it('refuses an export to a folder, into a missing folder or under an over-long name (exit 2) before opening the store', () => {
    const data = join(scratch, 'never-made');
    mkdirSync(join(scratch, 'report.xlsx'));
    const cases: [string, RegExp][] = [
      [join(scratch, 'report.xlsx'), /^zone-stats export: .*report\.xlsx is a folder; name the file to write/],
      [join(scratch, 'missing', 'out.xlsx'), /^zone-stats export: the folder .*missing does not exist$/],
      [
        join(scratch, `${'月'.repeat(80)}.xlsx`),
        /^zone-stats export: the file name is too long \(245 bytes; at most 234\)$/,
      ],
    ];
    for (const [out, message] of cases) {
      const { code, err } = zoneStats(['export', out, '--data', data]);
      expect(code).toBe(2);
      expect(err.split('\n')[0]).toMatch(message);
    }
    expect(existsSync(data)).toBe(false);
  });

  it('never creates a mistyped --data folder on a dry run, highlights or export', () => {
    const typo = join(scratch, 'dta', 'zone-stats');
    const runs = [
      ['import', canonical, '--dry-run', '--data', typo],
      ['highlights', '--zone', 'bt', '--period', '2025-05', '--data', typo],
      ['export', join(scratch, 'out.xlsx'), '--data', typo],
    ];
    for (const argv of runs) {
      const { code, err } = zoneStats(argv);
      expect(code).toBe(2);
      expect(err).toBe(
        `zone-stats: the data folder ${typo} does not exist (check --data or ZONE_STATS_DATA); nothing was created\n`,
      );
    }
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('prints file names and cell text with their control characters escaped', () => {
    const data = join(scratch, 'data');
    const name = 'bad\u001b[2J\u0007.xlsx';
    observationsWorkbook(join(scratch, name), [
      ['bt', 'iav', '2025-03', 'ytd', '12\u001b]0;owned\u0007', 13.8, '', ''],
    ]);
    const { code, out, err } = zoneStats(['import', join(scratch, name), '--data', data]);
    expect(code).toBe(2);
    const controls = [...out, ...err].filter(
      (char) => char !== '\n' && (char < ' ' || (char >= '\u007f' && char <= '\u009f')),
    );
    expect(controls).toEqual([]);
    expect(err).toContain('bad\\x1b[2J\\x07.xlsx: read as xlsx');
    expect(err).toMatch(/error Observations!E2: not a number \(found "12\\x1b\]0;owned\\x07"/);
  });
});
