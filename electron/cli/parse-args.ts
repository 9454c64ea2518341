import { parseArgs } from 'node:util';
import type { OptionSpecs, OptionValues } from './command';
import { closest } from './did-you-mean';

export type Parsed = { ok: true; positional: string[]; options: OptionValues } | { ok: false; problem: string };

/** `--threshold -5`: a negative number is the option's value, not another option. */
function negativeValuesInline(argv: readonly string[], specs: OptionSpecs): string[] {
  const args: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    const next = argv[index + 1];
    if (token === '--') {
      args.push(...argv.slice(index));
      break;
    }
    if (token.startsWith('--') && specs[token.slice(2)]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      args.push(`${token}=${next}`);
      index++;
    } else args.push(token);
  }
  return args;
}

/** Why parseArgs refused: read again leniently, option by option, in the user's words. */
function explain(args: string[], specs: OptionSpecs): string | undefined {
  const { tokens } = parseArgs({ args, options: specs, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs[token.name];
    if (!spec) {
      const longNames = Object.keys(specs);
      const suggestion = token.rawName.startsWith('--') ? closest(token.name, longNames) : undefined;
      return `unknown option ${token.rawName}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`;
    }
    if (spec.type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value`;
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))))
      return `${token.rawName} needs a value`;
  }
  return undefined;
}

/**
 * The command line read strictly by `node:util` parseArgs: an unknown option, a switch given a value
 * or an option without one is refused, with the option meant when it looks like a slip. A blank
 * value (`--threshold ""`) is refused for every option alike.
 */
export function parseCommandLine(argv: readonly string[], specs: OptionSpecs): Parsed {
  const args = negativeValuesInline(argv, specs);
  let parsed;
  try {
    parsed = parseArgs({ args, options: specs, strict: true, allowPositionals: true });
  } catch (cause) {
    return { ok: false, problem: explain(args, specs) ?? (cause instanceof Error ? cause.message : String(cause)) };
  }
  const options = parsed.values as Record<string, string | boolean | string[] | undefined>;
  for (const [name, value] of Object.entries(options)) {
    const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    if (values.some((text) => text.trim() === '')) return { ok: false, problem: `--${name} needs a value` };
  }
  return { ok: true, positional: parsed.positionals, options };
}

/** The command's name: the first argument that is neither an option nor an option's value. */
export function commandName(argv: readonly string[], specs: OptionSpecs): string | undefined {
  return parseArgs({ args: negativeValuesInline(argv, specs), options: specs, strict: false, allowPositionals: true })
    .positionals[0];
}
