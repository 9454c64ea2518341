import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readWorkbook, type ReadOutcome } from '../../../../shared/workbook/read';
import { checkZipWorkbook } from '../../../../shared/workbook/read/checked-zip';
import { readPlainXlsx } from '../../../../shared/workbook/read/fast-xlsx';
import { zipEntries } from '../../../../shared/workbook/read/zip-directory';
import { rawXlsx, rawXlsxParts } from './raw-xlsx';

const ROOT = resolve(__dirname, '../../../..');
/** The files users sent (issue 11: "every file in ../shared/real-spreadsheets/"), when this checkout sits beside them. */
const REAL = resolve(ROOT, '../shared/real-spreadsheets');

function xlsxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return xlsxFiles(path);
    return entry.name.endsWith('.xlsx') ? [path] : [];
  });
}

/** Both readers: SheetJS alone, and the app's (the fast reader for what it takes). */
function bothWays(bytes: Uint8Array, fileName: string): { sheetjs: ReadOutcome; fast: ReadOutcome } {
  return { sheetjs: readWorkbook(bytes, { fileName, fastXlsx: false }), fast: readWorkbook(bytes, { fileName }) };
}

/** Whether the fast reader itself read the file (rather than declining it to SheetJS). */
function fastReaderTakes(bytes: Uint8Array): boolean | string {
  const entries = zipEntries(bytes);
  if (!entries) return 'not a ZIP';
  const checked = checkZipWorkbook(bytes, entries);
  if (!checked.ok) return checked.message;
  const read = readPlainXlsx(checked.files);
  return read.ok ? true : read.declined;
}

function read(outcome: ReadOutcome) {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.workbook;
}

describe('the fast .xlsx reader gives the same cells as SheetJS (issue 11 §2)', () => {
  const fixtures = xlsxFiles(join(ROOT, 'tests/fixtures'));
  const real = existsSync(REAL) ? xlsxFiles(REAL) : [];
  // Not workbooks at all, or refused before any reader (openpyxl leaves formulas without results).
  const neverRead = new Set([
    'import/truncated.xlsx',
    'import/pdf-renamed.xlsx',
    'differential/openpyxl-formulas.xlsx',
  ]);

  it('has files from every writer to compare: Excel (retyped), WPS-like, LibreOffice, openpyxl, SheetJS', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(fixtures.some((path) => path.includes('differential/libreoffice-'))).toBe(true);
    expect(fixtures.some((path) => path.endsWith('differential/openpyxl.xlsx'))).toBe(true);
  });

  it.each([...fixtures, ...real].map((path) => [relative(ROOT, path), path]))('%s', (_, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const { sheetjs, fast } = bothWays(bytes, 'file.xlsx');
    expect(fast).toEqual(sheetjs);
    const name = relative(join(ROOT, 'tests/fixtures'), path);
    if (!neverRead.has(name)) expect(fastReaderTakes(bytes)).toBe(true);
  });

  it("reads openpyxl's file with the figures its writer put in (make-openpyxl.py)", () => {
    const workbook = read(
      readWorkbook(new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/differential/openpyxl.xlsx'))), {
        fileName: 'o.xlsx',
      }),
    );
    const [sheet, second, empty] = workbook.sheets;
    expect(workbook.sheets.map((each) => each.name)).toEqual(['数据 2025', 'Sheet & <two>', 'empty']);
    // Row 2 is i = 0: 1000 + 0 × 13.25, (0 % 7 − 3) / 100 = −0.03 shown as −3.0 %, 2024-01-01.
    expect(sheet!.rows[1]!.slice(0, 7)).toEqual([
      '开发区0',
      '工业增加值',
      '2025-01',
      1000,
      -3,
      true,
      new Date(Date.UTC(2024, 0, 1)),
    ]);
    // i = 3: 1000 + 39.75; note "a\r\nb" read as "a\nb"; 2024-01-01 + 93 days = 2024-04-03.
    expect(sheet!.rows[4]!.slice(0, 8)).toEqual([
      '开发区3',
      '工业增加值',
      '2025-04',
      1039.75,
      0,
      false,
      new Date(Date.UTC(2024, 3, 3)),
      'a\nb',
    ]);
    expect(sheet!.rows[0]![9]).toBe('工业\u{29E3D} 𠮷 🚀');
    expect(sheet!.rows[1]![9]).toBe('tab\tand & < > " \' A');
    expect(sheet!.rows[4]![9]).toEqual(new Date(Date.UTC(2025, 4, 31, 13, 45, 10)));
    // "%"0.00 is a literal percent sign, not a percentage: the value stays 0.5; 0.00% shows 0.25 as 25.
    expect(sheet!.rows[5]![9]).toBe(0.5);
    expect(sheet!.rows[6]![9]).toBe(25);
    expect(sheet!.merges).toEqual([
      { s: { r: 0, c: 11 }, e: { r: 1, c: 12 } },
      { s: { r: 44, c: 0 }, e: { r: 44, c: 7 } },
    ]);
    expect(second!.rows).toEqual([[], [], [null, 'only cell']]);
    expect(empty!.columnCount).toBe(0);
  });
});

