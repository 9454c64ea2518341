import { describe, expect, it } from 'vitest';
import { INDICATOR_ROWS, OBSERVATION_ROWS, SEED_FIGURES, ZONE_ROWS } from '../../fixtures/import/seed-rows';
import { figures, seededImportAppPerTest, unwrap, workbookFile } from './import-app';

const app = seededImportAppPerTest();

/** The seed with the May growth of iav revised and one new month. */
const revised = () =>
  workbookFile('revised.xlsx', {
    Observations: [
      OBSERVATION_ROWS[0]!,
      ['bt', 'iav', '2025-05', 'ytd', 1148000, 14.9, 'Baotou bureau (revised)', ''],
      ['bt', 'iav', '2025-03', 'ytd', 650000, 13.8, 'Baotou bureau', ''],
      ['btc', 'iav', '2025-05', 'ytd', 9_870_000, null, '', ''],
    ],
  });

describe('conflicts with the store', () => {
  it('shows new, changed (a blank filled in), unchanged and conflicting rows', async () => {
    const preview = unwrap(await app().api.previewImport({ file: await revised() }));
    expect(preview.diff).toEqual({ added: 1, changed: 1, unchanged: 0, conflicts: 1 });
    expect(preview.conflicts).toEqual([
      {
        key: { zoneId: 'bt', indicatorId: 'iav', period: '2025-05', basis: 'ytd' },
        place: 'Observations!A2:H2',
        incoming: { value: 1148000, yoyPct: 14.9, source: 'Baotou bureau (revised)', note: '' },
        existing: { value: 1148000, yoyPct: 14.8, source: 'Baotou bureau', note: '' },
      },
    ]);
  });

  it('stops by default: refused with the conflict and its place, the store unchanged byte for byte', async () => {
    const before = await app().hash();
    const result = await app().api.commitImport({ file: await revised() });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('conflict');
    expect(result.error.problems).toEqual([
      expect.objectContaining({
        place: 'Observations!A2:H2',
        found: 'value 1148000, YoY 14.9',
        message: 'would overwrite different figures for bt|iav|2025-05|ytd',
      }),
    ]);
    expect(await app().hash()).toBe(before);
  });

  it("a preview's pages still list its rows after its commit was refused, compared with the store as it is then", async () => {
    const preview = unwrap(await app().api.previewImport({ file: await revised() }));
    const refused = await app().api.commitImport({ token: preview.token });
    expect(refused.ok).toBe(false);
    const conflicts = unwrap(await app().api.getImportItems({ token: preview.token, kind: 'conflict' }));
    expect(conflicts.total).toBe(1);
    expect(conflicts.items[0]).toMatchObject({ place: 'Observations!A2:H2', existing: { yoyPct: 14.8 } });
    const kept = unwrap(await app().api.commitImport({ token: preview.token, onConflict: 'keep' }));
    expect(kept).toMatchObject({ added: 1, changed: 1, kept: 1 });
  });

  it('keeps the store\'s figures on "keep", takes the file\'s on "overwrite" with the earlier version in the history', async () => {
    const kept = unwrap(await app().api.commitImport({ file: await revised(), onConflict: 'keep' }));
    expect(kept).toMatchObject({ added: 1, changed: 1, conflicts: 1, overwritten: 0, kept: 1 });
    expect((await figures(app()))['bt|iav|2025-05|ytd']).toEqual([1148000, 14.8]);
    const overwritten = unwrap(await app().api.commitImport({ file: await revised(), onConflict: 'overwrite' }));
    expect(overwritten).toMatchObject({ added: 0, changed: 0, unchanged: 2, conflicts: 1, overwritten: 1 });
    expect((await figures(app()))['bt|iav|2025-05|ytd']).toEqual([1148000, 14.9]);
    const stored = unwrap(
      await app().api.getObservations({ zoneIds: ['bt'], indicatorIds: ['iav'], from: '2025-05', to: '2025-05' }),
    );
    expect(stored[0]!.history).toEqual([
      { value: 1148000, yoyPct: 14.8, source: 'Baotou bureau', note: '', replacedAt: '2025-06-25T08:00:00.000Z' },
    ]);
  });

  it('follows a per-row choice over the import-wide policy', async () => {
    const key = { zoneId: 'bt', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };
    const report = unwrap(
      await app().api.commitImport({
        file: await revised(),
        onConflict: 'stop',
        choices: [{ key, choice: 'overwrite' }],
      }),
    );
    expect(report).toMatchObject({ overwritten: 1 });
    expect((await figures(app()))['bt|iav|2025-05|ytd']).toEqual([1148000, 14.9]);
  });
});

