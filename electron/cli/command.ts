import type { AppApi } from '../../shared/api';

/** Where a command writes: standard output and error, swappable in tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Parsed command line: positional arguments and `--flag value` / `--switch` options. */
export interface CliArgs {
  /** The arguments after the command's name. */
  positional: string[];
  options: Record<string, string | true>;
}

export interface CliContext {
  args: CliArgs;
  io: CliIo;
  /** Opens the store (`--data DIR`, else ZONE_STATS_DATA, else the desktop app's folder) and gives its handlers. */
  openHandlers(): Promise<{ handlers: AppApi; close(): Promise<void> }>;
}

/** Exit codes of workbook.md §3: 0 done, 2 refused (problems printed, nothing written), 1 internal fault. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_REFUSED = 2;

/** The exit code of a use case's failure: an internal fault, else a refusal. */
export function exitCodeOf(error: { code: string }): number {
  return error.code === 'internal' ? EXIT_INTERNAL : EXIT_REFUSED;
}

export interface CliCommand {
  name: string;
  /** One usage line, as printed by `zone-stats --help`: `zone-stats import FILE... [--dry-run]`. */
  usage: string;
  /** Options that take no value (`dry-run`); every other `--option` takes the next argument. */
  switches?: readonly string[];
  run(context: CliContext): Promise<number>;
}

/** Bad arguments: each problem under the command's name, then its usage line. */
export function refuseArgs(io: CliIo, command: CliCommand, problems: readonly string[]): number {
  problems.forEach((problem) => io.err(`zone-stats ${command.name}: ${problem}`));
  io.err(`Usage: ${command.usage}`);
  return EXIT_REFUSED;
}