describe('the fast reader on files SheetJS writes', () => {
  function sheetjsBook(bookSST: boolean): Uint8Array {
    const sheet = XLSX.utils.aoa_to_sheet(
      [
        ['zone', 'value', 'yoy', 'flag', 'when', 'error', 'formula'],
        ['包头稀土高新区', 15300.5, 0.148, true, new Date(Date.UTC(2025, 4, 31)), null, null],
      ],
      { cellDates: true },
    );
    sheet['C2']!.z = '0.0%';
    sheet['F2'] = { t: 'e', v: 0x07 };
    sheet['G2'] = { t: 'n', v: 3, f: '1+2' };
    sheet['!merges'] = [{ s: { r: 3, c: 0 }, e: { r: 3, c: 2 } }];
    sheet['A4'] = { t: 's', v: 'merged 工业\u{29E3D}' };
    sheet['!ref'] = 'A1:G4';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'R&D <数据>');
    return new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx', bookSST, compression: true }) as ArrayBuffer,
    );
  }

  it.each([true, false])('with shared strings %s: the same as SheetJS, and the figures written', (bookSST) => {
    const bytes = sheetjsBook(bookSST);
    const { sheetjs, fast } = bothWays(bytes, 'sheetjs.xlsx');
    expect(fast).toEqual(sheetjs);
    expect(fastReaderTakes(bytes)).toBe(true);
    const workbook = read(fast);
    expect(workbook.sheets[0]!.name).toBe('R&D <数据>');
    // 0.148 formatted 0.0% is 14.8 as shown; #DIV/0! is error 0x07.
    expect(workbook.sheets[0]!.rows[1]).toEqual([
      '包头稀土高新区',
      15300.5,
      14.8,
      true,
      new Date(Date.UTC(2025, 4, 31)),
      '#DIV/0!',
      3,
    ]);
    expect(workbook.sheets[0]!.rows[3]).toEqual(['merged 工业\u{29E3D}']);
    expect(workbook.formulaCells).toEqual(["'R&D <数据>'!G2"]);
  });
});

/** An .xlsx of hand-written XML, with styles (`cellXfs` of the given number formats) declared as Excel does. */
function handMade(
  sheetData: string,
  {
    sharedStrings,
    numFmts = '',
    cellXfs = '<xf numFmtId="0"/>',
    workbookPr = '',
  }: { sharedStrings?: string; numFmts?: string; cellXfs?: string; workbookPr?: string } = {},
): Uint8Array {
  const parts = rawXlsxParts([['Hand', sheetData]], sharedStrings);
  const types = new TextDecoder().decode(parts['[Content_Types].xml']);
  parts['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    ),
  );
  parts['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts ? `<numFmts>${numFmts}</numFmts>` : ''}<cellXfs>${cellXfs}</cellXfs></styleSheet>`,
  );
  if (workbookPr)
    parts['xl/workbook.xml'] = strToU8(
      new TextDecoder().decode(parts['xl/workbook.xml']).replace('<sheets>', `${workbookPr}<sheets>`),
    );
  return zipSync(parts as Zippable);
}

