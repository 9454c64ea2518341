import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseChange } from '../../../electron/store/parse-change';
import { ObservationSchema, type Observation } from '../../../shared/model';

function observation(): Observation {
  return {
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
  };
}

const byZod = (upsert: unknown[]) => z.array(ObservationSchema).parse(upsert);

describe('a commit checks its observations by hand where that is what zod gives back (issue 11)', () => {
  it('gives plain observations as zod does: equal, in the same field order, copies not the caller’s objects', () => {
    const upsert = [observation(), { ...observation(), period: '2021-06', history: [] }];
    const parsed = parseChange({ upsert, meta: { 'import-log': { entries: [] } } });
    expect(parsed.upsert).toEqual(byZod(upsert));
    expect(parsed.upsert!.map((o) => Object.keys(o))).toEqual(byZod(upsert).map((o) => Object.keys(o)));
    expect(parsed.upsert![0]).not.toBe(upsert[0]);
    expect(parsed.upsert![0]!.history[0]).not.toBe(upsert[0]!.history[0]);
    expect(parsed.meta).toEqual({ 'import-log': { entries: [] } });
  });

  it.each<[string, (o: Record<string, unknown>) => void]>([
    ['a field zod drops', (o) => (o.extra = 1)],
    ['a note zod cleans', (o) => (o.note = 'a\u001bb')],
    ['a missing note zod fills in', (o) => delete o.note],
  ])('leaves to zod %s, which makes it what it stores', (_, change) => {
    const odd = observation() as unknown as Record<string, unknown>;
    change(odd);
    const upsert = [observation(), odd];
    expect(parseChange({ upsert } as never).upsert).toEqual(byZod(upsert));
  });

  it('keeps the observations of a large change handed over as they are, once checked, and copies a small one', () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ ...observation(), indicatorId: `ind-${index}` }));
    const large = many(2_001);
    const kept = parseChange({ upsert: large, handedOver: true }).upsert!;
    expect(kept).toEqual(byZod(large));
    expect(kept.every((o, index) => o === large[index])).toBe(true);

    const small = many(2_000);
    const copied = parseChange({ upsert: small, handedOver: true }).upsert!;
    expect(copied).toEqual(byZod(small));
    expect(copied.some((o, index) => o === small[index])).toBe(false);
  });

  it('leaves to zod a large change handed over with one observation zod would clean, and refuses what zod refuses', () => {
    const large = Array.from({ length: 2_001 }, (_, index) => ({ ...observation(), indicatorId: `ind-${index}` }));
    const odd = [...large.slice(0, -1), { ...large.at(-1)!, note: 'a\u001bb' }];
    expect(parseChange({ upsert: odd, handedOver: true }).upsert).toEqual(byZod(odd));
    const invalid = [...large.slice(0, -1), { ...large.at(-1)!, value: 1e16 }];
    expect(() => parseChange({ upsert: invalid, handedOver: true })).toThrow(/refused an invalid change/);
  });

  it('still refuses what zod refuses', () => {
    expect(() => parseChange({ upsert: [{ ...observation(), value: 1e16 }] })).toThrow(/refused an invalid change/);
    expect(() => parseChange({ upsert: [observation()], meta: { '../x': 1 } } as never)).toThrow(/refused/);
  });
});
