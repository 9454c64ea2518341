import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_NODE_FLAGS } from '../../../../electron/cli/node-flags';
import { BIN, zoneStats } from '../../../integration/cli/zone-stats-bin';

const { version } = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const elsewhere = { cwd: new URL('.', import.meta.url).pathname };

/** The built `zone-stats` bin, run as a user would, from another folder. */
describe('the zone-stats bin', { timeout: 30_000 }, () => {
  it("is executable and starts Node with the command line's V8 flags", () => {
    expect(statSync(BIN).mode & 0o111).toBe(0o111);
    const [shebang] = readFileSync(BIN, 'utf8').split('\n', 1);
    expect(shebang).toBe(`#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}`);
    // Flags the running Node refuses would stop the bin before its first line: the version below proves they start.
    expect(CLI_NODE_FLAGS.every((flag) => process.allowedNodeEnvironmentFlags.has(flag.split('=')[0]!))).toBe(true);
  });

  it("runs with V8's collector exposed, for the one collection an import asks for between its preview and its commit", () => {
    const reportGc =
      "data:text/javascript,process.on('exit',()=>process.stderr.write('gc%20is%20'+typeof%20globalThis.gc))";
    expect(zoneStats(['--version'], { ...elsewhere, env: { NODE_OPTIONS: `--import=${reportGc}` } })).toMatchObject({
      code: 0,
      err: 'gc is function',
    });
  });

  it("prints package.json's version", () => {
    expect(zoneStats(['--version'], elsewhere)).toMatchObject({ code: 0, out: `${version}\n`, err: '' });
  });

  it('prints its usage with --help', () => {
    const { code, out, err } = zoneStats(['--help'], elsewhere);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: zone-stats <command> \[options\]\n/);
    expect(err).toBe('');
  });

  it('exits 2 with the usage on standard error for an unknown command', () => {
    const { code, out, err } = zoneStats(['frobnicate'], elsewhere);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^zone-stats: unknown command "frobnicate"\nUsage: zone-stats/);
  });
});
