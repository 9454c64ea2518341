import { describe, expect, it } from 'vitest';
import { noAttributes, readTagAttributes } from '../../../../shared/workbook/read/tag-attributes';

/** The attributes of `tag` (the bytes after a tag's name) as texts, or null when refused. */
function read(tag: string): Record<string, string> | null {
  const bytes = new TextEncoder().encode(tag);
  const into = noAttributes();
  if (!readTagAttributes(bytes, 0, bytes.length, into)) return null;
  const text = (start: number, end: number) => (start < 0 ? undefined : tag.slice(start, end));
  return Object.fromEntries(
    Object.entries({
      r: text(into.rStart, into.rEnd),
      s: text(into.sStart, into.sEnd),
      t: text(into.tStart, into.tEnd),
    }).filter(([, value]) => value !== undefined),
  ) as Record<string, string>;
}

describe('the r, s and t attributes of a row or cell tag, read from its bytes', () => {
  it.each<[string, Record<string, string> | null]>([
    // The shape writers use.
    [' r="A1"', { r: 'A1' }],
    [' r="B12" t="str"', { r: 'B12', t: 'str' }],
    [' t="s" s="3" r="XFD1048576"', { r: 'XFD1048576', s: '3', t: 's' }],
    ['', {}],
    // Other shapes, read by the general rules, the same or refused.
    [' r="A1" ', { r: 'A1' }],
    ['\tr="A1"\n s="2"', { r: 'A1', s: '2' }],
    [" r='A1'", { r: 'A1' }],
    [' r=""', { r: '' }],
    [' r="A1" spans="1:8" x14ac:dyDescent="0.25"', null],
    [' r="A1" spans="1:8" ht="15"', { r: 'A1' }],
    [' r="A1" x="1"', { r: 'A1' }],
    [' r="A-1"', { r: 'A-1' }],
    [' r="A1" t="array"', null],
    [' r="A1" r="B1"', null],
    [' r="A1"t="s"', null],
    [' r = "A1"', null],
    [' r=A1', null],
    [' r="A1', null],
    [' r="A=1"', null],
    [' r="中"', null],
    ['r="A1"', null],
  ])('%j', (tag, expected) => {
    expect(read(tag)).toEqual(expected);
  });
});
