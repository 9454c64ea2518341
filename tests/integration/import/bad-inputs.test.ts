import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../shared/api';
import { OBSERVATION_ROWS } from '../../fixtures/import/seed-rows';
import { fileOf, fixture, openImportApp, unwrap, workbookFile, type ImportApp } from './import-app';

let app: ImportApp;
beforeEach(async () => {
  app = await openImportApp();
  unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
  unwrap(await app.api.setPreferences({ patch: { importSizeLimitMb: 1 } }));
});
afterEach(async () => {
  await app.dispose();
});

const HEADER = OBSERVATION_ROWS[0]!;
const observations = (...rows: unknown[][]) => workbookFile('bad.xlsx', { Observations: [HEADER, ...rows] });

/** An Office-encrypted .xlsx: a compound file holding EncryptionInfo and EncryptedPackage (LibreOffice 7.4 cannot write one). */
function encryptedOoxml(): Promise<ImportFile> {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(
    container,
    'EncryptionInfo',
    new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode('<?xml version="1.0"?><encryption/>')]),
  );
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(4104).fill(7));
  return fileOf('encrypted.xlsx', new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as number[]));
}

/** A CSV of 15,000 rows of 90 bytes under a 55-byte header: 1,350,055 bytes, 1.3 MB, over the 1 MB limit set above. */
function oversized(): Promise<ImportFile> {
  const row = 'bt,iav,2025-05,ytd,1148000,14.8,Baotou bureau,a note long enough to fill the file quickly';
  return fileOf('big.csv', `${HEADER.join(',')}\n${`${row}\n`.repeat(15_000)}`);
}

interface BadCase {
  name: string;
  file: () => Promise<ImportFile>;
  /** What the refusal says: the message of the failure or of the first error, and where. */
  expected: { message: RegExp; place?: string; found?: string };
}

const CASES: BadCase[] = [
  {
    name: 'a truncated zip',
    file: () => fixture('truncated.xlsx'),
    expected: { message: /damaged: its ZIP container is incomplete/ },
  },
  {
    name: 'a PDF renamed .xlsx',
    file: () => fixture('pdf-renamed.xlsx'),
    expected: { message: /a PDF document, not a spreadsheet/ },
  },
  {
    name: 'an encrypted .xls (LibreOffice)',
    file: () => fixture('encrypted-libreoffice.xls'),
    expected: { message: /password-protected/ },
  },
  {
    name: 'an encrypted .ods (LibreOffice)',
    file: () => fixture('encrypted-libreoffice.ods'),
    expected: { message: /password-protected/ },
  },
  { name: 'an encrypted .xlsx container', file: encryptedOoxml, expected: { message: /password-protected/ } },
  {
    name: 'sheets and headers named __proto__ / constructor',
    file: () =>
      workbookFile('proto.xlsx', [
        [
          '__proto__',
          [
            ['__proto__', 'constructor', 'prototype', 'toString'],
            [1, 2, 3, 4],
          ],
        ],
        [
          'constructor',
          [
            ['constructor', '__proto__'],
            ['x', 'y'],
          ],
        ],
      ]),
    expected: { message: /no sheet reads as a table Zone Stats imports/ },
  },
  {
    name: 'a formula in a CSV',
    file: () => fixture('formula.csv'),
    expected: { message: /not a number/, place: 'Sheet1!E2', found: '=1+2' },
  },
  {
    name: 'text in a number column',
    file: () => observations(['bt', 'iav', '2025-03', 'ytd', 'about 650k', 13.8, '', '']),
    expected: { message: /not a number/, place: 'Observations!E2', found: 'about 650k' },
  },
  {
    name: 'growth below −100 %',
    file: () => observations(['bt', 'iav', '2025-03', 'ytd', 650000, -120, '', '']),
    expected: { message: /growth below −100%/, place: 'Observations!F2', found: '-120' },
  },
  {
    name: 'a quarter label (二季度)',
    file: () => observations(['bt', 'iav', '2025年二季度', '', 650000, 13.8, '', '']),
    expected: { message: /single quarter/, place: 'Observations!C2', found: '2025年二季度' },
  },
  {
    name: 'a label that contradicts its basis',
    file: () => observations(['bt', 'iav', '2025年1-3月', 'month', 650000, 13.8, '', '']),
    expected: { message: /year to date but the basis says month/, place: 'Observations!C2' },
  },
  {
    name: 'an empty workbook',
    file: () => workbookFile('empty.xlsx', { Observations: [], Sheet2: [] }),
    expected: { message: /every sheet of the file is empty/ },
  },
  {
    name: 'an empty Observations sheet',
    file: () =>
      workbookFile('empty.xlsx', {
        Observations: [],
        Zones: [
          ['zone_id', 'name'],
          ['x', 'X'],
        ],
      }),
    expected: { message: /no header row among the first 10 rows/, place: 'Observations' },
  },
  {
    name: 'duplicate keys with different values',
    file: () =>
      observations(
        ['bt', 'iav', '2025-03', 'ytd', 650000, 13.8, '', ''],
        ['bt', 'iav', '2025-03', 'ytd', 651000, 13.8, '', ''],
      ),
    expected: {
      message: /the same zone, indicator, period and basis as Observations!A2:H2 with different figures/,
      place: 'Observations!A3:H3',
    },
  },
  {
    name: 'a file over the size limit',
    file: oversized,
    expected: { message: /^big\.csv is 1\.3 MB, over the 1 MB import limit/ },
  },
];

describe('bad inputs are refused cleanly, the store unchanged byte for byte', () => {
  it.each(CASES)('$name', async ({ file, expected }) => {
    const before = await app.hash();
    const input = await file();
    const preview = await app.api.previewImport({ file: input });
    const committed = await app.api.commitImport({ file: input });
    const valid = await app.api.commitImport({ file: input, validOnly: true });
    expect(committed.ok).toBe(false);
    if (committed.ok) return;
    expect(['refused', 'invalid']).toContain(committed.error.code);
    const first =
      committed.error.code === 'refused'
        ? { message: committed.error.message }
        : committed.error.problems!.find((problem) => expected.message.test(problem.message));
    expect(first, JSON.stringify(committed.error.problems?.slice(0, 3))).toBeDefined();
    expect(first!.message).toMatch(expected.message);
    if (expected.place) expect(first).toMatchObject({ place: expected.place });
    if (expected.found) expect(first).toMatchObject({ found: expected.found });
    if (preview.ok) expect(preview.value.errors).toBeGreaterThan(0);
    else expect(preview.error.message).toMatch(expected.message);
    expect(valid.ok).toBe(false);
    expect(await app.hash()).toBe(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reads a sheet named __proto__ without touching any prototype, and ignores __proto__ / constructor columns', async () => {
    const file = await workbookFile('proto-data.xlsx', [
      [
        '__proto__',
        [
          [...HEADER, '__proto__', 'constructor'],
          ['bt', 'iav', '2025-03', 'ytd', 650000, 13.8, '', '', 'x', 'y'],
        ],
      ],
    ]);
    const preview = unwrap(await app.api.previewImport({ file }));
    expect(preview).toMatchObject({ sheet: '__proto__', errors: 0, diff: { added: 1 } });
    expect(preview.problems.map((problem) => [problem.place, problem.message])).toEqual([
      ['__proto__!I1', 'an unknown column, ignored'],
      ['__proto__!J1', 'an unknown column, ignored'],
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});
