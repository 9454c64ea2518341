import { describe, expect, it, vi } from 'vitest';
import { CliRefusal, type CliCommand, type CliContext } from '../../../../electron/cli/command';
import { runCli, type CliEnvironment } from '../../../../electron/cli/run-cli';
import type { StoreNotice } from '../../../../shared/api';

function setup(commands: CliCommand[] = [], env: Record<string, string> = {}, notices: StoreNotice[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const openHandlers = vi.fn(async (directory: string, _options: { create: boolean }) => ({
    handlers: { directory } as never,
    files: {} as never,
    notices,
    close: async () => undefined,
  }));
  const openDatabaseHandlers = vi.fn(async (url: string) => ({
    handlers: { url } as never,
    files: {} as never,
    notices: [],
    close: async () => undefined,
  }));
  const environment: CliEnvironment = {
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
    env,
    version: '9.8.7',
    commands,
    cwd: '/home/user/reports',
    defaultDataDirectory: () => '/home/user/.config/Zone Stats/dataset',
    openHandlers,
    openDatabaseHandlers,
  };
  return { out, err, openHandlers, openDatabaseHandlers, run: (...argv: string[]) => runCli(argv, environment) };
}

/** A command that records the context it ran with. */
function probe(result = 0): CliCommand & { seen: CliContext[] } {
  const seen: CliContext[] = [];
  return {
    name: 'probe',
    usage: 'zone-stats probe FILE... [--dry-run]',
    options: { 'dry-run': { type: 'boolean' } },
    seen,
    run: async (context) => (seen.push(context), result),
  };
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
    expect(cli.openHandlers).toHaveBeenCalledWith(expected, { create: false });
  });

  it.each([
    [
      '--database',
      ['--database', 'postgres://ada@db/zs'],
      { ZONE_STATS_DATABASE: 'postgres://env@db/zs', ZONE_STATS_DATA: '/env/zs' },
      'postgres://ada@db/zs',
    ],
    [
      'ZONE_STATS_DATABASE, over ZONE_STATS_DATA',
      [],
      { ZONE_STATS_DATABASE: 'postgres://env@db/zs', ZONE_STATS_DATA: '/env/zs' },
      'postgres://env@db/zs',
    ],
  ])('opens the database named by %s', async (_source, extra, env, expected) => {
    const command = probe();
    const cli = setup([command], env);
    await cli.run('probe', ...extra);
    expect(command.seen[0]?.databaseUrl).toBe(expected);
    await command.seen[0]?.openHandlers({ create: true });
    expect(cli.openDatabaseHandlers).toHaveBeenCalledWith(expected);
    expect(cli.openHandlers).not.toHaveBeenCalled();
  });

  it('an explicit --data beats a database named only in the environment', async () => {
    const command = probe();
    const cli = setup([command], { ZONE_STATS_DATABASE: 'postgres://env@db/zs' });
    await cli.run('probe', '--data', '/srv/zs');
    expect(command.seen[0]?.databaseUrl).toBeUndefined();
    await command.seen[0]?.openHandlers();
    expect(cli.openHandlers).toHaveBeenCalledWith('/srv/zs', { create: false });
    expect(cli.openDatabaseHandlers).not.toHaveBeenCalled();
  });

  it('refuses --data and --database together (exit 2), without running the command', async () => {
    const command = probe();
    const cli = setup([command]);
    expect(await cli.run('probe', '--data', '/srv/zs', '--database', 'postgres://ada@db/zs')).toBe(2);
    expect(cli.err[0]).toBe('zone-stats probe: --data and --database name two different stores: give one');
    expect(command.seen).toEqual([]);
  });

  it('refuses --data without a folder', async () => {
    const cli = setup([probe()]);
    expect(await cli.run('probe', '--data')).toBe(2);
    expect(cli.err).toEqual(['zone-stats probe: --data needs a value', 'Usage: zone-stats probe FILE... [--dry-run]']);
  });

  it('reports a command that throws as an internal fault, exit 1', async () => {
    const cli = setup([
      {
        name: 'boom',
        usage: 'zone-stats boom',
        options: {},
        run: async () => Promise.reject(new Error('disk on fire')),
      },
    ]);
    expect(await cli.run('boom')).toBe(1);
    expect(cli.err).toEqual(['zone-stats: disk on fire']);
  });

  it('refuses an unknown option with the option meant, exit 2, without running the command', async () => {
    const command = probe();
    const cli = setup([command]);
    expect(await cli.run('probe', '--dyr-run', 'a.xlsx')).toBe(2);
    expect(cli.err).toEqual([
      'zone-stats probe: unknown option --dyr-run (did you mean --dry-run?)',
      'Usage: zone-stats probe FILE... [--dry-run]',
    ]);
    expect(command.seen).toEqual([]);
  });

  it('names the command meant for a mistyped one', async () => {
    const cli = setup([probe()]);
    expect(await cli.run('prboe')).toBe(2);
    expect(cli.err[0]).toBe('zone-stats: unknown command "prboe" (did you mean probe?)');
  });

  it.each([
    [['--dry-run=yes'], 'zone-stats probe: --dry-run takes no value'],
    [['--data', ''], 'zone-stats probe: --data needs a value'],
    [['--data', '  '], 'zone-stats probe: --data needs a value'],
    [['--data', '--dry-run'], 'zone-stats probe: --data needs a value'],
  ])('refuses %j (exit 2)', async (argv, message) => {
    const command = probe();
    const cli = setup([command]);
    expect(await cli.run('probe', ...argv)).toBe(2);
    expect(cli.err[0]).toBe(message);
    expect(command.seen).toEqual([]);
  });

  it('refuses an unknown option before any command too', async () => {
    const cli = setup([probe()]);
    expect(await cli.run('--verison')).toBe(2);
    expect(cli.err[0]).toBe('zone-stats: unknown option --verison (did you mean --version?)');
  });

  it("resolves relative paths and --data against the caller's folder, absolute ones as they are", async () => {
    const command = probe();
    const cli = setup([command]);
    await cli.run('probe', '--data', 'store');
    const context = command.seen[0]!;
    expect(context.resolvePath('may/bureau.xlsx')).toBe('/home/user/reports/may/bureau.xlsx');
    expect(context.resolvePath('/srv/in.xlsx')).toBe('/srv/in.xlsx');
    await context.openHandlers({ create: true });
    expect(cli.openHandlers).toHaveBeenCalledWith('/home/user/reports/store', { create: true });
  });

  it('escapes control characters in every line it prints, whoever wrote them', async () => {
    const cli = setup([
      {
        name: 'echo',
        usage: 'zone-stats echo',
        options: {},
        run: async ({ io, args }) => (args.positional.forEach((text) => io.out(text)), io.err('\u009b2J'), 0),
      },
    ]);
    expect(await cli.run('echo', 'a\u001b[31mred\u0007', 'tab\there\nnext')).toBe(0);
    expect(cli.out).toEqual(['a\\x1b[31mred\\x07', 'tab\\x09here\\x0anext']);
    expect(cli.err).toEqual(['\\x9b2J']);
  });

  it('reports a refusal found outside a use case (the dataset in use) as exit 2', async () => {
    const cli = setup([
      {
        name: 'busy',
        usage: 'zone-stats busy',
        options: {},
        run: async () => Promise.reject(new CliRefusal('the dataset is in use')),
      },
    ]);
    expect(await cli.run('busy')).toBe(2);
    expect(cli.err).toEqual(['zone-stats: the dataset is in use']);
  });

  it('prints what the store found on opening (a damaged file moved aside, the backup and the command to restore it)', async () => {
    const notice: StoreNotice = {
      kind: 'damaged-file',
      file: '/d s/2025.json',
      movedTo: '/d s/2025.damaged-x.json',
      at: '2025-06-01T00:00:00.000Z',
      latestBackupId: 'b1',
    };
    const command = probe();
    const cli = setup([command], {}, [notice]);
    await cli.run('probe', '--data', '/d s');
    await command.seen[0]!.openHandlers();
    expect(cli.err).toEqual([
      'zone-stats: /d s/2025.json was damaged; it was moved aside to /d s/2025.damaged-x.json and none of its figures were read',
      "zone-stats: the latest backup is b1; restore it with: zone-stats restore b1 --data '/d s'",
    ]);
  });
});
