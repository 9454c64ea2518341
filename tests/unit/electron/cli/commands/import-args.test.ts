import { describe, expect, it } from 'vitest';
import { IMPORT_OPTIONS, readImportArgs } from '../../../../../electron/cli/commands/import-args';
import { parseCommandLine } from '../../../../../electron/cli/parse-args';

function read(argv: string[]) {
  const parsed = parseCommandLine(argv, IMPORT_OPTIONS);
  if (!parsed.ok) throw new Error(parsed.problem);
  return readImportArgs(parsed.positional, parsed.options);
}

describe('zone-stats import: what to do with an indicator the store lacks, and verified months', () => {
  it('reads --map-indicator NAME=ID, --skip-indicator and --create-indicator into indicatorChoices, and --reopen-verified', () => {
    const request = read([
      'a.xlsx',
      '--map-indicator',
      '规上工业增加值=iav',
      '--skip-indicator',
      '原油',
      '--create-indicator',
      '内燃机',
      '--reopen-verified',
    ]);
    expect(request.ok && request.value.options.indicatorChoices).toEqual({
      规上工业增加值: { mapTo: 'iav' },
      原油: 'skip',
      内燃机: 'create',
    });
    expect(request.ok && request.value.reopenVerified).toBe(true);
    const plain = read(['a.xlsx']);
    expect(plain.ok && [plain.value.options.indicatorChoices, plain.value.reopenVerified]).toEqual([undefined, false]);
  });

  it('refuses a --map-indicator without NAME=ID', () => {
    expect(read(['a.xlsx', '--map-indicator', 'iav'])).toEqual({
      ok: false,
      problems: ['--map-indicator "iav": expected "NAME=ID", such as "规模以上工业增加值=industrial_value_added"'],
    });
  });
});
