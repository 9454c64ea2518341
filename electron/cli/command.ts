import type { FileRegistry } from '../files/file-registry';
import type { AppApi, StoreNotice } from '../../shared/api';

/** Where a command writes: standard output and error, swappable in tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** An option as `node:util` parseArgs declares it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
}
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;
/** Parsed options: a string (never blank), `true` for a switch given, a list for a repeatable option. */
export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

/** Parsed command line: the arguments after the command's name, and its options. */
export interface CliArgs {
  positional: string[];
  options: OptionValues;
}

export interface OpenedHandlers {
  handlers: AppApi;
  /** The files named on the command line, registered so the handlers can read and write them by handle. */
  files: FileRegistry;
  /** What the store found on opening: damaged files moved aside, with the latest backup. */
  notices: StoreNotice[];
  close(): Promise<void>;
}

export interface CliContext {
  args: CliArgs;
  io: CliIo;
  /** A path as the user typed it, resolved against the folder they typed it in. */
  resolvePath(path: string): string;
  /**
   * Opens the store (`--database URL`, else `--data DIR`, else ZONE_STATS_DATABASE, else
   * ZONE_STATS_DATA, else the desktop app's folder) and gives its handlers. Only a command that writes
   * passes `create`: the others refuse a folder that does not exist (a database is never created here).
   */
  openHandlers(options?: { create?: boolean }): Promise<OpenedHandlers>;
  /** The PostgreSQL URL chosen by `--database` or ZONE_STATS_DATABASE (when `--data` is not given), else undefined. */
  databaseUrl: string | undefined;
}

/** Exit codes of docs/workbook.md §3: 0 done, 2 refused (problems printed, nothing written), 1 internal fault. */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_REFUSED = 2;

/** A refusal found outside a use case (the dataset in use, a missing folder): printed as is, exit 2. */
export class CliRefusal extends Error {
  override name = 'CliRefusal';
}

/** The exit code of a use case's failure: an internal fault, else a refusal. */
export function exitCodeOf(error: { code: string }): number {
  return error.code === 'internal' ? EXIT_INTERNAL : EXIT_REFUSED;
}

export interface CliCommand {
  name: string;
  /** One usage line, as printed by `zone-stats --help`: `zone-stats import FILE... [--dry-run]`. */
  usage: string;
  /** The command's own options (`--data`, `--database`, `--help` and `--version` are everyone's). */
  options: OptionSpecs;
  run(context: CliContext): Promise<number>;
}

/** Bad arguments: each problem under the command's name, then its usage line. */
export function refuseArgs(
  io: CliIo,
  command: Pick<CliCommand, 'name' | 'usage'>,
  problems: readonly string[],
): number {
  problems.forEach((problem) => io.err(`zone-stats ${command.name}: ${problem}`));
  io.err(`Usage: ${command.usage}`);
  return EXIT_REFUSED;
}
