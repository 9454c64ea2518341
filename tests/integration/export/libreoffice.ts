import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice is not part of the toolchain: the tests that use it run where it is installed. */
export const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

let profile: string | null = null;

/**
 * Converts `file` with headless LibreOffice (`xlsx`, or `csv` for every sheet) and returns the
 * output files' paths. A private profile (made once per test file) keeps parallel runs from locking each other out.
 */
export function convertWithLibreOffice(file: string, target: 'xlsx' | 'csv'): string[] {
  const outdir = mkdtempSync(join(tmpdir(), 'zone-stats-lo-'));
  profile ??= pathToFileURL(mkdtempSync(join(tmpdir(), 'zone-stats-lo-profile-'))).href;
  const filter =
    target === 'csv'
      ? 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
      : 'xlsx:Calc MS Excel 2007 XML';
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outdir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const stem = basename(file).replace(/\.[^.]+$/, '');
  return readdirSync(outdir)
    .filter((name) => name.startsWith(stem))
    .sort()
    .map((name) => join(outdir, name));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
