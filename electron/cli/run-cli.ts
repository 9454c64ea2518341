import { resolve } from 'node:path';
import { errorMessage } from '../../shared/api';
import {
  CliRefusal,
  EXIT_INTERNAL,
  EXIT_OK,
  EXIT_REFUSED,
  refuseArgs,
  type CliCommand,
  type CliContext,
  type CliIo,
  type OpenedHandlers,
  type OptionSpecs,
} from './command';
import { closest } from './did-you-mean';
import { commandName, parseCommandLine } from './parse-args';
import { noticeLines } from './store-notices';
import { escapeControls } from './terminal-text';
import { usage } from './usage';

export interface CliEnvironment {
  io: CliIo;
  env: Record<string, string | undefined>;
  version: string;
  commands: readonly CliCommand[];
  /** The folder relative paths were typed in (main passes npm's INIT_CWD under `npm run cli`). */
  cwd: string;
  defaultDataDirectory(): string;
  openHandlers(directory: string, options: { create: boolean }): Promise<OpenedHandlers>;
  /** The same handlers over a PostgreSQL database (`--database URL`); the real one, loaded on first use, when not given. */
  openDatabaseHandlers?(url: string): Promise<OpenedHandlers>;
}

const openDatabaseHandlers = async (url: string) =>
  (await import('./open-database-handlers')).openDatabaseHandlers(url);

/** Everyone's options. */
export const GLOBAL_OPTIONS: OptionSpecs = {
  data: { type: 'string' },
  database: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

/** Every line goes out escaped: file, sheet and cell text reach the terminal as text, never as control sequences. */
function escapedIo(io: CliIo): CliIo {
  return { out: (line) => io.out(escapeControls(line)), err: (line) => io.err(escapeControls(line)) };
}

/** Parses the command line, answers --help and --version, and runs the named command. */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const { commands } = environment;
  const io = escapedIo(environment.io);
  const printUsage = (to: 'out' | 'err') =>
    usage(commands, environment.defaultDataDirectory()).forEach((line) => io[to](line));

  const everyOption = Object.assign({}, GLOBAL_OPTIONS, ...commands.map((command) => command.options)) as OptionSpecs;
  const name = commandName(argv, everyOption);
  const command = commands.find((candidate) => candidate.name === name);
  if (name !== undefined && !command) {
    const suggestion = closest(
      name,
      commands.map((candidate) => candidate.name),
    );
    io.err(`zone-stats: unknown command "${name}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
    printUsage('err');
    return EXIT_REFUSED;
  }
  const parsed = parseCommandLine(argv, { ...GLOBAL_OPTIONS, ...command?.options });
  if (!parsed.ok) {
    if (command) return refuseArgs(io, command, [parsed.problem]);
    io.err(`zone-stats: ${parsed.problem}`);
    printUsage('err');
    return EXIT_REFUSED;
  }
  const { options } = parsed;
  if (options.version) {
    io.out(environment.version);
    return EXIT_OK;
  }
  if (!command) {
    printUsage(options.help ? 'out' : 'err');
    return options.help ? EXIT_OK : EXIT_REFUSED;
  }
  if (options.help) {
    io.out(`Usage: ${command.usage}`);
    return EXIT_OK;
  }

  if (typeof options.data === 'string' && typeof options.database === 'string')
    return refuseArgs(io, command, ['--data and --database name two different stores: give one']);
  const resolvePath = (path: string) => resolve(environment.cwd, path);
  const directory = resolvePath(
    typeof options.data === 'string'
      ? options.data
      : environment.env.ZONE_STATS_DATA || environment.defaultDataDirectory(),
  );
  // An explicit --data beats a database named only in the environment.
  const databaseUrl =
    typeof options.database === 'string'
      ? options.database
      : typeof options.data === 'string'
        ? undefined
        : environment.env.ZONE_STATS_DATABASE || undefined;
  const context: CliContext = {
    args: { positional: parsed.positional.slice(1), options },
    io,
    resolvePath,
    databaseUrl,
    async openHandlers({ create = false } = {}) {
      if (databaseUrl !== undefined) return (environment.openDatabaseHandlers ?? openDatabaseHandlers)(databaseUrl);
      const opened = await environment.openHandlers(directory, { create });
      noticeLines(opened.notices, directory).forEach((line) => io.err(line));
      return opened;
    },
  };
  try {
    return await command.run(context);
  } catch (cause) {
    io.err(`zone-stats: ${errorMessage(cause)}`);
    return cause instanceof CliRefusal ? EXIT_REFUSED : EXIT_INTERNAL;
  }
}
