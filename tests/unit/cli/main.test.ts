import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../electron/cli/zone-stats.mjs', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The installed `zone-stats` bin, run as a user would, from another folder. */
function zoneStats(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: fileURLToPath(new URL('.', import.meta.url)), encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the zone-stats bin', { timeout: 30_000 }, () => {
  it("prints package.json's version", () => {
    expect(zoneStats('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('prints its usage with --help', () => {
    const { code, out, err } = zoneStats('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: zone-stats <command> \[options\]\n/);
    expect(err).toBe('');
  });

  it('exits 2 with the usage on standard error for an unknown command', () => {
    const { code, out, err } = zoneStats('frobnicate');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^zone-stats: unknown command "frobnicate"\nUsage: zone-stats/);
  });
});
