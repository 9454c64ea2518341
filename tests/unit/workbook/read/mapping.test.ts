import { describe, expect, it } from 'vitest';
import { mapColumns, missingFields, OBSERVATIONS_SPEC } from '../../../../shared/workbook/read';
import { grid } from './grids';

const sheet = grid('Observations', [['开发区', '指标', '时期', '数值', 'yoy', 'remarks', '', 'value']]);

describe('mapColumns', () => {
  it('maps headers from the aliases, warns of unknown and repeated columns', () => {
    const { entries, columns, problems } = mapColumns(OBSERVATIONS_SPEC, sheet, 0);
    expect(columns).toEqual({ zone: 0, indicator: 1, period: 2, value: 3, yoy_pct: 4 });
    expect(entries.map((entry) => `${entry.column}:${entry.field}`)).toEqual([
      'A:zone',
      'B:indicator',
      'C:period',
      'D:value',
      'E:yoy_pct',
      'F:null',
      'H:null',
    ]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'column-unknown',
        place: 'Observations!F1',
        found: 'remarks',
        expected: expect.stringContaining('zone'),
        message: 'an unknown column, ignored',
      },
      {
        severity: 'warning',
        code: 'column-second',
        params: { field: 'value', first: 'D' },
        place: 'Observations!H1',
        found: 'value',
        message: 'a second "value" column, ignored (the first is column D)',
      },
    ]);
  });

  it('lets the user choose by column letter, and ignore a column', () => {
    const { columns, problems } = mapColumns(OBSERVATIONS_SPEC, sheet, 0, [
      { column: 'F', field: 'note' },
      { column: 'H', field: 'value' },
      { column: 'D', field: null },
    ]);
    expect(columns).toEqual({ zone: 0, indicator: 1, period: 2, yoy_pct: 4, note: 5, value: 7 });
    expect(problems).toEqual([]);
  });

  it("applies a profile's choices by header text wherever the column moved", () => {
    const moved = grid('S', [['本期数', '项目', '园区', '月份']]);
    const choices = [
      { header: '本期数', field: 'value' },
      { header: '项目', field: 'indicator' },
      { header: '月份', field: 'period' },
    ];
    expect(mapColumns(OBSERVATIONS_SPEC, moved, 0, choices).columns).toEqual({
      value: 0,
      indicator: 1,
      zone: 2,
      period: 3,
    });
  });

  it('refuses a field that does not exist and a column the sheet lacks', () => {
    const { problems } = mapColumns(OBSERVATIONS_SPEC, sheet, 0, [
      { column: 'A', field: '__proto__' },
      { column: 'Z', field: 'note' },
    ]);
    expect(problems.slice(0, 2)).toEqual([
      {
        severity: 'error',
        code: 'mapping-unknown-field',
        found: '__proto__',
        expected: expect.any(String),
        message: 'the mapping of A names an unknown field',
      },
      {
        severity: 'warning',
        code: 'mapping-missing-column',
        params: { column: 'Z', sheet: 'Observations' },
        found: 'Z',
        message: 'the mapping names column Z, which Observations does not have',
      },
    ]);
  });

  it('names what a mapping lacks', () => {
    expect(missingFields(OBSERVATIONS_SPEC, { zone: 0, indicator: 1 })).toEqual(['period', 'value or yoy_pct']);
    expect(missingFields(OBSERVATIONS_SPEC, { indicator: 1, yoy_pct: 2 }, ['zone', 'period'])).toEqual([]);
  });
});
