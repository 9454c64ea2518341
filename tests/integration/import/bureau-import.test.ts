import { describe, expect, it } from 'vitest';
import { figures, fixture, seededImportAppPerTest, unwrap, workbookFile } from './import-app';

const app = seededImportAppPerTest();

describe('importing a bureau table', () => {
  it('takes the zone and the period from the title and headers, converts 亿元, skips section rows', async () => {
    const preview = unwrap(await app().api.previewImport({ file: await fixture('bureau.xlsx') }));
    expect(preview).toMatchObject({
      layout: 'release-table',
      headerRow: 3,
      given: { zoneId: 'bt', period: '2025-05' },
      errors: 0,
    });
    expect(preview.mapping).toEqual([
      { column: 'A', header: '指标名称', field: 'indicator' },
      { column: 'B', header: '计量单位', field: 'unit' },
      { column: 'C', header: '5月', field: 'month_value' },
      { column: 'D', header: '1-5月', field: 'ytd_value' },
      { column: 'E', header: '同比增长(%)', field: 'ytd_yoy' },
    ]);
    // 114.8 亿元 is the stored 1,148,000 万元: unchanged, like the rare earth row; magnetic materials add a month figure.
    expect(preview.diff).toEqual({ added: 2, changed: 0, unchanged: 3, conflicts: 0 });
    expect(preview.indicatorsToCreate).toMatchObject([
      { id: 'gu-ding-zi-chan-tou-zi', name: '', nameZh: '固定资产投资', unit: '亿元', kind: 'flow' },
    ]);
    unwrap(await app().api.commitImport({ token: preview.token }));
    const stored = await figures(app());
    expect(stored['bt|mag|2025-05|month']).toEqual([3200, null]);
    const investment = preview.indicatorsToCreate[0]!.id;
    expect(stored[`bt|${investment}|2025-05|ytd`]).toEqual([null, -3.2]);
  });

  it('reads a two-row header (本月 | 本月止累计 over 绝对值 | 增长) written by SheetJS and by LibreOffice', async () => {
    for (const name of ['bureau-two-row.xlsx', 'bureau-libreoffice.xlsx']) {
      const preview = unwrap(
        await app().api.previewImport({ file: await fixture(name), options: { period: '2025-05' } }),
      );
      expect(preview, name).toMatchObject({
        layout: 'release-table',
        headerRow: 3,
        given: { zoneId: 'bt', period: '2025-05' },
        errors: 0,
      });
      expect(
        preview.mapping.map((entry) => entry.field),
        name,
      ).toEqual(['indicator', 'unit', 'month_value', 'month_yoy', 'ytd_value', 'ytd_yoy']);
      expect(preview.diff, name).toEqual({ added: 2, changed: 0, unchanged: 2, conflicts: 0 });
    }
  });

  it('takes the zone and period from the user when the sheet says neither', async () => {
    const file = await workbookFile('release.xlsx', {
      Sheet1: [
        ['指标', '单位', '本月', '本月止累计', '比上年同期增长(%)'],
        ['规模以上工业增加值', '万元', 248000, 1148000, 14.8],
      ],
    });
    const refused = unwrap(await app().api.previewImport({ file }));
    expect(
      refused.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message),
    ).toEqual(['the sheet does not say its period']);
    const preview = unwrap(await app().api.previewImport({ file, options: { zoneId: 'bt', period: '2025-05' } }));
    expect(preview).toMatchObject({
      errors: 0,
      given: { zoneId: 'bt', period: '2025-05' },
      diff: { added: 1, unchanged: 1 },
    });
  });

  it('refuses a period the user chose that the sheet contradicts', async () => {
    const preview = unwrap(
      await app().api.previewImport({ file: await fixture('bureau.xlsx'), options: { period: '2025-04' } }),
    );
    expect(preview.problems[0]).toMatchObject({
      severity: 'error',
      place: '主要指标!C3',
      found: '2025-05',
      expected: '2025-04',
    });
  });

  it('applies a mapping the user adjusted, and a saved profile next time', async () => {
    const file = await workbookFile('odd.xlsx', {
      表1: [
        ['包头稀土高新区'],
        ['项目', '当期数', '累计数', '累计增速'],
        ['规模以上工业增加值', 248000, 1148000, 14.8],
      ],
    });
    const mapping = [
      { column: 'B', field: 'month_value' },
      { column: 'C', field: 'ytd_value' },
      { column: 'D', field: 'ytd_yoy' },
    ];
    const preview = unwrap(
      await app().api.previewImport({ file, options: { layout: 'bureau', headerRow: 2, period: '2025-05', mapping } }),
    );
    expect(preview).toMatchObject({ errors: 0, diff: { added: 1, unchanged: 1 } });
    unwrap(
      await app().api.saveImportProfile({
        profile: {
          name: 'Baotou monthly',
          layout: 'bureau',
          headerRow: 2,
          mapping: preview.mapping.map(({ header, field }) => ({ header, field })),
        },
      }),
    );
    const again = unwrap(await app().api.previewImport({ file, options: { period: '2025-05' } }));
    expect(again).toMatchObject({ profile: 'Baotou monthly', errors: 0, diff: { added: 1, unchanged: 1 } });
    expect(unwrap(await app().api.listImportProfiles({})).map((profile) => profile.name)).toEqual(['Baotou monthly']);
    expect(unwrap(await app().api.deleteImportProfile({ name: 'Baotou monthly' }))).toEqual([]);
  });
});
