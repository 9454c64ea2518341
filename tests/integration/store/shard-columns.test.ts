import { describe, expect, it } from 'vitest';
import { Shard } from '../../../electron/store/shard';
import type { Basis, Observation } from '../../../shared/model';
import { makeObservation } from './fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Bytes compared as hex, so a difference shows where it is. */
const bytesOf = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

const revision = (value: number | null, note = ''): Observation['history'][number] => ({
  value,
  yoyPct: value === null ? 2.5 : null,
  source: 'flash',
  note,
  replacedAt: '2026-10-28T10:00:00.000Z',
});

/** Figures at the edges of what a column must give back exactly: nulls, zeros, extremes, fractions. */
function observations(): Observation[] {
  return [
    { ...makeObservation('zone-01', 'ind-01', '2021-01', 'month'), value: null, yoyPct: -0.1 },
    { ...makeObservation('zone-01', 'ind-01', '2021-01', 'ytd'), value: 0, yoyPct: null, history: [revision(1)] },
    {
      ...makeObservation('zone-01', 'ind-02', '2021-02', 'month'),
      value: 0.1 + 0.2,
      yoyPct: -1e15,
      note: 'line one\nline two\ttab',
      history: [revision(null, 'first'), revision(-7.25, 'second')],
    },
    { ...makeObservation('zone-01', 'ind-02', '2021-12', 'ytd'), value: Number.MAX_SAFE_INTEGER, source: '' },
  ];
}

describe('a shard held as columns', () => {
  it('gives back every observation exactly, in order, nulls and histories included', () => {
    const shard = Shard.of('zone-01', 2021, observations())!;
    expect(shard.observations()).toEqual(observations());
    expect(JSON.stringify(shard.observations())).toBe(JSON.stringify(observations()));
  });

  it('writes its JSON from the columns byte for byte as JSON.stringify writes its observations', () => {
    const odd = [
      ...observations(),
      {
        ...makeObservation('zone-01', 'ind-03', '2021-03', 'month'),
        value: -0,
        yoyPct: 1e21,
        source: 'quote " backslash \\ and \u0001 control, 中文, emoji 🚀, lone \ud800',
        note: '</script>',
      },
      { ...makeObservation('zone-01', 'ind-03', '2021-04', 'ytd'), value: 5e-7, yoyPct: 123456789.125 },
    ];
    const shard = Shard.of('zone-01', 2021, odd)!;
    expect(bytesOf(shard.storedJson().written())).toBe(bytesOf(utf8(JSON.stringify(odd))));
    expect(bytesOf(Shard.of('zone-01', 2021, [])!.storedJson().written())).toBe(bytesOf(utf8('[]')));
  });

  it('writes observations far longer than a shard expects byte for byte too (its buffer grows)', () => {
    const long = Array.from({ length: 60 }, (_, index) => ({
      ...makeObservation('zone-01', `ind-${index}`, '2021-05', 'month'),
      note: `长注释 ${index} `.repeat(150),
      history: Array.from({ length: 4 }, (__, step) => revision(step * index, `修订 ${step} `.repeat(100))),
    }));
    expect(bytesOf(Shard.of('zone-01', 2021, long)!.storedJson().written())).toBe(bytesOf(utf8(JSON.stringify(long))));
  });

  it('builds new observations on every read, so changing one changes nothing stored', () => {
    const shard = Shard.of('zone-01', 2021, observations())!;
    const [, second] = shard.observations();
    second!.value = 99;
    second!.history[0]!.note = 'changed';
    second!.history.push(revision(5));
    expect(shard.observations()).toEqual(observations());
  });

  it('does not keep the objects it was made from', () => {
    const source = observations();
    const shard = Shard.of('zone-01', 2021, source)!;
    source[0]!.value = 42;
    source[2]!.history[1]!.value = 42;
    expect(shard.observations()).toEqual(observations());
  });

  it('builds only the observations a filter wants', () => {
    const shard = Shard.of('zone-01', 2021, observations())!;
    const found: Observation[] = [];
    shard.collect({ indicators: new Set(['ind-02']), basis: undefined, from: undefined, to: '2021-06' }, found);
    shard.collect({ indicators: null, basis: 'ytd', from: '2021-02', to: undefined }, found);
    expect(found).toEqual([observations()[2], observations()[3]]);
    shard.collect({ indicators: null, basis: 'quarter' as Basis, from: undefined, to: undefined }, found);
    expect(found).toHaveLength(2);
  });

  it('refuses an observation of another zone', () => {
    const stray = [...observations(), makeObservation('zone-02', 'ind-01', '2021-03', 'month')];
    expect(Shard.of('zone-01', 2021, stray)).toBeNull();
  });

  it('keys its observations for a change', () => {
    const shard = Shard.of('zone-01', 2021, observations())!;
    expect([...shard.byKey().keys()]).toEqual([
      'zone-01|ind-01|2021-01|month',
      'zone-01|ind-01|2021-01|ytd',
      'zone-01|ind-02|2021-02|month',
      'zone-01|ind-02|2021-12|ytd',
    ]);
  });

  it('reads a shard a change made like a loaded one, and writes the objects it holds', () => {
    const keyed = Shard.of('zone-01', 2021, observations())!.byKey();
    const changed = Shard.ofKeyed('zone-01', 2021, new Map(keyed));
    expect(changed.stored()).toEqual([...keyed.values()]);
    const [first] = changed.observations();
    first!.value = 7;
    expect(changed.observations()).toEqual(observations());
    expect(changed.stored()).toEqual(observations());
  });
});
