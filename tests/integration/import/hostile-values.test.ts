import { afterEach, describe, expect, it } from 'vitest';
import { openImportApp, workbookFile, type ImportApp } from './import-app';

let app: ImportApp | undefined;
afterEach(async () => {
  await app?.dispose();
  app = undefined;
});

const HEADER = ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'source', 'note'];

describe('an import with hostile values is refused at the cell, the store unchanged (issue 10 §7)', () => {
  it('a value of 1e308 and a growth of -1e308: errors at their places, nothing written', async () => {
    app = await openImportApp();
    const before = await app.hash();
    const file = await workbookFile('huge.xlsx', {
      Zones: [
        ['zone_id', 'name', 'name_zh', 'region', 'benchmark_zone_id'],
        ['bt', 'Baotou', '包头', 'Inner Mongolia', ''],
      ],
      Indicators: [
        ['indicator_id', 'name', 'name_zh', 'unit', 'kind', 'parent_indicator_id'],
        ['iav', 'Industrial added value', '工业增加值', '万元', 'flow', ''],
      ],
      Observations: [
        HEADER,
        ['bt', 'iav', '2025-05', 'ytd', 1e308, 14.8, '', ''],
        ['bt', 'iav', '2025-04', 'ytd', 900000, -1e308, '', ''],
      ],
    });
    const result = await app.api.commitImport({ file });
    expect(result.ok).toBe(false);
    const preview = await app.api.previewImport({ file });
    if (!preview.ok) throw new Error(preview.error.message);
    const implausible = preview.value.problems.filter((problem) => problem.message.startsWith('implausible'));
    expect(implausible.map((problem) => problem.place)).toEqual(['Observations!E2', 'Observations!F3']);
    expect(await app.hash()).toBe(before);
  });
});
