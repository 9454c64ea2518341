import { join } from 'node:path';
import { commands } from '../../../electron/cli/commands';
import { openHandlers } from '../../../electron/cli/open-handlers';
import { runCli } from '../../../electron/cli/run-cli';

/**
 * `zone-stats` run in this process, its printed lines collected: the real commands, handlers and
 * store, over `data` (where a default folder is never used). `cwd` is the caller's folder.
 */
export async function cliInProcess(
  argv: readonly string[],
  where: { data: string; cwd?: string; env?: Record<string, string> },
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv], {
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
    env: where.env ?? {},
    version: '0.0.0-test',
    commands,
    cwd: where.cwd ?? process.cwd(),
    defaultDataDirectory: () => join(where.data, 'not-this-one'),
    openHandlers,
  });
  return { code, out, err };
}
