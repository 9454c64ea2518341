import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_FIGURES } from '../../fixtures/import/seed-rows';
import { figures, fixture, openImportApp, unwrap, type ImportApp } from './import-app';

let app: ImportApp;
beforeEach(async () => {
  app = await openImportApp();
});
afterEach(async () => {
  await app.dispose();
});

describe('importing the canonical workbook', () => {
  it('previews, then commits the seed into an empty store with its zones and indicators', async () => {
    const file = await fixture('canonical.xlsx');
    const preview = unwrap(await app.api.previewImport({ file }));
    expect(preview).toMatchObject({
      layout: 'canonical',
      sheet: 'Observations',
      headerRow: 1,
      rows: 5,
      valid: 5,
      errors: 0,
      diff: { added: 5, changed: 0, unchanged: 0, conflicts: 0 },
    });
    expect(preview.zonesToCreate.map((zone) => zone.id)).toEqual(['btc', 'bt']);
    expect(preview.indicatorsToCreate.map((indicator) => indicator.id)).toEqual(['iav', 're', 'mag']);
    expect(preview.mapping.map((entry) => entry.field)).toEqual([
      'zone',
      'indicator',
      'period',
      'basis',
      'value',
      'yoy_pct',
      'source',
      'note',
    ]);
    expect(await figures(app)).toEqual({});

    const report = unwrap(await app.api.commitImport({ token: preview.token }));
    expect(report).toMatchObject({
      committed: true,
      added: 5,
      changed: 0,
      unchanged: 0,
      conflicts: 0,
      errors: 0,
      zonesCreated: ['btc', 'bt'],
      indicatorsCreated: ['iav', 're', 'mag'],
    });
    expect(report.importId).toMatch(/^imp-/);
    expect(report.backupId).not.toBeNull();
    expect(await figures(app)).toEqual(SEED_FIGURES);
    const zones = unwrap(await app.api.listZones({}));
    expect(zones.find((zone) => zone.id === 'bt')).toEqual({
      id: 'bt',
      name: 'Baotou Rare Earth High-Tech Zone',
      nameZh: '包头稀土高新区',
      region: 'Inner Mongolia',
      benchmarkZoneId: 'btc',
    });
    const indicators = unwrap(await app.api.listIndicators({}));
    expect(indicators.find((indicator) => indicator.id === 're')).toMatchObject({
      unit: '万元',
      kind: 'flow',
      parentId: 'iav',
    });
  });

  it.each([
    'canonical.xls',
    'canonical.xlsb',
    'canonical.ods',
    'canonical-libreoffice.xlsx',
    'canonical-libreoffice.ods',
  ])('reads %s (written by SheetJS or LibreOffice) to the same figures', async (name) => {
    const report = unwrap(await app.api.commitImport({ file: await fixture(name) }));
    expect(report.added).toBe(5);
    expect(await figures(app)).toEqual(SEED_FIGURES);
  });

  it("reads a colleague's Chinese workbook: Chinese names, title and blank rows, shuffled columns, labels as written", async () => {
    const preview = unwrap(await app.api.previewImport({ file: await fixture('canonical-zh.xlsx') }));
    expect(preview).toMatchObject({ layout: 'canonical', sheet: '数据', headerRow: 4, errors: 0, rows: 5 });
    expect(preview.problems).toEqual([
      {
        severity: 'warning',
        code: 'column-unknown',
        place: '数据!I4',
        found: '填报人',
        expected: expect.any(String),
        message: 'an unknown column, ignored',
      },
    ]);
    unwrap(await app.api.commitImport({ token: preview.token }));
    expect(await figures(app)).toEqual(SEED_FIGURES);
  });

  it.each(['observations-utf8-bom.csv', 'observations-gb18030.csv'])(
    'reads %s once the catalog exists',
    async (name) => {
      unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
      const preview = unwrap(await app.api.previewImport({ file: await fixture(name) }));
      expect(preview.encoding).toBe(name.includes('gb18030') ? 'gb18030' : 'utf-8');
      expect(preview).toMatchObject({ errors: 0, diff: { added: 0, changed: 0, unchanged: 5, conflicts: 0 } });
    },
  );

  it('commits nothing when every row is unchanged', async () => {
    unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
    const before = await app.hash();
    const report = unwrap(await app.api.commitImport({ file: await fixture('canonical.xlsx') }));
    expect(report).toMatchObject({ committed: true, importId: null, added: 0, unchanged: 5 });
    expect(await app.hash()).toBe(before);
  });
});
