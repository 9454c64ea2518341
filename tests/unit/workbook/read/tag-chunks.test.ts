import { describe, expect, it } from 'vitest';
import { ReadLimitError } from '../../../../shared/workbook/read/read-limits';
import { TagChunks } from '../../../../shared/workbook/read/tag-chunks';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('XML in chunks, cut after the last complete tag', () => {
  it('holds a tag cut between chunks back for the next one', () => {
    const chunks = new TagChunks('the file');
    expect(chunks.next(bytes('<row r="1"><c r="A1"><v>1</v></c><c r='))).toBe('<row r="1"><c r="A1"><v>1</v></c>');
    expect(chunks.next(bytes('"B1"><v>2</v></c></row>'))).toBe('<c r="B1"><v>2</v></c></row>');
  });

  it('refuses a tag longer than any writer makes, naming the part', () => {
    const chunks = new TagChunks('the sheet 数据');
    const endless = `<c r="A1" x="${'y'.repeat(64 * 1024)}`;
    expect(() => chunks.next(bytes(endless))).toThrow(ReadLimitError);
    expect(() => new TagChunks('the sheet 数据').next(bytes(endless))).toThrow(
      'the sheet 数据 is damaged: a tag runs over 64 KB',
    );
  });
});
