import { describe, expect, it } from 'vitest';
import { encodeZoneMonths, expandZoneMonths } from '../../../shared/app/zone-months';

describe('zone-months of an announcement', () => {
  it('writes runs of consecutive months as first/last, across a year, and expands them back', () => {
    const keys = ['2024-11', '2024-12', '2025-01', '2025-03', '2025-03'].map((period) => ({ zoneId: 'b', period }));
    const encoded = encodeZoneMonths([...keys, { zoneId: 'a', period: '2025-05' }]);
    expect(encoded).toEqual({ a: ['2025-05'], b: ['2024-11/2025-01', '2025-03'] });
    expect(expandZoneMonths(encoded)).toEqual(
      new Map([
        ['a', ['2025-05']],
        ['b', ['2024-11', '2024-12', '2025-01', '2025-03']],
      ]),
    );
  });

  it("keeps a province's year of imports small: a hundred zones × eleven months in a few KB", () => {
    const keys = Array.from({ length: 100 }, (_, zone) =>
      Array.from({ length: 11 }, (_, month) => ({
        zoneId: `zone-${zone}`,
        period: `2025-${String(month + 1).padStart(2, '0')}`,
      })),
    ).flat();
    expect(JSON.stringify(encodeZoneMonths(keys)).length).toBeLessThan(4000);
  });
});
