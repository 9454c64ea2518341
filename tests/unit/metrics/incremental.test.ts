import { describe, expect, it } from 'vitest';
import { observationKey, type Catalog } from '../../../shared/model';
import { createMetricsEngine, type MetricInput, type MetricsChange } from '../../../shared/metrics';
import { indicator, input, zone } from './build';

const catalog: Catalog = {
  zones: [zone('city'), zone('a', 'city'), zone('b', 'city')],
  indicators: [indicator('total'), indicator('part', { parentId: 'total' }), indicator('out', { unit: 't' })],
};

function seed(): MetricInput[] {
  const inputs: MetricInput[] = [];
  for (const zoneId of ['city', 'a', 'b']) {
    for (let month = 1; month <= 12; month++) {
      for (const year of [2024, 2025]) {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        const scale = (year === 2025 ? 1.1 : 1) * (zoneId === 'a' ? 2 : 1) * month;
        inputs.push(input(zoneId, 'total', period, 'ytd', 100 * scale, null));
        inputs.push(input(zoneId, 'part', period, 'ytd', 30 * scale * (zoneId === 'b' ? 1.05 : 1), null));
        inputs.push(input(zoneId, 'out', period, 'month', 10 + month, year === 2025 ? 5 + month / 10 : null));
      }
    }
  }
  return inputs;
}

/** Applies the change incrementally and to a plain list, then compares with a fresh build of the list. */
function check(change: MetricsChange, start: MetricInput[] = seed()) {
  const engine = createMetricsEngine(catalog, start);
  const inputs = new Map(start.map((item) => [observationKey(item), item]));
  for (const key of change.remove ?? []) inputs.delete(observationKey(key));
  for (const item of change.upsert ?? []) inputs.set(observationKey(item), item);
  engine.apply(change);
  const fresh = createMetricsEngine(catalog, [...inputs.values()]);
  expect(engine.rows()).toEqual(fresh.rows());
  expect(engine.warnings()).toEqual(fresh.warnings());
  expect(engine.marks()).toEqual(fresh.marks());
  return engine;
}

describe('incremental recompute equals a full build', () => {
  it.each<[string, MetricsChange]>([
    ['a parent level (components, shares)', { upsert: [input('a', 'total', '2025-05', 'ytd', 1500, null)] }],
    ['a component level', { upsert: [input('b', 'part', '2024-05', 'ytd', 170, null)] }],
    ['the benchmark zone (every gap)', { upsert: [input('city', 'total', '2025-06', 'ytd', 700, 12.5)] }],
    ['a published rate (ranks)', { upsert: [input('b', 'out', '2025-03', 'month', 13, 99)] }],
    ['a removal', { remove: [{ zoneId: 'a', indicatorId: 'total', period: '2025-05', basis: 'ytd' }] }],
    ['a new series', { upsert: [input('b', 'out', '2025-05', 'ytd', 80, 3)] }],
    ['a period before the span', { upsert: [input('a', 'out', '2023-06', 'month', 9, null)] }],
    ['a period after the span', { upsert: [input('a', 'total', '2026-02', 'ytd', 300, 9)] }],
    [
      'several at once',
      {
        upsert: [input('a', 'part', '2025-05', 'ytd', 10, null), input('city', 'out', '2025-07', 'month', 30, 1)],
        remove: [{ zoneId: 'b', indicatorId: 'total', period: '2024-07', basis: 'ytd' }],
      },
    ],
  ])('%s', (_, change) => {
    check(change);
  });

  it('ignores observations of unknown zones or indicators', () => {
    const engine = check({
      upsert: [input('nowhere', 'total', '2025-05', 'ytd', 1, 1), input('a', 'gdp', '2025-05', 'ytd', 1, 1)],
    });
    expect(engine.row({ zoneId: 'nowhere', indicatorId: 'total', period: '2025-05', basis: 'ytd' })).toBeNull();
  });

  it('starts from an empty dataset', () => {
    check(
      { upsert: [input('a', 'total', '2025-05', 'ytd', 100, 5), input('city', 'total', '2025-05', 'ytd', 90, 4)] },
      [],
    );
  });

  it('a new catalog rebuilds and drops what it no longer names', () => {
    const engine = createMetricsEngine(catalog, seed());
    engine.setCatalog({
      zones: catalog.zones.filter((candidate) => candidate.id !== 'b'),
      indicators: catalog.indicators,
    });
    expect(engine.rows({ zoneIds: ['b'] })).toEqual([]);
    expect(engine.rows({ zoneIds: ['a'] })).toEqual(
      createMetricsEngine(engine.catalog, seed()).rows({ zoneIds: ['a'] }),
    );
  });
});
