import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../../shared/workbook/read';
import { indicatorsByPeriodsReader } from '../../../../../shared/workbook/read/layouts/indicators-by-periods';
import { periodsByIndicatorsReader } from '../../../../../shared/workbook/read/layouts/periods-by-indicators';
import type { LayoutReader } from '../../../../../shared/workbook/read/layouts/reader';
import { zonesByPeriodsReader } from '../../../../../shared/workbook/read/layouts/zones-by-periods';
import { readReal, sheetOf } from './series-helpers';

const READERS: LayoutReader[] = [indicatorsByPeriodsReader, periodsByIndicatorsReader, zonesByPeriodsReader];
const IMPORT_FIXTURES = join(__dirname, '../../../../fixtures/import');

/** The canonical and bureau fixtures the project reads (the damaged and encrypted ones are refused before any reader). */
function readableImportFixtures(): string[] {
  return readdirSync(IMPORT_FIXTURES)
    .filter((file) => /\.(xlsx|xls|xlsb|ods|csv)$/.test(file))
    .filter((file) => readWorkbook(new Uint8Array(readFileSync(join(IMPORT_FIXTURES, file))), { fileName: file }).ok);
}

describe('series readers: detection', () => {
  it.each([
    ['nbs-iav-growth-months.xls', '月度数据', 'indicators-by-periods'],
    ['retyped-C-months-as-columns.xlsx', '增速', 'indicators-by-periods'],
    ['cei-time-down-quarterly.xls', 'Sheet1', 'periods-by-indicators'],
    ['nbs-cities-gdp-years.xls', '主要城市年度数据', 'zones-by-periods'],
    ['nbs-provinces-cpi-months-gb18030.csv', 'Sheet1', 'zones-by-periods'],
    ['retyped-F-zones-as-rows.xlsx', '分地区', 'zones-by-periods'],
  ])('%s: %s is read as %s, with high confidence and a reason, the others low', (file, sheetName, expected) => {
    const sheet = sheetOf(readReal(file), sheetName);
    for (const reader of READERS) {
      const detection = reader.detect(sheet, {});
      if (reader.name === expected) {
        expect(detection.confidence).toBeGreaterThanOrEqual(0.8);
        expect(detection.reason).toMatch(/row|periods/);
      } else {
        expect(detection.confidence, `${reader.name}: ${detection.reason}`).toBeLessThanOrEqual(0.3);
      }
    }
  });

  it.each([
    'retyped-A-nbs-release-2row-merged.xlsx',
    'retyped-B-units-in-header.xlsx',
    'retyped-H-labels-zengjian.xlsx',
    'corpus-ptgexp-truncated-operand.xls',
  ])('%s (a release table or the damaged corpus file) is claimed by none of them', (file) => {
    for (const sheet of readReal(file).sheets)
      for (const reader of READERS)
        expect(reader.detect(sheet, {}).confidence, `${reader.name} on ${sheet.name}`).toBeLessThanOrEqual(0.3);
  });

  it('says why a two-row release header (4月 / 1-4月 over 绝对量 / 同比增长) is not periods across', () => {
    const sheet = readReal('retyped-A-nbs-release-2row-merged.xlsx').sheets[0]!;
    expect(indicatorsByPeriodsReader.detect(sheet, {}).reason).toMatch(/release table/);
  });

  it("claims none of the project's canonical and bureau fixtures", () => {
    const files = readableImportFixtures();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const result = readWorkbook(new Uint8Array(readFileSync(join(IMPORT_FIXTURES, file))), { fileName: file });
      if (!result.ok) continue;
      for (const sheet of result.workbook.sheets)
        for (const reader of READERS)
          expect(reader.detect(sheet, {}).confidence, `${reader.name} on ${file} ${sheet.name}`).toBeLessThanOrEqual(
            0.3,
          );
    }
  });
});
