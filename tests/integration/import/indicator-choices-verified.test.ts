import { describe, expect, it } from 'vitest';
import { figures, seededImportAppPerTest, unwrap, workbookFile } from './import-app';

const app = seededImportAppPerTest();

const HEADER = ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'unit', 'note'];
// 规上工业增加值 is the short form of the seed's 规模以上工业增加值 (iav): 5 of their 6 + 8 character pairs shared,
// a likeness of 2·5 / 14 = 0.71; 稀土产业增加值 (re) shares 3 of 6 + 6, 0.5.
const SHORT_NAME = '规上工业增加值';
const file = await workbookFile('short-names.xlsx', {
  Observations: [
    HEADER,
    ['bt', SHORT_NAME, '2025-03', 'ytd', 800000, 13, '', ''],
    ['bt', SHORT_NAME, '2025-02', 'ytd', 500000, 12, '', ''],
    ['bt', 'mag', '2025-03', 'ytd', 9000, 20, '', ''],
  ],
});

describe('an indicator the store lacks: map, create or skip', () => {
  it('lists it with where it is first named, its rows and the likeliest existing indicator; without a choice it would be created', async () => {
    const preview = unwrap(await app().api.previewImport({ file }));
    expect(preview.unknownIndicators).toEqual([
      {
        name: SHORT_NAME,
        place: 'Observations!B2',
        rows: 2,
        choice: null,
        suggestion: { id: 'iav', name: 'Industrial added value above designated size', nameZh: '规模以上工业增加值' },
      },
    ]);
    expect(preview.indicatorsToCreate.map((indicator) => indicator.id)).toEqual(['gui-shang-gong-ye-zeng-jia-zhi']);
    expect(preview.problems.find((problem) => problem.code === 'indicator-created')).toMatchObject({
      params: { id: 'gui-shang-gong-ye-zeng-jia-zhi' },
      place: 'Observations!B2',
    });
  });

  it('maps it to an existing indicator: its figures land under that indicator and nothing is created', async () => {
    const before = await figures(app());
    const options = { indicatorChoices: { [SHORT_NAME]: { mapTo: 'iav' } } };
    const preview = unwrap(await app().api.previewImport({ file, options }));
    expect(preview.indicatorsToCreate).toEqual([]);
    expect(preview.unknownIndicators[0]!.choice).toEqual({ mapTo: 'iav' });
    const report = unwrap(await app().api.commitImport({ token: preview.token }));
    expect(report.indicatorsCreated).toEqual([]);
    expect(await figures(app())).toEqual({
      ...before,
      'bt|iav|2025-03|ytd': [800000, 13],
      'bt|iav|2025-02|ytd': [500000, 12],
      'bt|mag|2025-03|ytd': [9000, 20],
    });
  });

  it('skips it: its rows are reported as left out, the other rows go in', async () => {
    const before = await figures(app());
    const preview = unwrap(
      await app().api.previewImport({ file, options: { indicatorChoices: { [SHORT_NAME]: 'skip' } } }),
    );
    expect(preview.errors).toBe(0);
    expect(preview.problems.filter((problem) => problem.code === 'indicator-skipped')).toEqual([
      {
        severity: 'warning',
        code: 'indicator-skipped',
        params: { name: SHORT_NAME, rows: 2 },
        place: 'Observations!B2',
        found: SHORT_NAME,
        message: `2 row(s) of "${SHORT_NAME}" left out: the indicator was skipped`,
      },
    ]);
    const report = unwrap(await app().api.commitImport({ token: preview.token }));
    expect(report.skipped).toBe(0);
    expect(await figures(app())).toEqual({ ...before, 'bt|mag|2025-03|ytd': [9000, 20] });
  });

  it('refuses a mapping to an indicator the store does not have', async () => {
    const preview = unwrap(
      await app().api.previewImport({ file, options: { indicatorChoices: { [SHORT_NAME]: { mapTo: 'nope' } } } }),
    );
    expect(
      preview.problems
        .filter((problem) => problem.severity === 'error')
        .map(({ code, place, params }) => ({ code, place, params })),
    ).toEqual([
      { code: 'indicator-mapped-to-missing', place: 'Observations!B2', params: { id: 'nope' } },
      { code: 'indicator-mapped-to-missing', place: 'Observations!B3', params: { id: 'nope' } },
    ]);
  });
});

