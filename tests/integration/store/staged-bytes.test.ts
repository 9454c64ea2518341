import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confEngine } from '../../../electron/store';
import { commitFileSet } from '../../../electron/store/journal';
import { serializedJson, withSerialized } from '../../../electron/store/json-file';
import { useTempDirectories } from './fixtures';

const tempDirectory = useTempDirectories();

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('the bytes of a staged file (issue 11: an import’s shard files are freed once written)', () => {
  it('writes each content the journal makes whole, then frees its bytes; a content it was given keeps them', async () => {
    const directory = await tempDirectory();
    const made: Record<string, unknown>[] = [];
    const make = (text: string) => () => {
      const value = withSerialized({}, bytesOf(text));
      made.push(value);
      return value;
    };
    const given = withSerialized({}, bytesOf('{"given":"比较"}'));
    await commitFileSet(directory, confEngine, {
      write: new Map<string, Record<string, unknown> | (() => Record<string, unknown>)>([
        ['a.json', make('{"made":1}')],
        ['b.json', make(`{"made":"${'长'.repeat(100_000)}"}`)],
        ['c.json', given],
      ]),
    });
    expect(readFileSync(join(directory, 'a.json'), 'utf8')).toBe('{"made":1}');
    expect(readFileSync(join(directory, 'b.json'), 'utf8')).toBe(`{"made":"${'长'.repeat(100_000)}"}`);
    expect(readFileSync(join(directory, 'c.json'), 'utf8')).toBe('{"given":"比较"}');
    expect(made.map((value) => serializedJson(value).length)).toEqual([0, 0]);
    expect(new TextDecoder().decode(serializedJson(given) as Uint8Array)).toBe('{"given":"比较"}');
  });
});
