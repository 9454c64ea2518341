import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built bin, as package.json's `bin` names it (`npm run build:cli`; `npm test` and `npm run test:unit` build it first). */
export const BIN = fileURLToPath(new URL('../../../dist/cli/zone-stats.mjs', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build:cli\` first`);
}

export interface RunOptions {
  cwd?: string;
  /** Added to the bin's environment (binEnvironment). */
  env?: Record<string, string>;
}

/**
 * Added to a clean environment: no INIT_CWD or ZONE_STATS_DATA leaks in from the test runner's own
 * npm, and the `node` the bin's shebang finds first is the one running the tests.
 */
export function binEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { INIT_CWD: _initCwd, ZONE_STATS_DATA: _data, ...rest } = process.env;
  return { ...rest, PATH: [dirname(process.execPath), rest.PATH].filter(Boolean).join(delimiter), ...extra };
}

/** Runs `zone-stats ARGS` as a user would (the executable bin, through its shebang line), in a child process, and waits for it. */
export function zoneStats(args: readonly string[], options: RunOptions = {}) {
  assertBuilt();
  const run = spawnSync(BIN, args, {
    cwd: options.cwd,
    env: binEnvironment(options.env),
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, signal: run.signal, out: run.stdout, err: run.stderr };
}

/** Runs `zone-stats ARGS` with its standard output closed before it prints (`| head -0`). */
export function zoneStatsIntoClosedPipe(
  args: readonly string[],
  options: RunOptions = {},
): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  assertBuilt();
  const child = spawn(BIN, args, {
    cwd: options.cwd,
    env: binEnvironment(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}
