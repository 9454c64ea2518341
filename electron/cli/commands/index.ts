import type { CliCommand } from '../command';
import { command as brief } from './brief';
import { command as db } from './db';
import { command as exportCommand } from './export';
import { command as highlights } from './highlights';
import { command as importCommand } from './import';
import { command as restore } from './restore';

/** Every `zone-stats` command, in the order `--help` lists them. Add a command's file here. */
export const commands: readonly CliCommand[] = [importCommand, exportCommand, highlights, brief, restore, db];
