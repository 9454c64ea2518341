import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../../electron/store';
import { zoneStats } from './zone-stats-bin';

/**
 * Issue 9's bar: each real file of tests/fixtures/real through the built bin into a fresh store.
 * The file's figures are counted here with SheetJS (number cells of the data sheet, below its header,
 * right of its label column); what the store holds must be exactly those minus what the import
 * reported as not imported, and the README's example figures must be there.
 */
const REAL = join(import.meta.dirname, '../../fixtures/real');
const NATIONAL = ['--zone', '全国', '--create-zones', '--skip-unmapped'];

let data: string;
beforeEach(async () => {
  data = join(await mkdtemp(join(tmpdir(), 'zone-stats-real-cli-')), 'data');
});
afterEach(async () => {
  await rm(join(data, '..'), { recursive: true, force: true });
});

async function workbookOf(name: string): Promise<XLSX.WorkBook> {
  const bytes = await readFile(join(REAL, name));
  if (name.endsWith('.csv')) return XLSX.read(new TextDecoder('gb18030').decode(bytes), { type: 'string' });
  return XLSX.read(bytes);
}

/** Number cells of a sheet from `firstRow` (1-based) down and from column B across. */
function numbersIn(workbook: XLSX.WorkBook, sheet: string, firstRow: number): number {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet]!, { header: 1, raw: true, defval: null });
  return rows
    .slice(firstRow - 1)
    .reduce((count, row) => count + row.slice(1).filter((cell) => typeof cell === 'number').length, 0);
}

/** `N figure(s) … not imported` on the data sheet, as the command line reported them. */
function reportedNotImported(out: string, sheet: string): number {
  let total = 0;
  for (const line of out.split('\n')) {
    const match = /^\s*(?:warning|error) (\S+)!\S+: (\d+) figures? .*not imported/u.exec(line);
    if (match && match[1] === sheet) total += Number(match[2]);
  }
  return total;
}

/** The store's observations by Chinese names, and how many figures (values and YoY %) it holds. */
async function stored(): Promise<{ byName: Record<string, [number | null, number | null]>; figures: number }> {
  const store = await openDatasetStore({ directory: data });
  try {
    const catalog = await store.readCatalog();
    const zones = new Map(catalog.zones.map((zone) => [zone.id, zone.nameZh || zone.name]));
    const indicators = new Map(
      catalog.indicators.map((indicator) => [indicator.id, indicator.nameZh || indicator.name]),
    );
    const observations = await store.readObservations({});
    return {
      byName: Object.fromEntries(
        observations.map((o) => [
          `${zones.get(o.zoneId)}|${indicators.get(o.indicatorId)}|${o.period}|${o.basis}`,
          [o.value, o.yoyPct],
        ]),
      ),
      figures: observations.reduce((count, o) => count + (o.value === null ? 0 : 1) + (o.yoyPct === null ? 0 : 1), 0),
    };
  } finally {
    await store.close();
  }
}

interface RealFile {
  file: string;
  sheet: string;
  /** The first row of figures, 1-based, read off the file. */
  firstRow: number;
  args: string[];
  /** From the README: key → [value, yoyPct]. */
  figures: Record<string, [number | null, number | null]>;
}