describe('the fast reader on hand-written XML: what other writers do', () => {
  it.each<[string, Uint8Array, unknown[][]]>([
    [
      'rich text runs with a phonetic guide, escapes as SheetJS decodes them',
      handMade(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
        {
          sharedStrings:
            '<si><r><t>工业</t></r><r><rPr><b/></rPr><t xml:space="preserve">增加值 </t></r><rPh sb="0" eb="2"><t>こうぎょう</t></rPh></si><si><t>a_x000D_b &amp;lt; &#65;&#x42;</t></si><si></si>',
        },
      ),
      // &amp;lt; is "&lt;" as text; _x000D_ is a carriage return; an empty <si> is empty text.
      [['工业增加值 ', 'a\rb &lt; AB', '']],
    ],
    [
      'formula strings, CR LF, booleans, errors, inline strings',
      handMade(
        '<row r="2"><c r="A2" t="str"><f>"l1"&amp;CHAR(10)</f><v>l1&#13;&#10;l2</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="b"><v>0</v></c><c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="e"><v>#BOGUS</v></c><c r="F2" t="inlineStr"><is><t>内联</t></is></c></row>',
      ),
      [[], ['l1\nl2', true, false, '#N/A', '#ERROR', '内联']],
    ],
    [
      'dates by style, the 1900 leap day kept a number, percent styles, a namespace prefix',
      handMade(
        '<row r="1"><c r="A1" s="1"><v>45808</v></c><c r="B1" s="1"><v>60</v></c><c r="C1" s="1"><v>59.5</v></c><c r="D1" s="2"><v>0.0475</v></c><x:c xmlns:x="urn:x" r="E1" s="3"><x:v>45808.75</x:v></x:c><c r="F1" s="0"><v>1e3</v></c></row>',
        {
          numFmts: '<numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>',
          cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="164"/>',
        },
      ),
      // 45808 = 2025-05-31; 60 is Excel's 1900-02-29 (no such day): SheetJS keeps the number;
      // 59.5 is 1900-02-28 12:00; 0.0475 at 0.00% shows 4.75; 45808.75 is 18:00 that day.
      [
        [
          new Date(Date.UTC(2025, 4, 31)),
          60,
          new Date(Date.UTC(1900, 1, 28, 12)),
          4.75,
          new Date(Date.UTC(2025, 4, 31, 18)),
          1000,
        ],
      ],
    ],
    [
      'shared formulas with their cached values, merged cells',
      handMade(
        '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>4</v></c><c r="B3"><v>2</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c><c r="B4"><v>3</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C3:D4"/></mergeCells><sheetData>',
      ),
      [[], [], [4, 2], [6, 3]],
    ],
  ])('%s', (_, bytes, rows) => {
    const { sheetjs, fast } = bothWays(bytes, 'hand.xlsx');
    expect(fast).toEqual(sheetjs);
    expect(fastReaderTakes(bytes)).toBe(true);
    expect(read(fast).sheets[0]!.rows).toEqual(rows);
  });

  it('names shared formulas as formula cells, and merged ranges, as SheetJS does', () => {
    const bytes = handMade(
      '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">B3*2</f><v>4</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="C3:D4"/></mergeCells><sheetData>',
    );
    const workbook = read(readWorkbook(bytes, { fileName: 'hand.xlsx' }));
    expect(workbook.formulaCells).toEqual(['Hand!A3', 'Hand!A4']);
    expect(workbook.sheets[0]!.merges).toEqual([{ s: { r: 2, c: 2 }, e: { r: 3, c: 3 } }]);
  });

  it.each<[string, Uint8Array, string]>([
    [
      'dates counted from 1904',
      handMade('<row r="1"><c r="A1" s="1"><v>1</v></c></row>', {
        cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/>',
        workbookPr: '<workbookPr date1904="1"/>',
      }),
      'dates counted from 1904',
    ],
    [
      'array formulas',
      handMade('<row r="1"><c r="A1"><f t="array" ref="A1:A2">B1:B2*2</f><v>2</v></c><c r="A2"><v>4</v></c></row>'),
      'array formulas',
    ],
    ['cells without their reference', handMade('<row r="1"><c><v>1</v></c></row>'), 'a cell without its reference'],
    [
      'two sheets of one name',
      rawXlsx([
        ['Same', '<row r="1"><c r="A1"><v>1</v></c></row>'],
        ['Same', '<row r="1"><c r="A1"><v>2</v></c></row>'],
      ]),
      'two sheets named Same, or a reserved name',
    ],
    ['cells outside rows', handMade('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>'), 'cells outside rows'],
    ['ISO date cells', handMade('<row r="1"><c r="A1" t="d"><v>2025-05-31</v></c></row>'), 'cells of type d'],
    [
      'a number format SheetJS would renumber',
      handMade('<row r="1"><c r="A1" s="1"><v>1</v></c></row>', {
        numFmts: '<numFmt numFmtId="500" formatCode="0.0"/>',
        cellXfs: '<xf numFmtId="0"/><xf numFmtId="500"/>',
      }),
      'number format id 500',
    ],
  ])('declines %s, and SheetJS reads them as before', (_, bytes, why) => {
    expect(fastReaderTakes(bytes)).toBe(why);
    const { sheetjs, fast } = bothWays(bytes, 'hand.xlsx');
    expect(fast).toEqual(sheetjs);
  });

  it('refuses a formula whose saved result is empty (<v></v>, as openpyxl writes) instead of reading it as blank', () => {
    const bytes = handMade('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v></v></c></row>');
    const { sheetjs, fast } = bothWays(bytes, 'hand.xlsx');
    expect(fast).toEqual(sheetjs);
    expect(fast).toEqual({
      ok: false,
      message: 'Hand!B1: a formula with no saved result: open and save the file in Excel, or type the figure',
    });
  });
});
