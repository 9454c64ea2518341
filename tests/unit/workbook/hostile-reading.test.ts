import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/workbook/read';
import { damagedDeflateXlsx, farColumnXlsx, lyingBombXlsx, repeatedCellsXlsx } from './hostile-files';
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
    expect(value).toBe('the file holds more than 1,500,000 cells, over the import limit: split it, or delete what the import does not need');
    expect(seconds).toBeLessThan(10);
  });

  it('a ZIP bomb whose headers claim 0 bytes: the real bytes are counted and it stops at 128 MB', () => {
    const bytes = lyingBombXlsx(1024);
    const { value, seconds } = timed(() => refusal(bytes));
    expect(value).toBe('the file unpacks to more than 128.0 MB, over the import limit (a ZIP bomb, or far more data than an import holds)');
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
      [['Obs', '<row r="1"><c r="A1" t="inlineStr"><is><t>工业&#x29E3D;</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>&amp;#x1F680; stays text</t></is></c></row>']],
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
    const bytes = rawXlsx([['Observations', '<row r="1"><c r="A1" t="inlineStr"><is><t>value</t></is></c></row><row r="17"><c r="E17"><f>1+2</f></c><c r="F17"><f>2*3</f><v>6</v></c></row>']]);
    expect(refusal(bytes)).toBe('Observations!E17: a formula with no saved result: open and save the file in Excel, or type the figure');
  });

  it('finds it in a cell written without its reference, and with a namespace prefix', () => {
    const bytes = rawXlsx([['S', '<row r="3"><c><v>1</v></c><x:c xmlns:x="urn:x"><x:f>A3*2</x:f></x:c></row>']]);
    expect(refusal(bytes)).toBe('S!B3: a formula with no saved result: open and save the file in Excel, or type the figure');
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
