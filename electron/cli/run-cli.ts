import { errorMessage } from '../../shared/api';
import { EXIT_INTERNAL, EXIT_OK, EXIT_REFUSED, type CliCommand, type CliContext, type CliIo } from './command';
import { parseArgs } from './parse-args';
import { usage } from './usage';

export interface CliEnvironment {
  io: CliIo;
  env: Record<string, string | undefined>;
  version: string;
  commands: readonly CliCommand[];
  defaultDataDirectory(): string;
  openHandlers(directory: string): ReturnType<CliContext['openHandlers']>;
}

const GLOBAL_SWITCHES = ['help', 'version'];

/** Parses the command line, answers --help and --version, and runs the named command. */
export async function runCli(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const { io, commands } = environment;
  const switches = new Set([...GLOBAL_SWITCHES, ...commands.flatMap((command) => command.switches ?? [])]);
  const { positional, options } = parseArgs(argv, switches);
  const [name, ...rest] = positional;
  const printUsage = (to: 'out' | 'err') => usage(commands, environment.defaultDataDirectory()).forEach((line) => io[to](line));

  if (options.version && !name) {
    io.out(environment.version);
    return EXIT_OK;
  }
  if (!name) {
    printUsage(options.help ? 'out' : 'err');
    return options.help ? EXIT_OK : EXIT_REFUSED;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`zone-stats: unknown command "${name}"`);
    printUsage('err');
    return EXIT_REFUSED;
  }
  if (options.help) {
    io.out(`Usage: ${command.usage}`);
    return EXIT_OK;
  }
  if (options.data === true) {
    io.err('zone-stats: --data needs a folder');
    return EXIT_REFUSED;
  }

  const directory = options.data ?? (environment.env.ZONE_STATS_DATA || environment.defaultDataDirectory());
  const context: CliContext = {
    args: { positional: rest, options },
    io,
    openHandlers: () => environment.openHandlers(directory),
  };
  try {
    return await command.run(context);
  } catch (cause) {
    io.err(`zone-stats: ${errorMessage(cause)}`);
    return EXIT_INTERNAL;
  }
}
