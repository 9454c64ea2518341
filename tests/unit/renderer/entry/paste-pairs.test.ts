import { describe, expect, it } from 'vitest';
import type { Indicator, Zone } from '../../../../shared/model';
import { planPairedPaste, valueGrowthPairs } from '../../../../renderer/features/entry/model/grid/paste';
import { parseTsv } from '../../../../renderer/features/entry/model/grid/tsv';
import { changesForWrites } from '../../../../renderer/features/entry/model/grid/cell-writes';
import { buildGridModel } from '../../../../renderer/features/entry/model/grid/grid-model';
import type { Figures } from '../../../../renderer/features/entry/model/session/figures';

const zone: Zone = { id: 'baotou', name: 'Baotou', nameZh: '包头', region: '', benchmarkZoneId: null };
const output: Indicator = {
  id: 'rare-earth',
  name: 'Rare earth output',
  nameZh: '稀土产量',
  unit: '吨',
  kind: 'flow',
  parentId: null,
  required: false,
  plausibleYoyMin: null,
  plausibleYoyMax: null,
};
const model = buildGridModel(
  { mode: 'indicators', zoneId: 'baotou', indicatorId: 'rare-earth', year: 2025, basis: 'ytd', field: 'value' },
  [zone],
  [output],
);
const LATEST = '2025-06';
const nothing = (): Figures | null => null;

describe('value + 同比 column pairs', () => {
  it('are found by their % column and split into a value block and a growth block', () => {
    // As a bureau table copies: 1-3月 and 1-4月, each value then its 同比.
    const block = parseTsv('15,300\t23.8%\t16,100\t21.5%\r\n');
    expect(valueGrowthPairs(block)).toEqual({ values: [['15,300', '16,100']], growths: [['23.8%', '21.5%']] });
  });

  it('accept a not-published growth, and are not seen in plain values or in a % value column', () => {
    expect(
      valueGrowthPairs([
        ['15,300', '—'],
        ['16,100', '21.5%'],
      ]),
    ).toEqual({ values: [['15,300'], ['16,100']], growths: [['—'], ['21.5%']] });
    expect(valueGrowthPairs([['15,300', '16,100']])).toBeNull();
    expect(valueGrowthPairs([['23.8%', '21.5%']])).toBeNull();
    expect(valueGrowthPairs([['15,300', '23.8%', '16,100']])).toBeNull();
  });

  it('paste into both figures of each cell', () => {
    const pairs = valueGrowthPairs([['15,300', '23.8%', '0.91万吨', '-2.5%']])!;
    const plan = planPairedPaste(pairs, { top: 0, left: 2, bottom: 0, right: 2 }, { rows: 1, cols: 12 });
    expect(plan.target).toEqual({ top: 0, left: 2, bottom: 0, right: 3 });
    const { changes, problems } = changesForWrites(model, plan.writes, nothing, LATEST);
    expect(problems).toEqual([]);
    // 0.91万吨 = 0.91 × 10,000 t = 9,100 t.
    expect(changes.map((change) => [change.key.period, change.after?.value, change.after?.yoyPct])).toEqual([
      ['2025-03', 15300, 23.8],
      ['2025-04', 9100, -2.5],
    ]);
  });
});

describe('a paste that is partly wrong', () => {
  it('saves the valid cells and names the others with their text and problem', () => {
    const writes = [
      { row: 0, col: 0, text: '15,300' },
      { row: 0, col: 1, text: '1O5' },
      { row: 0, col: 2, text: '3亿元' },
      { row: 0, col: 3, text: '0.91万吨' },
      { row: 0, col: 6, text: '200' },
    ];
    const { changes, problems } = changesForWrites(model, writes, nothing, LATEST);
    expect(changes.map((change) => [change.key.period, change.after?.value])).toEqual([
      ['2025-01', 15300],
      ['2025-04', 9100],
    ]);
    expect(problems.map(({ col, text, problem }) => [col, text, problem.kind])).toEqual([
      [1, '1O5', 'not-a-number'],
      [2, '3亿元', 'unit-mismatch'],
      [6, '200', 'future-period'],
    ]);
  });

  it('keeps the growth already there when only the value is pasted', () => {
    const before: Figures = { value: 100, yoyPct: 14.8, source: 'bureau', note: '' };
    const { changes } = changesForWrites(model, [{ row: 0, col: 4, text: '114.8' }], () => before, LATEST);
    expect(changes[0]).toMatchObject({ before, after: { value: 114.8, yoyPct: 14.8, source: 'bureau' } });
  });
});
