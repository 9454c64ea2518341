import { describe, expect, it } from 'vitest';
import { RowsByKey } from '../../../../shared/app/import/rows-by-key';
import { observationKey, type ObservationKey } from '../../../../shared/model';

const key = (zoneId: string, indicatorId: string, period: string, basis: ObservationKey['basis']): ObservationKey => ({
  zoneId,
  indicatorId,
  period,
  basis,
});

describe('rows by observation key, without a key string per row', () => {
  it('finds each key as a map of key strings would, whatever the order of the rows', () => {
    const keys = [
      key('bt', 'iav', '2024-12', 'ytd'),
      key('bt', 'iav', '2025-01', 'month'),
      key('bt', 'iav', '2025-01', 'ytd'),
      key('bt', 'iav', '1999-12', 'month'),
      key('bt', 'ind-2', '2025-01', 'month'),
      key('bt2', 'iav', '2025-01', 'month'),
      key('b', 'tiav', '2025-01', 'month'),
      key('bt', 'iav', '2025-1', 'month'),
      key('bt', 'iav', '2025-0x', 'month'),
    ];
    const rows = new RowsByKey<string>();
    const strings = new Map<string, string>();
    // Interleaved, so the last series looked up is seldom the next one's.
    for (const [index, each] of [...keys, ...keys.slice().reverse()].entries()) {
      expect(rows.get(each)).toBe(strings.get(observationKey(each)));
      rows.set(each, `row ${index}`);
      strings.set(observationKey(each), `row ${index}`);
    }
    for (const each of keys) expect(rows.get(each)).toBe(strings.get(observationKey(each)));
    expect(new Set(keys.map((each) => rows.get(each))).size).toBe(keys.length);
  });
});
