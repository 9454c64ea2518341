import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from '../../../../renderer/features/entry/model/grid/tsv';

describe('TSV from the clipboard', () => {
  it('reads an Excel block with CR LF line ends and a final line break', () => {
    expect(parseTsv('15,300\t14.8%\r\n—\t增长2.3倍\r\n')).toEqual([
      ['15,300', '14.8%'],
      ['—', '增长2.3倍'],
    ]);
  });

  it('reads LF line ends, a block without a final line break, and ragged rows padded', () => {
    expect(parseTsv('1\t2\n3')).toEqual([
      ['1', '2'],
      ['3', ''],
    ]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseTsv('\t5\t\r\n')).toEqual([['', '5', '']]);
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('unquotes cells holding tabs, line breaks or quotes, and leaves text that merely starts with a quote', () => {
    expect(parseTsv('"a\tb"\t"line 1\r\nline 2"\t"say ""hi"""\r\n"Q1" figures\t2\r\n')).toEqual([
      ['a\tb', 'line 1\r\nline 2', 'say "hi"'],
      ['"Q1" figures', '2', ''],
    ]);
  });

  it('writes what it reads', () => {
    const block = [
      ['1148000', '14.8'],
      ['a "quoted"\tcell', ''],
    ];
    expect(formatTsv(block)).toBe('1148000\t14.8\r\n"a ""quoted""\tcell"\t\r\n');
    expect(parseTsv(formatTsv(block))).toEqual(block);
  });
});
