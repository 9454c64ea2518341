import { describe, expect, it, vi } from 'vitest';
import type { CliCommand, CliContext } from '../../../electron/cli/command';
import { runCli, type CliEnvironment } from '../../../electron/cli/run-cli';

function setup(commands: CliCommand[] = [], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const openHandlers = vi.fn(async (directory: string) => ({ handlers: { directory } as never, close: async () => undefined }));
  const environment: CliEnvironment = {
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
    env,
    version: '9.8.7',
    commands,
    defaultDataDirectory: () => '/home/user/.config/Zone Stats/dataset',
    openHandlers,
  };
  return { out, err, openHandlers, run: (...argv: string[]) => runCli(argv, environment) };
}

/** A command that records the context it ran with. */
function probe(result = 0): CliCommand & { seen: CliContext[] } {
  const seen: CliContext[] = [];
  return { name: 'probe', usage: 'zone-stats probe FILE... [--dry-run]', switches: ['dry-run'], seen, run: async (context) => (seen.push(context), result) };
}

describe('the zone-stats command line', () => {
  it('prints every command in --help, on standard output, and exits 0', async () => {
    const cli = setup([probe()]);
    expect(await cli.run('--help')).toBe(0);
    expect(cli.out[0]).toBe('Usage: zone-stats <command> [options]');
    expect(cli.out).toContain('  zone-stats probe FILE... [--dry-run]');
    expect(cli.out.join('\n')).toContain('/home/user/.config/Zone Stats/dataset');
    expect(cli.err).toEqual([]);
  });

  it('prints the version', async () => {
    const cli = setup();
    expect(await cli.run('--version')).toBe(0);
    expect(cli.out).toEqual(['9.8.7']);
  });

  it('names an unknown command and prints the usage on standard error, exiting 2', async () => {
    const cli = setup([probe()]);
    expect(await cli.run('frobnicate', '--data', '/x')).toBe(2);
    expect(cli.err[0]).toBe('zone-stats: unknown command "frobnicate"');
    expect(cli.err).toContain('  zone-stats probe FILE... [--dry-run]');
    expect(cli.out).toEqual([]);
  });

  it('prints the usage on standard error and exits 2 without a command', async () => {
    const cli = setup();
    expect(await cli.run()).toBe(2);
    expect(cli.err[0]).toBe('Usage: zone-stats <command> [options]');
  });

  it("prints a command's own usage for `COMMAND --help` without running it", async () => {
    const command = probe();
    const cli = setup([command]);
    expect(await cli.run('probe', '--help')).toBe(0);
    expect(cli.out).toEqual(['Usage: zone-stats probe FILE... [--dry-run]']);
    expect(command.seen).toEqual([]);
  });

  it("runs the command with its arguments and the command's switches, and returns its exit code", async () => {
    const command = probe(2);
    const cli = setup([command]);
    expect(await cli.run('probe', '--dry-run', 'a.xlsx', 'b.xlsx')).toBe(2);
    expect(command.seen[0]?.args).toEqual({ positional: ['a.xlsx', 'b.xlsx'], options: { 'dry-run': true } });
  });

  it.each([
    ['--data', ['--data', '/srv/zs'], { ZONE_STATS_DATA: '/env/zs' }, '/srv/zs'],
    ['ZONE_STATS_DATA', [], { ZONE_STATS_DATA: '/env/zs' }, '/env/zs'],
    ["the desktop app's folder", [], {}, '/home/user/.config/Zone Stats/dataset'],
  ])('opens the store named by %s', async (_source, extra, env, expected) => {
    const command = probe();
    const cli = setup([command], env);
    await cli.run('probe', ...extra);
    await command.seen[0]?.openHandlers();
    expect(cli.openHandlers).toHaveBeenCalledWith(expected);
  });

  it('refuses --data without a folder', async () => {
    const cli = setup([probe()]);
    expect(await cli.run('probe', '--data')).toBe(2);
    expect(cli.err).toEqual(['zone-stats: --data needs a folder']);
  });

  it('reports a command that throws as an internal fault, exit 1', async () => {
    const cli = setup([{ name: 'boom', usage: 'zone-stats boom', run: async () => Promise.reject(new Error('disk on fire')) }]);
    expect(await cli.run('boom')).toBe(1);
    expect(cli.err).toEqual(['zone-stats: disk on fire']);
  });
});
