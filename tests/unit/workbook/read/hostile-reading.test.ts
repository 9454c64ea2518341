import { describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook } from '../../../../shared/workbook/read';
import { READ_LIMITS } from '../../../../shared/workbook/read/read-limits';
import { damagedDeflateXlsx, farColumnXlsx, lyingBombXlsx, repeatedCellsXlsx } from './hostile-files';
import { rawOds } from './raw-ods';
import { rawXlsx } from './raw-xlsx';

function refusal(bytes: Uint8Array, fileName = 'hostile.xlsx'): string {
  const outcome = readWorkbook(bytes, { fileName });
  if (outcome.ok) throw new Error('the file was read');
  return outcome.message;
}

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

describe('readWorkbook: hostile files of issue 10 are refused in bounded time', { timeout: 120_000 }, () => {
  it('60,000 rows of one cell in column XFD: refused for its used range, naming the sheet and the column', () => {
    const bytes = farColumnXlsx();
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const { value, seconds } = timed(() => refusal(bytes));
    // 16,384 slots a row: the 10,000,000 limit is passed at row 611 (611 × 16,384 = 10,010,624).
    expect(value).toContain('the sheet Obs uses cells far apart (as far as row 611, column XFD)');
    expect(seconds).toBeLessThan(5);
  });

  it('three sheets of ~450 MB of <c><v>1</v></c> zipped to a few MB: refused at the cell limit', () => {
    const bytes = repeatedCellsXlsx();
    expect(bytes.length).toBeLessThan(8 * 1024 * 1024);
    const { value, seconds } = timed(() => refusal(bytes));
    expect(value).toBe(
      'the file holds more than 1,500,000 cells, over the import limit: split it, or delete what the import does not need',
    );
    expect(seconds).toBeLessThan(10);
  });

  it('a ZIP bomb whose headers claim 0 bytes: the real bytes are counted and it stops at 128 MB', () => {
    const bytes = lyingBombXlsx(1024);
    const { value, seconds } = timed(() => refusal(bytes));
    expect(value).toBe(
      'the file unpacks to more than 128.0 MB, over the import limit (a ZIP bomb, or far more data than an import holds)',
    );
    expect(seconds).toBeLessThan(10);
  });

  it('a sheet whose deflate stream is damaged: refused as damaged at once, naming the part', () => {
    const { value, seconds } = timed(() => refusal(damagedDeflateXlsx()));
    expect(value).toMatch(/^the file is damaged: its part xl\/worksheets\/sheet1\.xml cannot be unpacked/);
    expect(seconds).toBeLessThan(5);
  });

  it('a ZIP cut in the middle of its data is refused', () => {
    const whole = rawXlsx([['Obs', '<row r="1"><c r="A1"><v>1</v></c></row>']]);
    expect(refusal(whole.slice(0, whole.length - 40))).toMatch(/damaged/);
  });
});

describe('readWorkbook: characters beyond U+FFFF written as references (issue 10 §2)', () => {
  it('decodes &#x29E3D; and &#134071; exactly, in inline and shared strings', () => {
    // U+29E3D is 𩸽 (hokke); 134071 = 0x20BB7 is 𠮷; U+1F680 is 🚀.
    const bytes = rawXlsx(
      [
        [
          'Obs',
          '<row r="1"><c r="A1" t="inlineStr"><is><t>工业&#x29E3D;</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>&amp;#x1F680; stays text</t></is></c></row>',
        ],
      ],
      '<si><t>&#134071;&#x1F680;园区</t></si>',
    );
    const outcome = readWorkbook(bytes, { fileName: 'astral.xlsx' });
    if (!outcome.ok) throw new Error(outcome.message);
    const [a, b, c] = outcome.workbook.sheets[0]!.rows[0]!;
    expect(a).toBe('工业\u{29E3D}');
    expect(b).toBe('\u{20BB7}\u{1F680}园区');
    expect(c).toBe('&#x1F680; stays text');
  });
});

describe('readWorkbook: a formula without its saved result (issue 10 §3)', () => {
  it('refuses the file at the cell instead of reading it as blank', () => {
    const bytes = rawXlsx([
      [
        'Observations',
        '<row r="1"><c r="A1" t="inlineStr"><is><t>value</t></is></c></row><row r="17"><c r="E17"><f>1+2</f></c><c r="F17"><f>2*3</f><v>6</v></c></row>',
      ],
    ]);
    expect(refusal(bytes)).toBe(
      'Observations!E17: a formula with no saved result: open and save the file in Excel, or type the figure',
    );
  });

  it('names a sheet whose name holds terminal controls with them escaped, never raw', () => {
    const bytes = rawXlsx([['Obs&#x1b;[2J', '<row r="2"><c r="B2"><f>1+2</f></c></row>']]);
    const message = refusal(bytes);
    expect(message).toBe(
      "'Obs\\u001b[2J'!B2: a formula with no saved result: open and save the file in Excel, or type the figure",
    );
    expect(message).not.toContain('\u001b');
  });

  it('finds it in a cell written without its reference, and with a namespace prefix', () => {
    const bytes = rawXlsx([['S', '<row r="3"><c><v>1</v></c><x:c xmlns:x="urn:x"><x:f>A3*2</x:f></x:c></row>']]);
    expect(refusal(bytes)).toBe(
      'S!B3: a formula with no saved result: open and save the file in Excel, or type the figure',
    );
  });
});

