import { describe, expect, it } from 'vitest';
import type { OptionSpecs } from '../../../../electron/cli/command';
import { commandName, parseCommandLine } from '../../../../electron/cli/parse-args';

const specs: OptionSpecs = {
  help: { type: 'boolean', short: 'h' },
  data: { type: 'string' },
  period: { type: 'string' },
  threshold: { type: 'string' },
  map: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
};

describe('parseCommandLine', () => {
  it('keeps files after a switch positional, and reads `--name value`, `--name=value` and -h', () => {
    expect(
      parseCommandLine(
        ['import', '--dry-run', 'a.xlsx', '--data', '/srv/zs', '--period=2025-05', 'b.xlsx', '-h'],
        specs,
      ),
    ).toEqual({
      ok: true,
      positional: ['import', 'a.xlsx', 'b.xlsx'],
      options: { 'dry-run': true, data: '/srv/zs', period: '2025-05', help: true },
    });
  });

  it('takes a negative number as a value, and repeats a repeatable option', () => {
    const parsed = parseCommandLine(['--threshold', '-5', '--map', 'A=value', '--map', 'B='], specs);
    expect(parsed).toEqual({ ok: true, positional: [], options: { threshold: '-5', map: ['A=value', 'B='] } });
  });

  it('stops reading options at --', () => {
    expect(parseCommandLine(['--', '--not-an-option', '-'], specs)).toEqual({
      ok: true,
      positional: ['--not-an-option', '-'],
      options: {},
    });
  });

  it.each([
    [['--perod', '2025-05'], 'unknown option --perod (did you mean --period?)'],
    [['--peirod=2025-05'], 'unknown option --peirod (did you mean --period?)'],
    [['--colour'], 'unknown option --colour'],
    [['-x'], 'unknown option -x'],
    [['--period'], '--period needs a value'],
    [['--period', '--dry-run'], '--period needs a value'],
    [['--threshold', ''], '--threshold needs a value'],
    [['--map', 'A=value', '--map', ' '], '--map needs a value'],
    [['--dry-run=no'], '--dry-run takes no value'],
  ])('refuses %j', (argv, problem) => {
    expect(parseCommandLine(argv, specs)).toEqual({ ok: false, problem });
  });
});

describe('commandName', () => {
  it('skips options and their values', () => {
    expect(commandName(['--data', '/srv/zs', '--threshold', '-5', 'export', 'out.xlsx'], specs)).toBe('export');
    expect(commandName(['--help'], specs)).toBeUndefined();
  });
});
