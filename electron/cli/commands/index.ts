import type { CliCommand } from '../command';

/** Every `zone-stats` command, in the order `--help` lists them. Add a command's file here. */
export const commands: readonly CliCommand[] = [];
