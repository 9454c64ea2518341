import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../shared/workbook/read';
import { fileOf, figures, openImportApp, unwrap, workbookFile, type ImportApp } from './import-app';

let app: ImportApp;
beforeEach(async () => {
  app = await openImportApp();
  unwrap(
    await app.api.createZone({
      zone: { id: 'bt', name: 'Baotou', nameZh: '包头稀土高新区', region: '', benchmarkZoneId: null },
    }),
  );
});
afterEach(async () => {
  await app.dispose();
});

const errorsOf = (problems: { severity: string; place?: string; message: string }[]) =>
  problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.place} ${problem.message}`);

describe('the import pipeline, whatever the layout', () => {
  const release = {
    表1: [
      ['2025年5月主要指标'],
      ['指标名称', '5月', '1-5月', '同比增长(%)', '上年同期', '说明'],
      ['工业总产值', 10, 50, 3.5, 9, 'a'],
      ['营业收入', 20, 90, 4.5, 19, 7],
      ['注：1.数据为快报数。'],
    ],
  };

  it('reports, per column with its place and count, every figure the reading leaves out; refuses unless confirmed', async () => {
    const file = await workbookFile('release.xlsx', release);
    const refused = unwrap(await app.api.previewImport({ file, options: { zoneId: 'bt' } }));
    // E3:E4 are last year's figures (2), F4 a figure under a column no mapping reads (1); A5 is a note.
    expect(errorsOf(refused.problems)).toEqual([
      '表1!E3:E4 2 figures under "上年同期" not imported',
      '表1!F4 1 figure under "说明" not imported',
    ]);
    expect(refused.problems.find((problem) => problem.place === '表1!E3:E4')).toMatchObject({
      unmapped: true,
      found: '上年同期',
    });
    expect(refused.unmapped).toBe(3);
    expect((await app.api.commitImport({ file, options: { zoneId: 'bt' } })).ok).toBe(false);
    // Importing the valid rows only is no way around it: the figures left out are not rows with errors.
    expect((await app.api.commitImport({ file, options: { zoneId: 'bt' }, validOnly: true })).ok).toBe(false);
    expect(await figures(app)).toEqual({});

    const confirmed = unwrap(await app.api.previewImport({ file, options: { zoneId: 'bt', skipUnmapped: true } }));
    expect(confirmed.errors).toBe(0);
    expect(
      confirmed.problems.filter((problem) => problem.unmapped).map((problem) => [problem.severity, problem.place]),
    ).toEqual([
      ['warning', '表1!E3:E4'],
      ['warning', '表1!F4'],
    ]);
    unwrap(await app.api.commitImport({ token: confirmed.token }));
    const stored = await figures(app);
    expect(Object.keys(stored)).toHaveLength(4);
    expect(Object.values(stored).sort()).toEqual([
      [10, null],
      [20, null],
      [50, 3.5],
      [90, 4.5],
    ]);
  });

  it('stores an index (上年同月=100) as growth only: 103.6 is +3.6 %, and no value', async () => {
    const file = await workbookFile('cpi.xlsx', {
      表1: [['2025年5月'], ['指标', '本月(上年同月=100)', '累计(上年同期=100)'], ['居民消费价格', 103.6, 102.1]],
    });
    const preview = unwrap(await app.api.previewImport({ file, options: { zoneId: 'bt' } }));
    expect(preview).toMatchObject({ errors: 0, unmapped: 0 });
    unwrap(await app.api.commitImport({ token: preview.token }));
    expect(Object.values(await figures(app)).sort()).toEqual([
      [null, 2.1],
      [null, 3.6],
    ]);
  });

  it('warns once for each other sheet that holds figures, and gives formula warnings only for the sheets imported', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['zone', 'indicator', 'period', 'basis', 'value'],
        ['bt', 'iav', '2025-05', 'ytd', 100],
      ]),
      'Observations',
    );
    const notes = XLSX.utils.aoa_to_sheet([
      ['上年', 5],
      ['合计', 7],
    ]);
    notes.B2 = { t: 'n', v: 7, f: 'B1+2' };
    XLSX.utils.book_append_sheet(book, notes, '附表');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const file = await fileOf('book.xlsx', bytes);
    const read = readWorkbook(new Uint8Array(bytes), { fileName: file.name });
    expect(read.ok && read.workbook.formulaCells).toEqual(['附表!B2']);
    const preview = unwrap(await app.api.previewImport({ file }));
    expect(
      preview.problems
        .filter((problem) => problem.severity === 'warning')
        .map((problem) => `${problem.place} ${problem.message}`),
    ).toEqual([
      '附表 the sheet "附表" holds figures that are not imported',
      expect.stringMatching(/^Observations!B2 a new indicator/),
    ]);
    expect(preview.problems.find((problem) => problem.place === '附表')).toMatchObject({ found: '2 figures' });
  });

  it('says "no figures in the file" for a header-only sheet', async () => {
    const preview = unwrap(
      await app.api.previewImport({
        file: await workbookFile('empty.xlsx', { Observations: [['zone', 'indicator', 'period', 'value']] }),
      }),
    );
    expect(errorsOf(preview.problems)).toEqual(['Observations no figures in the file']);
  });

  it('imports the catalog of a workbook with a Zones sheet only', async () => {
    const file = await workbookFile('zones.xlsx', {
      Zones: [
        ['zone_id', 'name', 'name_zh'],
        ['ordos', 'Ordos', '鄂尔多斯'],
      ],
    });
    const preview = unwrap(await app.api.previewImport({ file }));
    expect(preview).toMatchObject({
      layout: null,
      errors: 0,
      zonesToCreate: [{ id: 'ordos', name: 'Ordos', nameZh: '鄂尔多斯' }],
    });
    const report = unwrap(await app.api.commitImport({ token: preview.token }));
    expect(report.zonesCreated).toEqual(['ordos']);
    expect(unwrap(await app.api.listZones({})).map((zone) => zone.id)).toEqual(['bt', 'ordos']);
  });

  it('matches the chosen zone by its name written with or without its administrative suffix', async () => {
    unwrap(
      await app.api.createZone({
        zone: { id: 'nmg', name: '', nameZh: '内蒙古自治区', region: '', benchmarkZoneId: null },
      }),
    );
    const preview = unwrap(
      await app.api.previewImport({
        file: await workbookFile('release.xlsx', { 表1: release.表1.slice(0, 3).map((row) => row.slice(0, 4)) }),
        options: { zoneId: '内蒙古' },
      }),
    );
    expect(preview).toMatchObject({ errors: 0, zonesToCreate: [], given: { zoneId: 'nmg' } });
    unwrap(await app.api.commitImport({ token: preview.token }));
    expect(Object.keys(await figures(app)).every((key) => key.startsWith('nmg|'))).toBe(true);
  });

  it('applies a profile only when named or when its headers match, and says which', async () => {
    const file = await workbookFile('odd.xlsx', {
      表1: [
        ['项目', '当期数', '累计数'],
        ['工业总产值', 10, 50],
      ],
    });
    unwrap(
      await app.api.saveImportProfile({
        profile: {
          name: 'odd',
          layout: 'release-table',
          mapping: [
            { header: '项目', field: 'indicator' },
            { header: '当期数', field: 'month_value' },
            { header: '累计数', field: 'ytd_value' },
          ],
        },
      }),
    );
    const matched = unwrap(await app.api.previewImport({ file, options: { zoneId: 'bt', period: '2025-05' } }));
    expect(matched).toMatchObject({ profile: 'odd', profileReason: 'fingerprint', errors: 0 });
    expect(matched.reading).toContainEqual({ what: 'profile', value: 'odd', from: 'header fingerprint' });
    const named = unwrap(
      await app.api.previewImport({ file, options: { zoneId: 'bt', period: '2025-05', profile: 'odd' } }),
    );
    expect(named).toMatchObject({ profile: 'odd', profileReason: 'named' });
    const other = unwrap(
      await app.api.previewImport({
        file: await workbookFile('other.xlsx', {
          表1: [
            ['项目', '当期数'],
            ['工业总产值', 10],
          ],
        }),
        options: { zoneId: 'bt', period: '2025-05' },
      }),
    );
    expect(other).toMatchObject({ profile: null, profileReason: null });
    const missing = unwrap(await app.api.previewImport({ file, options: { profile: 'nope' } }));
    expect(errorsOf(missing.problems)).toContain('undefined no saved profile has this name');
  });
});