const FILES: RealFile[] = [
  {
    file: 'nbs-iav-growth-months.xls',
    sheet: '月度数据',
    firstRow: 4,
    args: NATIONAL,
    figures: {
      '全国|工业增加值|2020-04|month': [null, 3.9],
      '全国|工业增加值|2020-04|ytd': [null, -4.9],
      '全国|工业增加值|2020-02|ytd': [null, -13.5],
    },
  },
  {
    // 103.6 and 104.5 with 上年同月=100: growth 3.6 and 4.5.
    file: 'nbs-provinces-cpi-months-gb18030.csv',
    sheet: 'Sheet1',
    firstRow: 5,
    args: ['--create-zones', '--skip-unmapped'],
    figures: {
      '北京市|居民消费价格指数|2020-02|month': [null, 3.6],
      '北京市|居民消费价格指数|2020-01|month': [null, 4.5],
    },
  },
  {
    file: 'nbs-cities-gdp-years.xls',
    sheet: '主要城市年度数据',
    firstRow: 5,
    args: ['--create-zones', '--skip-unmapped'],
    figures: { '北京|国内生产总值|2019-12|ytd': [35371.28, null] },
  },
  {
    file: 'cei-time-down-quarterly.xls',
    sheet: 'Sheet1',
    firstRow: 5,
    args: NATIONAL,
    figures: { '全国|第二产业增加值|2018-06|ytd': [167698.8, 6.1] },
  },
  {
    file: 'retyped-A-nbs-release-2row-merged.xlsx',
    sheet: '表1',
    firstRow: 4,
    args: NATIONAL,
    figures: { '全国|煤炭开采和洗选业|2020-04|month': [null, 3.7], '全国|煤炭开采和洗选业|2020-04|ytd': [null, 0.6] },
  },
  {
    file: 'retyped-B-units-in-header.xlsx',
    sheet: '主要指标',
    firstRow: 4,
    args: NATIONAL,
    figures: {
      '全国|汽车制造业出口交货值|2020-04|month': [272.1, -6.2],
      '全国|汽车制造业出口交货值|2020-04|ytd': [1006.5, -9.4],
    },
  },
  {
    file: 'retyped-C-months-as-columns.xlsx',
    sheet: '增速',
    firstRow: 3,
    args: NATIONAL,
    figures: {
      '全国|规模以上工业增加值|2020-02|ytd': [null, -13.5],
      '全国|规模以上工业增加值|2020-03|month': [null, -1.1],
      '全国|规模以上工业增加值|2020-04|month': [null, 3.9],
    },
  },
  {
    file: 'retyped-F-zones-as-rows.xlsx',
    sheet: '分地区',
    firstRow: 3,
    args: ['--create-zones', '--skip-unmapped'],
    figures: {
      '内蒙古自治区|居民消费价格指数|2020-02|month': [null, 3.8],
      '内蒙古自治区|居民消费价格指数|2020-01|month': [null, 4.3],
    },
  },
  {
    file: 'retyped-H-labels-zengjian.xlsx',
    sheet: '产品',
    firstRow: 3,
    args: NATIONAL,
    figures: { '全国|内燃机|2020-04|month': [1234.5, null], '全国|内蒙古自治区工业增加值|2020-04|ytd': [40, 2] },
  },
];

describe('every real spreadsheet through the built command line', () => {
  it.each(FILES)(
    "$file: the README's figures, and exactly the file's figures less those reported not imported",
    async ({ file, sheet, firstRow, args, figures }) => {
      const run = zoneStats(['import', join(REAL, file), '--data', data, ...args]);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      const inFile = numbersIn(await workbookOf(file), sheet, firstRow);
      const notImported = reportedNotImported(run.out, sheet);
      const store = await stored();
      for (const [key, pair] of Object.entries(figures)) expect(store.byName[key], key).toEqual(pair);
      expect(inFile).toBeGreaterThan(0);
      expect(store.figures).toBe(inFile - notImported);
    },
    60_000,
  );

  it('nbs-iav-growth-months.xls: the other two sheets are reported with their figure counts (2,425 and 1,826, counted by SheetJS)', async () => {
    const run = zoneStats(['import', join(REAL, 'nbs-iav-growth-months.xls'), '--data', data, ...NATIONAL]);
    const workbook = await workbookOf('nbs-iav-growth-months.xls');
    for (const sheet of ['同比', '累计']) {
      const numbers = numbersIn(workbook, sheet, 1);
      expect(run.out).toContain(
        `warning ${sheet}: the sheet "${sheet}" holds figures that are not imported (found "${numbers} figures")`,
      );
    }
  }, 60_000);

  it('corpus-ptgexp-truncated-operand.xls: a clear refusal (exit 2), nothing written', async () => {
    const run = zoneStats(['import', join(REAL, 'corpus-ptgexp-truncated-operand.xls'), '--data', data, ...NATIONAL]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('no sheet reads as a table Zone Stats imports');
    expect(await stored()).toEqual({ byName: {}, figures: 0 });
  });
});
