import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeComparisonWorkbook } from '../../../shared/workbook/write';
import { COMPARISON_SHEETS, formulaCells, readBack, rowsOf } from '../../unit/workbook/write/read-back';
import { HOSTILE_TEXTS, sampleInput } from '../../unit/workbook/write/sample-input';
import { convertWithLibreOffice, hasLibreOffice, readText } from './libreoffice';

// Headless LibreOffice loads no view settings, so the frozen panes cannot be checked this way.
describe.skipIf(!hasLibreOffice)('the comparison workbook in LibreOffice', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'zone-stats-export-')), 'comparison.xlsx');
  writeFileSync(file, await writeComparisonWorkbook(sampleInput()));

  it(
    'opens, keeps user text as text and figures as numbers when LibreOffice saves it again',
    { timeout: 180_000 },
    () => {
      const [resaved] = convertWithLibreOffice(file, 'xlsx');
      const workbook = readBack(new Uint8Array(readFileSync(resaved!)));
      expect(workbook.SheetNames).toEqual(COMPARISON_SHEETS);
      expect(formulaCells(workbook)).toEqual([]);
      const zones = rowsOf(workbook, 'Zones');
      expect(zones[3]).toEqual(['evil', HOSTILE_TEXTS[0], HOSTILE_TEXTS[1], HOSTILE_TEXTS[3], null, null]);
      const observations = rowsOf(workbook, 'Observations');
      expect(observations[5]).toEqual(['evil', 'iav', '2025-05', 'ytd', -250.5, -3.2, '\tTabbed', '\rReturn']);
    },
  );

  it('shows the formula-like names literally, not their results', { timeout: 180_000 }, () => {
    const sheets = convertWithLibreOffice(file, 'csv');
    expect(sheets).toHaveLength(7);
    const zones = readText(sheets.find((path) => path.endsWith('-Zones.csv'))!);
    expect(zones).toContain('"=HYPERLINK(""http://evil.example"",""click"")",+1,@SUM(A1:A2)');
    const highlights = readText(sheets.find((path) => path.endsWith('-Highlights.csv'))!);
    expect(highlights).toContain(',=1+1');
  });
});