describe('every problem has a code and its params', () => {
  it("codes the cell parsers' and the row checks' problems", async () => {
    const preview = unwrap(
      await app().api.previewImport({
        file: await workbookFile('bad.xlsx', {
          Observations: [HEADER, ['', 'iav', '2025-07', 'ytd', 'x', 1, '吨', '']],
        }),
      }),
    );
    expect(preview.problems.map(({ code, place, params }) => ({ code, place, ...(params ? { params } : {}) }))).toEqual(
      [
        { code: 'field-blank', place: 'Observations!A2', params: { field: 'zone' } },
        { code: 'period-future', place: 'Observations!C2', params: { latest: '2025-06' } },
        { code: 'number-invalid', place: 'Observations!E2' },
      ],
    );
  });
});

describe('an import into a verified zone-month', () => {
  const month = { zoneId: 'bt', period: '2025-05', basis: 'ytd' } as const;
  const editFile = () =>
    workbookFile('edit.xlsx', { Observations: [HEADER, ['bt', 'iav', '2025-05', 'ytd', 1150000, 14.8, '', '']] });

  it('is refused with the month as its place unless confirmed; confirmed, the month returns to draft, recorded as edited', async () => {
    const edit = await editFile();
    unwrap(await app().api.setEntryStatus({ ...month, status: 'complete' }));
    unwrap(await app().api.setEntryStatus({ ...month, status: 'verified' }));
    const before = await app().hash();
    const refused = await app().api.commitImport({ file: edit, onConflict: 'overwrite' });
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'conflict',
      problems: [{ severity: 'error', code: 'verified-month', place: 'bt|2025-05|ytd' }],
      details: { verified: 1 },
    });
    expect(await app().hash()).toBe(before);

    unwrap(await app().api.commitImport({ file: edit, onConflict: 'overwrite', reopenVerified: true }));
    expect((await figures(app()))['bt|iav|2025-05|ytd']).toEqual([1150000, 14.8]);
    const statuses = unwrap(
      await app().api.getEntryStatuses({ zoneIds: ['bt'], from: '2025-05', to: '2025-05', basis: 'ytd' }),
    );
    expect(statuses[0]!.history?.map((step) => [step.status, step.reason])).toEqual([
      ['complete', 'marked'],
      ['verified', 'marked'],
      ['draft', 'edited'],
    ]);
  });
});

describe("the file as the figures' source (来源)", () => {
  it('names the file, and the sheet when the file has several, for figures with no source; a source given or stored stays', async () => {
    const rows = [
      HEADER,
      ['bt', 'iav', '2025-03', 'ytd', 800000, 13, '', ''],
      ['bt', 'iav', '2025-05', 'ytd', 1148000, 14.8, '', ''],
    ];
    const twoSheets = await workbookFile('bureau.xlsx', { Notes: [['read me']], Observations: rows });
    unwrap(await app().api.commitImport({ file: twoSheets }));
    const stored = unwrap(await app().api.getObservations({ zoneIds: ['bt'], indicatorIds: ['iav'] }));
    const sources = Object.fromEntries(stored.map((o) => [`${o.period}|${o.basis}`, o.source]));
    // 2025-03 is new: the file and its sheet; 2025-05 was in the seed with "Baotou bureau" and the same figures: unchanged.
    expect(sources).toMatchObject({ '2025-03|ytd': 'bureau.xlsx · Observations', '2025-05|ytd': 'Baotou bureau' });
  });
});
