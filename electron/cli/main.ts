import { readFileSync } from 'node:fs';
import { defaultDataDirectory } from '../store';
import { commands } from './commands';
import { openHandlers } from './open-handlers';
import { runCli } from './run-cli';

/** The `zone-stats` command line: `npm run -s cli -- ARGS` from a checkout, or the package's bin. */
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

process.exitCode = await runCli(process.argv.slice(2), {
  io: { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
  env: process.env,
  version: packageJson.version,
  commands,
  // The app's own folder: run-cli applies ZONE_STATS_DATA itself, and prints this one in --help.
  defaultDataDirectory: () => defaultDataDirectory({ ...process.env, ZONE_STATS_DATA: undefined }),
  openHandlers,
});
