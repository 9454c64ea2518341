import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../electron/cli/parse-args';

const switches = new Set(['help', 'version', 'dry-run', 'valid-only']);

describe('parseArgs', () => {
  it('keeps files after a switch positional', () => {
    expect(parseArgs(['import', '--dry-run', 'a.xlsx', 'b.xlsx'], switches)).toEqual({
      positional: ['import', 'a.xlsx', 'b.xlsx'],
      options: { 'dry-run': true },
    });
  });

  it('reads `--name value` and `--name=value`', () => {
    expect(parseArgs(['export', 'out.xlsx', '--data', '/srv/zs', '--period=2025-05', '--lang', 'zh'], switches)).toEqual({
      positional: ['export', 'out.xlsx'],
      options: { data: '/srv/zs', period: '2025-05', lang: 'zh' },
    });
  });

  it('takes a negative number as a value but not another option', () => {
    expect(parseArgs(['--threshold', '-5', '--zones', '--valid-only'], switches).options).toEqual({ threshold: '-5', zones: true, 'valid-only': true });
  });

  it('knows -h and -v, and stops reading options at --', () => {
    expect(parseArgs(['-h', '-v', '--', '--not-an-option', '-'], switches)).toEqual({
      positional: ['--not-an-option', '-'],
      options: { help: true, version: true },
    });
  });
});
