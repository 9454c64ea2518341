import { describe, expect, it } from 'vitest';
import { DatasetState } from '../../../electron/store/dataset-state';
import type { DatasetChange } from '../../../shared/app/ports';
import type { Observation } from '../../../shared/model';
import { makeCatalog, makeObservation, makeObservations } from './fixtures';

/** Every shard's observations, in each shard's own order (the order its file is written in). */
const shardsOf = (state: DatasetState) =>
  [...state.shards()].map((shard) => ({ zoneId: shard.zoneId, year: shard.year, observations: shard.observations() }));

describe('a batch leaves the same shards whether they are kept as columns or as keyed objects', () => {
  it('over stored shards, with removals, a key given twice and a shard emptied', () => {
    const stored = makeObservations({ zones: 2, indicators: 3, years: 2, firstYear: 2020 });
    const start = DatasetState.empty().apply([{ catalog: makeCatalog(2, 3), upsert: stored }]).state;
    const twice = makeObservation('zone-01', 'ind-02', '2021-03', 'month', { value: 1 });
    const changes: DatasetChange[] = [
      {
        upsert: [
          makeObservation('zone-02', 'ind-01', '2020-05', 'ytd', { value: 7 }),
          twice,
          makeObservation('zone-01', 'ind-09', '2021-12', 'month', { value: 8 }),
          { ...twice, value: 2 },
        ],
        remove: [stored[3]!, stored[40]!],
      },
      {
        remove: stored.filter((o: Observation) => o.zoneId === 'zone-02' && o.period.startsWith('2021')),
        upsert: [makeObservation('zone-03', 'ind-01', '2022-01', 'ytd', { value: 9 })],
      },
    ];
    const asColumns = start.apply(changes, { asColumns: true });
    const keyed = start.apply(changes);
    expect(shardsOf(asColumns.state)).toEqual(shardsOf(keyed.state));
    expect(asColumns.touched).toEqual(keyed.touched);
    expect(
      shardsOf(asColumns.state).find((shard) => shard.zoneId === 'zone-02' && shard.year === 2021),
    ).toBeUndefined();
    const zone1 = shardsOf(asColumns.state).find((shard) => shard.zoneId === 'zone-01' && shard.year === 2021)!;
    expect(
      zone1.observations.filter((o) => o.indicatorId === 'ind-02' && o.period === '2021-03' && o.basis === 'month'),
    ).toEqual([{ ...twice, value: 2 }]);
  });
});
