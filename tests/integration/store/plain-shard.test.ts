import { describe, expect, it } from 'vitest';
import { ShardFileSchema } from '../../../electron/store/file-schemas';
import { plainShard } from '../../../electron/store/plain-shard';

/** A shard as the store writes it: one observation with one earlier version. */
function shard(): Record<string, unknown> & { observations: Record<string, unknown>[] } {
  return {
    schemaVersion: 1,
    zoneId: 'zone-01',
    year: 2021,
    observations: [
      {
        zoneId: 'zone-01',
        indicatorId: 'ind-01',
        period: '2021-05',
        basis: 'ytd',
        value: 15300,
        yoyPct: 14.8,
        source: 'bureau',
        note: 'line one\nline two\ttab',
        updatedAt: '2026-11-28T10:00:00.000Z',
        history: [{ value: 15000, yoyPct: null, source: 'flash', note: '', replacedAt: '2026-10-28T10:00:00.000Z' }],
      },
      {
        zoneId: 'zone-01',
        indicatorId: 'ind-02',
        period: '2021-12',
        basis: 'month',
        value: null,
        yoyPct: -3.5,
        source: '',
        note: '',
        updatedAt: '2026-11-28T10:00:00.000Z',
        history: [],
      },
    ],
  };
}

type Change = (file: ReturnType<typeof shard>) => void;
const first = (file: ReturnType<typeof shard>) => file.observations[0]!;
const revision = (file: ReturnType<typeof shard>) => (first(file).history as Record<string, unknown>[])[0]!;

describe('the cheap check of a stored shard vouches only for what zod gives back unchanged (issue 11 §3)', () => {
  it("takes the store's own shard as it is, the same as zod makes it", () => {
    const file = shard();
    expect(plainShard(file)).toBe(file);
    expect(ShardFileSchema.parse(shard())).toEqual(file);
  });

  // Each: a change, and whether zod still accepts the file (then only to clean or fill something in).
  it.each<[string, Change, 'zod accepts' | 'zod refuses']>([
    ['a field zod does not know (zod drops it)', (file) => (first(file).extra = 1), 'zod accepts'],
    ['a note with ESC (zod removes it)', (file) => (first(file).note = 'a\u001bb'), 'zod accepts'],
    ['a missing note (zod fills in "")', (file) => delete first(file).note, 'zod accepts'],
    ['a missing history (zod fills in [])', (file) => delete first(file).history, 'zod accepts'],
    ['a field on the shard zod does not know', (file) => (file.checksum = 'x'), 'zod accepts'],
    ['a value of 1e16', (file) => (first(file).value = 1e16), 'zod refuses'],
    ['a value as text', (file) => (first(file).value = '15300'), 'zod refuses'],
    ['neither figure', (file) => Object.assign(first(file), { value: null, yoyPct: null }), 'zod refuses'],
    ['month 13', (file) => (first(file).period = '2021-13'), 'zod refuses'],
    ['an observation of another year', (file) => (first(file).period = '2020-05'), 'zod refuses'],
    ['an observation of another zone', (file) => (first(file).zoneId = 'zone-02'), 'zod refuses'],
    ['the same observation twice', (file) => file.observations.push({ ...first(file) }), 'zod refuses'],
    ['an id that is not one', (file) => (first(file).indicatorId = '__proto__'), 'zod refuses'],
    ['an unknown basis', (file) => (first(file).basis = 'week'), 'zod refuses'],
    ['a note of 2,001 characters', (file) => (first(file).note = 'x'.repeat(2001)), 'zod refuses'],
    ['a revision without its time', (file) => delete revision(file).replacedAt, 'zod refuses'],
    ['a revision with a figure as text', (file) => (revision(file).yoyPct = '1'), 'zod refuses'],
    ['another schema version', (file) => (file.schemaVersion = 2), 'zod refuses'],
    ['a year of 2021.5', (file) => (file.year = 2021.5), 'zod refuses'],
    ['observations not a list', (file) => (file.observations = {} as never), 'zod refuses'],
  ])('%s: left to zod', (_, change, zod) => {
    const file = shard();
    change(file);
    expect(plainShard(file)).toBeNull();
    expect(ShardFileSchema.safeParse(file).success).toBe(zod === 'zod accepts');
  });
});
