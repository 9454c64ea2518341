import { describe, expect, it } from 'vitest';
import { seededImportAppPerTest, unwrap, workbookFile } from './import-app';

const app = seededImportAppPerTest();

const HEADER = ['zone', 'indicator', 'period', 'basis', 'value', 'yoy_pct', 'unit', 'note'];

async function problemsOf(...rows: unknown[][]) {
  const preview = unwrap(
    await app().api.previewImport({ file: await workbookFile('rows.xlsx', { Observations: [HEADER, ...rows] }) }),
  );
  return preview.problems.map(({ severity, place, found, message }) => ({ severity, place, found, message }));
}

describe('every row is checked, every problem reported with its place', () => {
  it('converts known unit scales and refuses unknown or incompatible units', async () => {
    const preview = unwrap(
      await app().api.previewImport({
        file: await workbookFile('units.xlsx', {
          Observations: [
            HEADER,
            ['bt', 'iav', '2025-03', 'ytd', 65, 13.8, '亿元', ''],
            ['bt', 'mag', '2025-03', 'ytd', 0.9, 20, '万吨', ''],
          ],
        }),
      }),
    );
    expect(preview.errors).toBe(0);
    const items = unwrap(await app().api.getImportItems({ token: preview.token, kind: 'added' })).items;
    expect(items.map((item) => item.incoming.value)).toEqual([650000, 9000]);
    expect(
      await problemsOf(
        ['bt', 'iav', '2025-03', 'ytd', 65, 13.8, '万美元', ''],
        ['bt', 'iav', '2025-02', 'ytd', 65, 13.8, '吨', ''],
      ),
    ).toEqual([
      { severity: 'error', place: 'Observations!G2', found: '万美元', message: 'an unknown unit' },
      { severity: 'error', place: 'Observations!G3', found: '吨', message: 'a unit incompatible with 万元' },
    ]);
  });

  it("reports all of a row's problems, not only the first", async () => {
    expect(await problemsOf(['', 'no such indicator', '2025年13月', 'quarterly', 'x', '增长', '', ''])).toEqual([
      { severity: 'error', place: 'Observations!A2', found: '(blank)', message: 'no zone' },
      { severity: 'error', place: 'Observations!D2', found: 'quarterly', message: 'not a basis' },
      { severity: 'error', place: 'Observations!C2', found: '2025年13月', message: 'a month must be 1 to 12' },
      { severity: 'error', place: 'Observations!E2', found: 'x', message: 'not a number' },
      { severity: 'error', place: 'Observations!F2', found: '增长', message: 'not a number' },
    ]);
  });

  it('refuses a future period, a row without figures and an over-long note', async () => {
    expect(
      await problemsOf(
        ['bt', 'iav', '2025-07', 'ytd', 1, 1, '', ''],
        ['bt', 'iav', '2025-03', 'ytd', '—', '..', '', ''],
        ['bt', 'iav', '2025-02', 'ytd', 1, 1, '', 'x'.repeat(2001)],
      ),
    ).toEqual([
      { severity: 'error', place: 'Observations!C2', found: '2025-07', message: 'a period in the future' },
      {
        severity: 'error',
        place: 'Observations!E3',
        found: '(not published)',
        message: 'a row needs a value or a YoY %',
      },
      { severity: 'error', place: 'Observations!H4', found: `${'x'.repeat(40)}…`, message: 'too long' },
    ]);
  });

  it('names a zone by id, English or Chinese name; a name two zones share is not guessed', async () => {
    unwrap(
      await app().api.createZone({
        zone: { id: 'bt2', name: 'Second zone', nameZh: '包头稀土高新区', region: '', benchmarkZoneId: null },
      }),
    );
    expect(
      await problemsOf(
        ['包头稀土高新区', 'iav', '2025-03', 'ytd', 1, 1, '', ''],
        ['Baotou Rare Earth High-Tech Zone', 'iav', '2025-03', 'ytd', 1, 1, '', ''],
      ),
    ).toEqual([
      {
        severity: 'error',
        place: 'Observations!A2',
        found: '包头稀土高新区',
        message: 'a name more than one zone has',
      },
    ]);
  });

  it('creates the zones and indicators only the Observations sheet names, and says so', async () => {
    const file = await workbookFile('new.xlsx', {
      Observations: [
        HEADER,
        ['Ordos Zone', '新指标', '2025-03', 'ytd', 1, 1, '家', ''],
        ['Ordos Zone', '新指标', '2025-04', 'ytd', 2, 1, '家', ''],
      ],
    });
    const unconfirmed = unwrap(await app().api.previewImport({ file }));
    // One error for the zone, not one per row; nothing created until confirmed.
    expect(unconfirmed.problems.filter((problem) => problem.severity === 'error')).toEqual([
      {
        severity: 'error',
        code: 'zone-unknown',
        place: 'Observations!A2',
        found: 'Ordos Zone',
        expected: expect.any(String),
        message: 'a zone the store does not have: add it, or confirm creating it (create zones)',
      },
    ]);
    expect(unconfirmed.zonesToCreate).toEqual([]);
    const preview = unwrap(await app().api.previewImport({ file, options: { createZones: true } }));
    expect(preview.zonesToCreate).toEqual([
      { id: 'ordos-zone', name: 'Ordos Zone', nameZh: '', region: '', benchmarkZoneId: null },
    ]);
    // A Chinese name leaves the English one empty for the user; the id is its pinyin.
    expect(preview.indicatorsToCreate).toMatchObject([
      { id: 'xin-zhi-biao', name: '', nameZh: '新指标', unit: '家', kind: 'flow', parentId: null },
    ]);
    expect(preview.problems.map((problem) => problem.message)).toEqual([
      'a new zone: created as "ordos-zone"',
      'a new indicator: created as "xin-zhi-biao" (kind flow, unit "家")',
    ]);
  });

  it('checks the Zones and Indicators sheets cell by cell', async () => {
    const file = await workbookFile('catalog.xlsx', {
      Zones: [
        ['zone_id', 'name', 'benchmark_zone_id'],
        ['__proto__', 'Bad', ''],
        ['ok', '', ''],
        ['dup', 'A', 'nowhere'],
        ['dup', 'B', ''],
      ],
      Indicators: [
        ['indicator_id', 'name', 'kind'],
        ['k', 'K', 'quarterly'],
      ],
      Observations: [HEADER, ['bt', 'iav', '2025-03', 'ytd', 1, 1, '', '']],
    });
    const preview = unwrap(await app().api.previewImport({ file }));
    expect(
      preview.problems
        .filter((problem) => problem.severity === 'error')
        .map(({ place, found, message }) => ({ place, found, message })),
    ).toEqual([
      { place: 'Zones!A2', found: '__proto__', message: 'not an id' },
      { place: 'Zones!B3', found: '(blank)', message: 'a zone needs a name' },
      { place: 'Zones!A5', found: 'dup', message: 'zone id used twice (first at Zones!A4)' },
      { place: 'Indicators!C2', found: 'quarterly', message: 'not a kind' },
      {
        place: 'Zones',
        found: undefined,
        message: 'the zones and indicators would not be consistent: zone "dup" names an unknown benchmark "nowhere"',
      },
    ]);
    const valid = await app().api.commitImport({ token: preview.token, validOnly: true });
    expect(valid.ok || valid.error.message).toMatch(
      /the zones and indicators have errors, so not even the valid rows can be imported/,
    );
  });
  it('checks the Indicators sheet as it checks the Zones sheet: a name, an id or blank for the reference, each id once', async () => {
    const file = await workbookFile('catalog-references.xlsx', {
      Zones: [
        ['zone_id', 'name', 'benchmark_zone_id'],
        ['z', 'Z', 'no id!'],
      ],
      Indicators: [
        ['indicator_id', 'name', 'name_zh', 'parent_indicator_id'],
        ['a', '', '', ''],
        ['b', '', '乙', 'no id!'],
        ['b', 'B', '', ''],
      ],
      Observations: [HEADER, ['bt', 'iav', '2025-03', 'ytd', 1, 1, '', '']],
    });
    const preview = unwrap(await app().api.previewImport({ file }));
    expect(
      preview.problems
        .filter((problem) => problem.severity === 'error')
        .map(({ place, found, expected, message }) => ({ place, found, expected, message })),
    ).toEqual([
      { place: 'Zones!C2', found: 'no id!', expected: 'a zone id', message: 'not an id' },
      {
        place: 'Indicators!B2',
        found: '(blank)',
        expected: "the indicator's name",
        message: 'an indicator needs a name',
      },
      { place: 'Indicators!D3', found: 'no id!', expected: 'an indicator id', message: 'not an id' },
      {
        place: 'Indicators!A4',
        found: 'b',
        expected: undefined,
        message: 'indicator id used twice (first at Indicators!A3)',
      },
    ]);
  });
});
