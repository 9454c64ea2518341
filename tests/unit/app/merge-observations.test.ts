import { describe, expect, it } from 'vitest';
import { mergeObservations } from '../../../shared/app';
import type { Observation } from '../../../shared/model';

const key = { zoneId: 'z1', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };
const stored: Observation = {
  ...key,
  value: 100,
  yoyPct: 14.8,
  source: 'bureau',
  note: '',
  updatedAt: '2025-06-01T00:00:00.000Z',
  history: [],
};
const now = new Date('2025-06-25T08:00:00.000Z');

describe('mergeObservations', () => {
  it('counts added, changed and unchanged, writing only what differs', () => {
    const { outcome, upsert } = mergeObservations(
      [stored],
      [
        { ...key, value: 100, yoyPct: 14.8, source: 'bureau', note: '' },
        { ...key, period: '2025-04', value: 90, yoyPct: null },
      ],
      now,
    );
    expect(outcome).toEqual({ added: 1, changed: 0, unchanged: 1 });
    expect(upsert.map((o) => o.period)).toEqual(['2025-04']);
  });

  it('keeps the replaced figures in the history with when they were replaced', () => {
    const { outcome, upsert } = mergeObservations(
      [stored],
      [{ ...key, value: 101, yoyPct: 14.9, source: 'revised release' }],
      now,
    );
    expect(outcome.changed).toBe(1);
    expect(upsert[0]).toMatchObject({
      value: 101,
      yoyPct: 14.9,
      source: 'revised release',
      updatedAt: now.toISOString(),
    });
    expect(upsert[0]!.history).toEqual([
      { value: 100, yoyPct: 14.8, source: 'bureau', note: '', replacedAt: now.toISOString() },
    ]);
  });

  it('lets a later input in one batch revise an earlier one', () => {
    const { outcome, upsert } = mergeObservations(
      [],
      [
        { ...key, value: 1, yoyPct: null },
        { ...key, value: 2, yoyPct: null },
      ],
      now,
    );
    expect(outcome).toEqual({ added: 1, changed: 1, unchanged: 0 });
    expect(upsert).toHaveLength(1);
    expect(upsert[0]).toMatchObject({ value: 2 });
    expect(upsert[0]!.history.map((r) => r.value)).toEqual([1]);
  });
});
