import { describe, expect, it } from 'vitest';
import { isFigure, unreadFigures } from '../../../../shared/app/import/unread-figures';
import { layoutReader, type LayoutReading } from '../../../../shared/workbook/read';
import { grid } from '../../workbook/read/grids';

/** A one-row-header reading of `records`, as a layout reader would give it. */
function readingOf(
  fields: Pick<LayoutReading, 'labelColumns' | 'records'> & Partial<Pick<LayoutReading, 'problems'>>,
): LayoutReading {
  return {
    headerRow: 0,
    headerRows: 1,
    mapping: [],
    fields: [],
    notes: [],
    given: { zone: null, period: null, basis: null },
    problems: [],
    ...fields,
  };
}

describe('figures left out are reported with their place', () => {
  it('knows a figure: numbers and numeric text, not names, marks or dates', () => {
    expect([15300, '15,300', '14.8%', '-6.2', '增长2.3倍'].map(isFigure)).toEqual([true, true, true, true, true]);
    expect(
      ['内燃机', '—', '…', '', null, '2020年4月', new Date(0), true].map((value) => isFigure(value as never)),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('groups the figures no record reads by column: place, count and header', () => {
    const sheet = grid('表1', [
      ['指标名称', '4月', '同比增长(%)', '2020年3月', ''],
      ['甲', 1, 2, 3, null],
      ['乙', 4, 5, '6', '—'],
      ['丙', 7, null, 9, 10],
    ]);
    const reading = layoutReader('release-table')!.read(sheet, { zone: { value: 'cn' }, period: '2020-04' });
    // B and C are read (4月 and its growth); D holds 3 figures (D2:D4), E one (E4); A is the label column.
    const { problems, figures } = unreadFigures(sheet, reading, 'error');
    expect(figures).toBe(4);
    expect(problems.map((problem) => [problem.severity, problem.place, problem.message])).toEqual([
      ['error', '表1!D2:D4', '3 figures under "2020年3月" not imported'],
      ['error', '表1!E4', '1 figure under column E not imported'],
    ]);
  });

  it('does not report again what a reader already reported as left out, nor label columns, nor figures a given cell reads', () => {
    const sheet = grid('S', [
      ['地区', '2020年2月', '2020年1月'],
      ['110000', 103.6, 104.5],
      ['120000', 103.8, 104.6],
    ]);
    const reading = readingOf({
      labelColumns: [0],
      records: [
        {
          sheet: 'S',
          row: 1,
          cells: sheet.rows[1]!,
          columns: {},
          given: { yoy_pct: { value: 3.6, place: 'S!B2', cell: { row: 1, column: 1 } } },
        },
      ],
      problems: [
        { severity: 'warning', place: 'S!C2:C3', message: 'quarterly figures are not monthly ones', unmapped: true },
      ],
    });
    expect(unreadFigures(sheet, reading, 'warning')).toEqual({
      figures: 1,
      problems: [expect.objectContaining({ severity: 'warning', place: 'S!B3', found: '2020年2月', unmapped: true })],
    });
  });

  it('counts what each row’s own records leave, through runs of rows read alike, rows of two records, and rows of none', () => {
    const sheet = grid('R', [
      ['a', 'b', 'c', 'd'],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
      [1, 2, 3, 4],
    ]);
    const ab = { value: 0, yoy_pct: 1 };
    const record = (row: number, columns: Record<string, number>) => ({
      sheet: 'R',
      row,
      cells: sheet.rows[row]!,
      columns,
    });
    const reading = readingOf({
      labelColumns: [],
      // Rows 2–3 read A:B (one record, the same columns); row 4 reads A and C (two records); row 5 nothing;
      // row 6 reads A:B again; row 7 reads D alone.
      records: [
        record(1, ab),
        record(2, ab),
        record(3, { value: 0 }),
        record(3, { value: 2 }),
        record(5, ab),
        record(6, { value: 3 }),
      ],
    });
    const { problems, figures } = unreadFigures(sheet, reading, 'error');
    // C and D of rows 2, 3 and 6; B and D of row 4; everything of row 5; A, B and C of row 7.
    expect(figures).toBe(3 * 2 + 2 + 4 + 3);
    expect(problems.map((problem) => [problem.place, problem.params])).toEqual([
      ['R!A5:A7', { count: 2, header: 'a' }],
      ['R!B4:B7', { count: 3, header: 'b' }],
      ['R!C2:C7', { count: 5, header: 'c' }],
      ['R!D2:D6', { count: 5, header: 'd' }],
    ]);
  });
});
