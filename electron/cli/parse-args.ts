import type { CliArgs } from './command';

const SHORT: Record<string, string> = { '-h': 'help', '-v': 'version', '-V': 'version' };

/**
 * `--name=value`, `--name value` and `--switch`. A name in `switches` never takes a value, so
 * `import --dry-run FILE` keeps FILE positional; any other option takes the next argument unless
 * that is another option. `--` ends the options.
 */
export function parseArgs(argv: readonly string[], switches: ReadonlySet<string>): CliArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string;
    if (token === '--') {
      positional.push(...argv.slice(index + 1));
      break;
    }
    const short = SHORT[token];
    if (short) {
      options[short] = true;
      continue;
    }
    if (!token.startsWith('--') || token.length === 2) {
      positional.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    if (equals > 2) {
      options[token.slice(2, equals)] = token.slice(equals + 1);
      continue;
    }
    const name = token.slice(2);
    const next = argv[index + 1];
    if (!switches.has(name) && next !== undefined && isValue(next)) {
      options[name] = next;
      index++;
    } else {
      options[name] = true;
    }
  }
  return { positional, options };
}

/** A negative number (`--threshold -5`) is a value; `-x` and `--x` are options. */
function isValue(token: string): boolean {
  return !token.startsWith('-') || /^-\d/.test(token);
}
