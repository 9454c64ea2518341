import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZipWorkbook } from '../../../../shared/workbook/read/checked-zip';
import { readPlainXlsx, type FastRead } from '../../../../shared/workbook/read/fast-xlsx';
import { READ_LIMITS, type ReadLimits } from '../../../../shared/workbook/read/read-limits';
import { readStreamedXlsx, readStreamedXlsxAsync } from '../../../../shared/workbook/read/streamed-xlsx';
import { zipEntries } from '../../../../shared/workbook/read/zip-directory';
import { nodeZip } from '../../../../electron/files/raw-inflate';
import { rawXlsxParts } from './raw-xlsx';

const ROOT = resolve(__dirname, '../../../..');
const REAL = resolve(ROOT, '../shared/real-spreadsheets');

function xlsxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return xlsxFiles(path);
    return entry.name.endsWith('.xlsx') ? [path] : [];
  });
}

/** The reading before issue 11's streaming: the checked unzip, then the fast reader over the whole parts. */
function wholeParts(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): FastRead | string {
  const checked = checkZipWorkbook(bytes, zipEntries(bytes)!, limits);
  return checked.ok ? readPlainXlsx(checked.files) : checked.message;
}

function streamed(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): FastRead {
  return readStreamedXlsx(bytes, zipEntries(bytes)!, limits);
}

/** The same with zlib's inflate, as the command line and the app's worker read. */
function streamedWithZlib(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): FastRead {
  return readStreamedXlsx(bytes, zipEntries(bytes)!, limits, nodeZip);
}

/** The same with zlib inflating on its thread while the sheet is scanned, as readWorkbookAsync reads. */
function streamedInPieces(bytes: Uint8Array, limits: ReadLimits = READ_LIMITS): Promise<FastRead> {
  return readStreamedXlsxAsync(bytes, zipEntries(bytes)!, limits, nodeZip);
}

/** Streamed, the file gives exactly what the whole parts give, and the streaming reader takes it itself. */
function expectSameAsWholeParts(bytes: Uint8Array): FastRead {
  const result = streamed(bytes);
  expect(result).toEqual(wholeParts(bytes));
  expect(streamedWithZlib(bytes)).toEqual(result);
  return result;
}

/** An .xlsx of one hand-written sheet (`sheetData` inner XML, or the whole worksheet), styles as Excel declares them. */
function sheet(data: string, { sharedStrings, worksheet }: { sharedStrings?: string; worksheet?: string } = {}) {
  const parts = rawXlsxParts([['Hand', data]], sharedStrings);
  if (worksheet !== undefined) parts['xl/worksheets/sheet1.xml'] = strToU8(worksheet);
  const types = new TextDecoder().decode(parts['[Content_Types].xml']);
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
  );
  parts['xl/styles.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
  );
  return zipSync(parts as Zippable, { level: 6 });
}

/** zlib for the reader, recording each release: the size it was given and whether its memory went. */
function releaseSpy() {
  const released: { size: number; freed: boolean }[] = [];
  const spying = {
    ...nodeZip,
    release(inflated: Uint8Array) {
      const size = inflated.length;
      nodeZip.release(inflated);
      released.push({ size, freed: inflated.length === 0 });
    },
  };
  return { spying, released };
}

function sheetPartSize(bytes: Uint8Array): number {
  return zipEntries(bytes)!.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!.size;
}

function rows(result: FastRead): unknown[][] {
  if (!result.ok) throw new Error(result.declined);
  return result.sheets[0]!.rows;
}

