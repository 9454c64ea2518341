import { defaultDataDirectory } from '../store/data-directory';
import { commands } from './commands';
import { packageVersion } from './package-version';
import { runCli } from './run-cli';

/* The `zone-stats` command line: `npm run -s cli -- ARGS` from a checkout, or the package's bin (built by `npm run build:cli`). */

/**
 * A line writer that ends quietly when the reader has gone (`zone-stats … | head -1`): the pipe's
 * EPIPE is not a fault, and what follows is simply not printed.
 */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return (line) => {
    if (!closed && !stream.destroyed) stream.write(`${line}\n`);
  };
}

process.exitCode = await runCli(process.argv.slice(2), {
  io: { out: lineWriter(process.stdout), err: lineWriter(process.stderr) },
  env: process.env,
  version: packageVersion(),
  commands,
  // `npm run cli` runs in the package's folder; npm names the caller's folder in INIT_CWD.
  cwd: process.env.INIT_CWD || process.cwd(),
  // The app's own folder: run-cli applies ZONE_STATS_DATA itself, and prints this one in --help.
  defaultDataDirectory: () => defaultDataDirectory({ ...process.env, ZONE_STATS_DATA: undefined }),
  // Loaded on first use: `--help` and argument refusals never load the store, SheetJS or the use cases.
  openHandlers: async (directory, options) => (await import('./open-handlers')).openHandlers(directory, options),
});
