import type { CliCommand } from './command';

export function usage(commands: readonly CliCommand[], defaultDataDirectory: string): string[] {
  return [
    'Usage: zone-stats <command> [options]',
    '',
    'Commands:',
    ...(commands.length > 0 ? commands.map((command) => `  ${command.usage}`) : ['  (none yet)']),
    '',
    'Options:',
    `  --data DIR     the data folder (else $ZONE_STATS_DATA, else the desktop app's: ${defaultDataDirectory})`,
    '  --database URL a shared PostgreSQL database instead (postgres://user:password@host:port/name; else $ZONE_STATS_DATABASE)',
    "  --help, -h     this help; after a command, that command's usage",
    '  --version, -v  the version of zone-stats',
    '',
    'Exit codes: 0 done, 2 refused (nothing written), 1 internal fault.',
  ];
}