describe('the streaming .xlsx reader gives what the whole-part reader gives (issue 11)', () => {
  const fixtures = xlsxFiles(join(ROOT, 'tests/fixtures'));
  const real = existsSync(REAL) ? xlsxFiles(REAL) : [];
  const notZip = new Set(['import/truncated.xlsx', 'import/pdf-renamed.xlsx']);
  // openpyxl leaves formulas without results: refused, so left to the checked unzip to say so.
  const declined = new Set(['differential/openpyxl-formulas.xlsx']);

  it.each(
    [...fixtures, ...real]
      .filter((path) => !notZip.has(relative(join(ROOT, 'tests/fixtures'), path)))
      .map((path) => [relative(ROOT, path), path]),
  )('%s', async (_, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const result = streamed(bytes);
    const name = relative(join(ROOT, 'tests/fixtures'), path);
    expect(result.ok).toBe(!declined.has(name));
    if (result.ok) expect(result).toEqual(wholeParts(bytes));
    if (result.ok) expect(streamedWithZlib(bytes)).toEqual(result);
    else expect(streamedWithZlib(bytes).ok).toBe(false);
    if (result.ok) expect(await streamedInPieces(bytes)).toEqual(result);
    else expect((await streamedInPieces(bytes)).ok).toBe(false);
  });
});

