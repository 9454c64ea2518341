import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { packKeys, unpackKeys } from '../../../../shared/app/import/key-groups';
import {
  cellPlace,
  columnIndex,
  columnLetter,
  readWorkbook,
  rowPlace,
  rowPlaces,
} from '../../../../shared/workbook/read';

function xlsx(rows: unknown[][], edit?: (sheet: XLSX.WorkSheet) => void, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const workbook = XLSX.utils.book_new();
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  edit?.(sheet);
  XLSX.utils.book_append_sheet(workbook, sheet, 'S');
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType }) as ArrayBuffer);
}

function rowsOf(bytes: Uint8Array, fileName = 'f.xlsx') {
  const result = readWorkbook(bytes, { fileName });
  if (!result.ok) throw new Error(result.message);
  return result.workbook.sheets[0]!.rows;
}

describe('readWorkbook: cells', () => {
  it('shows percent-formatted numbers as they read (0.148 → 14.8) and dates as dates', () => {
    const rows = rowsOf(
      xlsx(
        [
          ['yoy', 'period'],
          [0.148, 45778],
        ],
        (sheet) => {
          sheet.A2!.z = '0.0%';
          sheet.B2!.z = 'yyyy-mm';
        },
      ),
    );
    expect(rows[1]![0]).toBe(14.8);
    expect(rows[1]![1]).toEqual(new Date(Date.UTC(2025, 4, 1)));
  });

  it('never runs a formula: a workbook gives its last computed value, a CSV the text', () => {
    const bytes = xlsx([['a'], [1]], (sheet) => {
      sheet.A2 = { t: 'n', v: 3, f: '1+2' };
    });
    const result = readWorkbook(bytes, { fileName: 'f.xlsx' });
    expect(result.ok && [result.workbook.sheets[0]!.rows[1]![0], result.workbook.formulaCells]).toEqual([3, ['S!A2']]);
    expect(rowsOf(new TextEncoder().encode('a,b\n=1+2,"=SUM(A1:A9)"\n'), 'f.csv')[1]).toEqual(['=1+2', '=SUM(A1:A9)']);
  });

  it('keeps CSV text as text for the parsers (14.8%, 15,300, 2025-05)', () => {
    expect(rowsOf(new TextEncoder().encode('v,p\n14.8%,2025-05\n"15,300",2025/05\n'), 'f.csv').slice(1)).toEqual([
      ['14.8%', '2025-05'],
      ['15,300', '2025/05'],
    ]);
  });

  it.each([
    ['UTF-8', [0x7a, 0x6f, 0x6e, 0x65, 0x0a, 0xe5, 0x8c, 0x85, 0xe5, 0xa4, 0xb4], 'utf-8'],
    ['UTF-8 with BOM', [0xef, 0xbb, 0xbf, 0x7a, 0x6f, 0x6e, 0x65, 0x0a, 0xe5, 0x8c, 0x85, 0xe5, 0xa4, 0xb4], 'utf-8'],
    ['GB18030', [0x7a, 0x6f, 0x6e, 0x65, 0x0a, 0xb0, 0xfc, 0xcd, 0xb7], 'gb18030'],
  ])('decodes %s text', (_, bytes, encoding) => {
    const result = readWorkbook(new Uint8Array(bytes), { fileName: 'f.csv' });
    expect(result.ok && [result.workbook.encoding, result.workbook.sheets[0]!.rows]).toEqual([
      encoding,
      [['zone'], ['包头']],
    ]);
  });

  it('reads .xls, .xlsb and .ods written by SheetJS', () => {
    for (const [bookType, fileName] of [
      ['biff8', 'f.xls'],
      ['xlsb', 'f.xlsb'],
      ['ods', 'f.ods'],
    ] as const) {
      expect(
        rowsOf(
          xlsx(
            [
              ['a', 'b'],
              ['x', 1.5],
            ],
            undefined,
            bookType,
          ),
          fileName,
        ),
        fileName,
      ).toEqual([
        ['a', 'b'],
        ['x', 1.5],
      ]);
    }
  });
});

describe('readWorkbook: refusals', () => {
  const good = xlsx([['a'], [1]]);
  it.each([
    ['an empty file', new Uint8Array(0), 'f.xlsx', /^the file is empty$/],
    ['blank text', new TextEncoder().encode(' \n\n'), 'f.csv', /^the file is empty$/],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n'), 'f.csv', /a PDF document, not a spreadsheet/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'f.xlsx', /a PNG image/],
    [
      'text named .xlsx',
      new TextEncoder().encode('zone,indicator\n'),
      'f.xlsx',
      /its name says \.xlsx but it holds plain text/,
    ],
    ['binary garbage', new Uint8Array(256).map((_, index) => index), 'f.dat', /binary data of an unknown kind/],
    ['a truncated ZIP', good.slice(0, good.length - 10), 'f.xlsx', /ZIP container is incomplete/],
    [
      'a ZIP that is not a workbook',
      (() => {
        const zip = XLSX.CFB.utils.cfb_new();
        XLSX.CFB.utils.cfb_add(zip, 'a.txt', new Uint8Array([1]));
        return new Uint8Array(XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as number[]);
      })(),
      'f.xlsx',
      /damaged or not a xlsx spreadsheet/,
    ],
    ['an empty workbook', xlsx([]), 'f.xlsx', /every sheet of the file is empty/],
  ])('refuses %s', (_, bytes, fileName, message) => {
    const result = readWorkbook(bytes, { fileName });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('refuses a file over the limit before reading it', () => {
    expect(readWorkbook(good, { fileName: 'f.xlsx', sizeLimitBytes: 1000 })).toEqual({
      ok: false,
      message: expect.stringMatching(/^the file is \d+ KB, over the import limit of 1 KB$/),
    });
  });
});

describe('places and packed keys', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %d is %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('quotes sheet names a formula would quote', () => {
    expect(cellPlace('Observations', 16, 4)).toBe('Observations!E17');
    expect(cellPlace('数据', 0, 0)).toBe('数据!A1');
    expect(cellPlace("My Sheet's", 0, 0)).toBe("'My Sheet''s'!A1");
    expect(rowPlace('S', 2, 8)).toBe('S!A3:H3');
  });

  it('packs keys per series and unpacks them', () => {
    const keys = [
      { zoneId: 'bt', indicatorId: 'iav', period: '2025-01', basis: 'ytd' as const },
      { zoneId: 'bt', indicatorId: 'iav', period: '2025-02', basis: 'ytd' as const },
      { zoneId: 'bt', indicatorId: 'iav', period: '2025-02', basis: 'month' as const },
    ];
    expect(packKeys(keys)).toEqual(['bt|iav|ytd|2025-01,2025-02', 'bt|iav|month|2025-02']);
    expect(unpackKeys(packKeys(keys))).toEqual([keys[0], keys[1], keys[2]]);
  });

  it('packs series in the order each is first named, periods in the order given, however the keys interleave', () => {
    const key = (zoneId: string, indicatorId: string, period: string) => ({
      zoneId,
      indicatorId,
      period,
      basis: 'ytd' as const,
    });
    const keys = [
      key('z2', 'a', '2025-03'),
      key('z1', 'b', '2025-01'),
      key('z2', 'a', '2025-01'),
      key('z1', 'a', '2025-02'),
    ];
    expect(packKeys(keys)).toEqual(['z2|a|ytd|2025-03,2025-01', 'z1|b|ytd|2025-01', 'z1|a|ytd|2025-02']);
    expect(rowPlaces('Obs', 8)(16)).toBe(rowPlace('Obs', 16, 8));
  });
});