describe('readWorkbook: old Excel formats are named (import issue §6)', () => {
  it.each([
    [[0x09, 0x00, 0x04, 0x00, 0x00, 0x00, 0x10, 0x00], 'an Excel 2.x worksheet (1987)'],
    [[0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00], 'an Excel 3.0 worksheet (1990)'],
    [[0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00], 'an Excel 4.0 worksheet (1992)'],
  ])('%j is %s', (head, what) => {
    const bytes = new Uint8Array(512);
    bytes.set(head);
    expect(refusal(bytes, 'old.xls')).toBe(`the file is ${what}: open it in Excel or LibreOffice and save as .xlsx`);
  });
});

describe('readWorkbook: OpenDocument repeats (issue 10 §1, files of the same kind)', () => {
  it('a cell repeated 16,384 columns in a row repeated 1,048,576 times: refused before SheetJS copies it', () => {
    const bomb =
      '<table:table table:name="Obs"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>';
    const { value, seconds } = timed(() => refusal(rawOds(bomb), 'bomb.ods'));
    expect(value).toBe(
      'the file holds more than 1,500,000 cells, over the import limit: split it, or delete what the import does not need',
    );
    expect(seconds).toBeLessThan(2);
  });

  it('one cell at column XFD in 60,000 repeated rows: refused for its used range', () => {
    const wide =
      '<table:table table:name="Obs"><table:table-row table:number-rows-repeated="60000"><table:table-cell table:number-columns-repeated="16383"/><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row></table:table>';
    expect(refusal(rawOds(wide), 'wide.ods')).toMatch(
      /^a sheet of the file uses cells far apart: its used range is over the import limit of 10,000,000 cells/,
    );
  });
});

describe('readWorkbook: what SheetJS prints is captured (import issue §6)', () => {
  it('"ODS number format may be incorrect" becomes a warning of the read, and nothing reaches the console', () => {
    const styles =
      '<number:number-style style:name="N1"><number:number number:decimal-places="1"/></number:number-style><number:number-style style:name="N2"><number:number number:decimal-places="2"/><style:map style:condition="value()&lt;0" style:apply-style-name="N1"/></number:number-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N2"/>';
    const body =
      '<table:table table:name="Obs"><table:table-row><table:table-cell office:value-type="string"><text:p>zone</text:p></table:table-cell><table:table-cell table:style-name="ce1" office:value-type="float" office:value="14.8"><text:p>14.8</text:p></table:table-cell></table:table-row></table:table>';
    const printed: unknown[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args) => printed.push(args)),
    );
    try {
      const outcome = readWorkbook(rawOds(body, styles), { fileName: 'styled.ods' });
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.workbook.sheets[0]!.rows).toEqual([['zone', 14.8]]);
      expect(outcome.workbook.warnings).toEqual([
        'the spreadsheet reader warned: ODS number format may be incorrect: value()&lt;0',
      ]);
      expect(printed).toEqual([]);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});

describe('readWorkbook: binary workbooks are counted too (.xls records, .xlsb parts)', () => {
  // 1,000 rows × 3 columns = 3,000 cells, and 3,000 used-range slots.
  const grid = Array.from({ length: 1000 }, (_, row) => [row, `t${row}`, row * 1.5]);
  it.each([
    ['biff8', 'counted.xls'],
    ['xlsb', 'counted.xlsb'],
  ] as const)('%s: refused one cell past the limits, read at them', { timeout: 30_000 }, (bookType, fileName) => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid), 'S');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
    const read = (limits: Partial<typeof READ_LIMITS>) =>
      readWorkbook(bytes, { fileName, limits: { ...READ_LIMITS, ...limits } });
    expect(read({ cells: 2999 })).toEqual({
      ok: false,
      message:
        'the file holds more than 2,999 cells, over the import limit: split it, or delete what the import does not need',
    });
    expect(read({ usedRangeSlots: 2999 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/uses cells far apart: its used range is over the import limit of 2,999 cells/),
    });
    const atLimits = read({ cells: 3000, usedRangeSlots: 3000 });
    expect(atLimits.ok && atLimits.workbook.sheets[0]!.rows[999]).toEqual([999, 't999', 1498.5]);
  });
});