describe('the streaming reader on cells other writers write', () => {
  it.each<[string, string, unknown[]]>([
    [
      'entities and character references in formula strings',
      '<row r="1"><c r="A1" t="str"><v>R&amp;D &lt;x&gt; &#x4E2D;&#25991; &quot;q&quot;</v></c><c r="B1" t="str"><v>工业&#x29E3D;</v></c><c r="C1" t="str"><v>&#x1F680; &#134071;</v></c></row>',
      ['R&D <x> 中文 "q"', '工业\u{29E3D}', '\u{1F680} \u{20BB7}'],
    ],
    [
      'inline strings, rich text runs, xml:space',
      '<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" t="inlineStr"><is><r><t>工业</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 增加值 </t></r></is></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">  padded  </t></is></c></row>',
      ['内联', '工业 增加值 ', '  padded  '],
    ],
    [
      'empty cells, styled blanks, empty values',
      '<row r="1"><c r="A1"/><c r="B1" s="1"/><c r="C1" t="str"><v></v></c><c r="D1" t="s"/><c r="E1" t="b"/><c r="F1"><v>7</v></c></row>',
      [null, null, '', null, false, 7],
    ],
    [
      'dates and percentages by style',
      '<row r="1"><c r="A1" s="1"><v>45808</v></c><c r="B1" s="1"><v>60</v></c><c r="C1" s="2"><v>0.148</v></c><c r="D1" s="7"><v>3</v></c></row>',
      [new Date(Date.UTC(2025, 4, 31)), 60, 14.8, 3],
    ],
    [
      'numbers parseFloat reads: signs, zeros, exponents, long mantissas',
      '<row r="1"><c r="A1"><v>-0</v></c><c r="B1"><v>007</v></c><c r="C1"><v>1.50</v></c><c r="D1"><v>1e3</v></c><c r="E1"><v>0.1</v></c><c r="F1"><v>123456789012345678</v></c><c r="G1"><v>-1003.5</v></c><c r="H1"><v>.5</v></c><c r="I1"><v>5.</v></c><c r="J1"><v> 4</v></c><c r="K1"><v>0.30000000000000004</v></c></row>',
      [-0, 7, 1.5, 1000, 0.1, 123456789012345680, -1003.5, 0.5, 5, 4, 0.30000000000000004],
    ],
    [
      'shared formulas with their cached values, and a shared string',
      '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>4</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>',
      [4, 'shared'],
    ],
    [
      'a byte-order mark and CR LF inside text',
      '<row r="1"><c r="A1" t="str"><v>\uFEFFa&#13;&#10;b</v></c><c r="B1" t="str"><v>a_x000D_b</v></c></row>',
      ['\uFEFFa\nb', 'a\rb'],
    ],
    [
      'plain ASCII formula strings beside ones with an escape, an underscore, a raw CR LF or an entity',
      '<row r="1"><c r="A1" t="str"><v>zone-0</v></c><c r="B1" t="str"><v>a_x0041__X0042_</v></c><c r="C1" t="str"><v>ind_1</v></c><c r="D1" t="str"><v>a\r\nb</v></c><c r="E1" t="str"><v>a\rb</v></c><c r="F1" t="str"><v>&amp;amp;</v></c><c r="G1" t="str"><v>2016-01</v></c></row>',
      ['zone-0', 'aAB', 'ind_1', 'a\nb', 'a\rb', '&', '2016-01'],
    ],
  ])('%s', (_, data, first) => {
    const result = expectSameAsWholeParts(sheet(data, { sharedStrings: '<si><t>shared</t></si>' }));
    expect(rows(result)[0]).toEqual(first);
  });

  it('reads a very long row, and rows cut anywhere by the inflater, as the whole parts read', async () => {
    const long = Array.from({ length: 5000 }, (_, column) => `<c r="${letters(column)}1"><v>${column}.25</v></c>`);
    const texts = ['zone-1', 'R&amp;D', '工业', 'a_x0041_', '', 'bureau'];
    const body = Array.from({ length: 20_000 }, (_, index) => {
      const r = index + 2;
      return `<row r="${r}" spans="1:4"><c r="A${r}" t="str"><v>${texts[index % texts.length]}</v></c><c r="B${r}"><v>${(index * 7.3) % 1000}</v></c><c r="C${r}" s="${index % 3}"><v>${40000 + index}</v></c>${index % 5 === 0 ? `<c r="D${r}" t="inlineStr"><is><t>n${index}</t></is></c>` : ''}</row>`;
    });
    const bytes = sheet(`<row r="1">${long.join('')}</row>${body.join('')}`);
    const result = expectSameAsWholeParts(bytes);
    // Several megabytes: zlib's pieces cut rows and cells at places of its own.
    expect(await streamedInPieces(bytes)).toEqual(result);
    expect(rows(result)[0]!.length).toBe(5000);
    expect(rows(result)[0]![4999]).toBe(4999.25);
    expect(rows(result)).toHaveLength(20_001);
  });

  it('counts cells and the used range as the worksheet scan does: read at the limits, declined one past', async () => {
    const bytes = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row><row r="3"><c r="B3"><v>3</v></c></row>',
    );
    const atLimits = { ...READ_LIMITS, cells: 3, usedRangeSlots: 5 };
    expect(streamed(bytes, atLimits).ok).toBe(true);
    expect(wholeParts(bytes, atLimits)).toEqual(streamed(bytes, atLimits));
    for (const past of [
      { ...atLimits, cells: 2 },
      { ...atLimits, usedRangeSlots: 4 },
    ]) {
      expect(streamed(bytes, past).ok).toBe(false);
      expect(streamedWithZlib(bytes, past).ok).toBe(false);
      expect((await streamedInPieces(bytes, past)).ok).toBe(false);
      expect(typeof wholeParts(bytes, past)).toBe('string');
    }
  });

  it('declines a sheet that unpacks past the limit, or damaged, with zlib too: left to the checked unzip', async () => {
    const bytes = sheet('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(2000));
    expect(streamedWithZlib(bytes, { ...READ_LIMITS, inflatedBytes: 20_000 }).ok).toBe(false);
    expect(await streamedInPieces(bytes, { ...READ_LIMITS, inflatedBytes: 20_000 })).toMatchObject({
      ok: false,
      declined: expect.stringMatching(/cannot be unpacked|over the import limit/),
    });
    const damaged = bytes.slice();
    const sheetAt = zipEntries(bytes)!.find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!.localOffset;
    for (let at = sheetAt + 80; at < sheetAt + 200; at++) damaged[at] = 0xff;
    expect(streamedWithZlib(damaged).ok).toBe(false);
    expect((await streamedInPieces(damaged)).ok).toBe(false);
  });

  it('frees each inflated sheet once read (zlib): the grid is whole after its bytes are gone', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, row) =>
        `<row r="${row + 1}"><c r="A${row + 1}" t="inlineStr"><is><t>行${row}</t></is></c><c r="B${row + 1}"><v>${row / 8}</v></c></row>`,
    );
    const bytes = sheet(rows.join(''));
    const { spying, released } = releaseSpy();
    const read = readStreamedXlsx(bytes, zipEntries(bytes)!, READ_LIMITS, spying);
    const sheetSize = sheetPartSize(bytes);
    expect(released).toEqual([{ size: sheetSize, freed: true }]);
    expect(read).toEqual(streamed(bytes));
    expect(read.ok && read.sheets[0]!.rows[19_999]).toEqual(['行19999', 19_999 / 8]);
  });

  it('frees every piece zlib inflated on its thread once the sheet is read', async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, row) => `<row r="${row + 1}"><c r="A${row + 1}" t="inlineStr"><is><t>行${row}</t></is></c></row>`,
    );
    const bytes = sheet(rows.join(''));
    const { spying, released } = releaseSpy();
    const read = await readStreamedXlsxAsync(bytes, zipEntries(bytes)!, READ_LIMITS, spying);
    const sheetSize = sheetPartSize(bytes);
    expect(released.length).toBeGreaterThan(1);
    expect(released.reduce((sum, piece) => sum + piece.size, 0)).toBe(sheetSize);
    expect(released.slice(0, -1).every((piece) => piece.freed)).toBe(true);
    expect(read).toEqual(streamed(bytes));
  });

  it("declines a sheet whose bytes do not give the checksum its directory holds, with zlib's CRC-32 too", async () => {
    const rows = Array.from(
      { length: 200 },
      (_, row) => `<row r="${row + 1}"><c r="A${row + 1}"><v>${row}</v></c></row>`,
    );
    const bytes = sheet(rows.join(''));
    const entries = zipEntries(bytes)!;
    expect(readStreamedXlsx(bytes, entries, READ_LIMITS, nodeZip).ok).toBe(true);
    const altered = entries.map((entry) =>
      entry.name === 'xl/worksheets/sheet1.xml' ? { ...entry, crc: (entry.crc ^ 1) >>> 0 } : entry,
    );
    const read = readStreamedXlsx(bytes, altered, READ_LIMITS, nodeZip);
    expect(read).toMatchObject({ ok: false, declined: expect.stringMatching(/checksum does not match/) });
    expect(await readStreamedXlsxAsync(bytes, altered, READ_LIMITS, nodeZip)).toEqual(read);
  });

  it.each<[string, string, { worksheet?: string }]>([
    ['a formula without its saved result', '<row r="1"><c r="A1"><f>1+1</f><v></v></c></row>', {}],
    ['a namespace prefix', '<row r="1"><x:c xmlns:x="urn:x" r="A1"><x:v>1</x:v></x:c></row>', {}],
    ['array formulas', '<row r="1"><c r="A1"><f t="array" ref="A1">1</f><v>1</v></c></row>', {}],
    ['cells outside rows', '<c r="A1"><v>1</v></c>', {}],
    ['a cell without its reference', '<row r="1"><c><v>1</v></c></row>', {}],
    ['a comment between rows', '<row r="1"><c r="A1"><v>1</v></c></row><!-- note -->', {}],
    [
      'a sheet whose data is not closed',
      '',
      { worksheet: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></worksheet>' },
    ],
  ])('declines %s, left to the whole-part reading', (_, data, options) => {
    const bytes = sheet(data, options);
    expect(streamed(bytes).ok).toBe(false);
  });

  it('reads a sheet whose XML before the data holds Chinese (as WPS names sheets), as the whole parts do', () => {
    const result = expectSameAsWholeParts(
      sheet('', {
        worksheet:
          '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetPr codeName="数据表"/><sheetData><row r="1"><c r="A1" t="str"><v>开发区</v></c><c r="B1"><v>1.5</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells></worksheet>',
      }),
    );
    expect(rows(result)).toEqual([['开发区', 1.5]]);
  });

  it('reads a sheet with no data, or an empty one, as the whole parts do', () => {
    expectSameAsWholeParts(sheet('', { worksheet: '<worksheet><sheetData/></worksheet>' }));
    expectSameAsWholeParts(
      sheet('', {
        worksheet: '<worksheet><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>',
      }),
    );
  });
});

function letters(column: number): string {
  let text = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}