describe('undoing an import', () => {
  it('restores exactly the observations and catalog it replaced, in one step', async () => {
    const beforeObservations = unwrap(await app().api.getObservations({}));
    const beforeZones = unwrap(await app().api.listZones({}));
    const file = await workbookFile('more.xlsx', {
      Zones: [
        ZONE_ROWS[0]!,
        ['bt', 'Baotou Hi-Tech Zone', '包头稀土高新区', 'Inner Mongolia', 'btc'],
        ['new', 'New Zone', '新区', '', ''],
      ],
      Observations: [
        OBSERVATION_ROWS[0]!,
        ['bt', 'iav', '2025-05', 'ytd', 1150000, 14.9, 'revision', ''],
        ['new', 'iav', '2025-05', 'ytd', 10, 1, '', ''],
        ['bt', 'Fresh indicator', '2025-05', 'month', 5, null, '', ''],
      ],
    });
    const report = unwrap(await app().api.commitImport({ file, onConflict: 'overwrite' }));
    expect(report).toMatchObject({
      added: 2,
      overwritten: 1,
      zonesCreated: ['new'],
      indicatorsCreated: ['fresh-indicator'],
      catalogUpdated: ['bt'],
    });
    expect(unwrap(await app().api.listImports({}))[0]).toMatchObject({
      importId: report.importId,
      undoable: true,
      added: 2,
      changed: 1,
    });

    const undone = unwrap(await app().api.undoImport({ importId: report.importId! }));
    expect(undone).toMatchObject({
      removed: 2,
      restored: 1,
      zonesRemoved: ['new'],
      indicatorsRemoved: ['fresh-indicator'],
      kept: [],
    });
    expect(unwrap(await app().api.getObservations({}))).toEqual(beforeObservations);
    expect(unwrap(await app().api.listZones({}))).toEqual(beforeZones);
    expect(unwrap(await app().api.listIndicators({})).map((indicator) => indicator.id)).toEqual(
      INDICATOR_ROWS.slice(1).map((row) => row[0]),
    );
    expect(unwrap(await app().api.listImports({}))[0]).toMatchObject({ importId: report.importId, undoable: false });
    const again = await app().api.undoImport({ importId: report.importId! });
    expect(again.ok || again.error.code).toBe('not_found');
  });

  it('refuses when the imported figures were edited since, unless forced', async () => {
    const report = unwrap(await app().api.commitImport({ file: await revised(), onConflict: 'overwrite' }));
    unwrap(
      await app().api.saveObservations({
        observations: [
          { zoneId: 'bt', indicatorId: 'iav', period: '2025-03', basis: 'ytd', value: 651000, yoyPct: 13.8 },
        ],
      }),
    );
    const refused = await app().api.undoImport({ importId: report.importId! });
    expect(refused.ok || refused.error).toMatchObject({ code: 'conflict', details: { edited: 1 } });
    unwrap(await app().api.undoImport({ importId: report.importId!, force: true }));
    expect(await figures(app())).toEqual(SEED_FIGURES);
  });
});

describe('valid rows only', () => {
  const mixed = () =>
    workbookFile('mixed.xlsx', {
      Observations: [
        OBSERVATION_ROWS[0]!,
        ['bt', 'iav', '2025-03', 'ytd', 650000, 13.8, '', ''],
        ['bt', 'iav', '2025-02', 'ytd', 'abc', 12.1, '', ''],
      ],
    });

  it('writes nothing while an error remains', async () => {
    const before = await app().hash();
    const result = await app().api.commitImport({ file: await mixed() });
    expect(result.ok || result.error).toMatchObject({
      code: 'invalid',
      problems: [expect.objectContaining({ place: 'Observations!E3', found: 'abc', message: 'not a number' })],
    });
    expect(await app().hash()).toBe(before);
  });

  it('imports the other rows when asked to', async () => {
    const report = unwrap(await app().api.commitImport({ file: await mixed(), validOnly: true }));
    expect(report).toMatchObject({ added: 1, errors: 1, skipped: 1 });
    expect((await figures(app()))['bt|iav|2025-03|ytd']).toEqual([650000, 13.8]);
    expect((await figures(app()))['bt|iav|2025-02|ytd']).toBeUndefined();
  });
});
