import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFile } from '../../../shared/api';
import { openTempApp, type TempApp } from '../app/temp-app';
import { fileOf } from './import-app';

let app: TempApp;
beforeEach(async () => {
  app = await openTempApp();
});
afterEach(async () => {
  await app.dispose();
});

function catalogWorkbook(indicatorRows: unknown[][]): Promise<ImportFile> {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['zone_id', 'name'],
      ['z1', 'Zone one'],
    ]),
    'Zones',
  );
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['indicator_id', 'name', 'unit', 'kind', 'required', 'plausible_yoy_min', 'plausible_yoy_max'],
      ...indicatorRows,
    ]),
    'Indicators',
  );
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct'],
      ['z1', 'iav', '2025-05', 'ytd', 1148000, 14.8],
    ]),
    'Observations',
  );
  return fileOf('catalog.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

describe('the Indicators sheet carries what data entry checks', () => {
  it('imports required and the plausible growth range', async () => {
    const file = await catalogWorkbook([['iav', 'Industrial added value', '10k CNY', 'flow', '是', '-20%', 40]]);
    const report = await app.handlers.commitImport({ file });
    expect(report.ok).toBe(true);
    const indicators = await app.handlers.listIndicators({});
    expect(indicators.ok && indicators.value).toEqual([
      {
        id: 'iav',
        name: 'Industrial added value',
        nameZh: '',
        unit: '10k CNY',
        kind: 'flow',
        parentId: null,
        required: true,
        plausibleYoyMin: -20,
        plausibleYoyMax: 40,
      },
    ]);
  });

  it('refuses a required cell that is neither yes nor no and a bound that is not a number, with their places', async () => {
    const file = await catalogWorkbook([['iav', 'Industrial added value', '10k CNY', 'flow', 'maybe', 'low', '']]);
    const preview = await app.handlers.previewImport({ file });
    expect(preview.ok).toBe(true);
    const places = preview.ok
      ? preview.value.problems.filter((p) => p.severity === 'error').map((p) => `${p.place} ${p.found}`)
      : [];
    // The observation naming the refused indicator is refused too.
    expect(places).toEqual(['Indicators!E2 maybe', 'Indicators!F2 low', 'Observations!B2 iav']);
  });
});
