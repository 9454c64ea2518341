import { describe, expect, it } from 'vitest';
import { transactionSubject } from '../../../../renderer/features/entry/model/session/describe-transaction';

const key = { zoneId: 'baotou-hitech', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };
const figures = (value: number | null, yoyPct: number | null, note = '') => ({ value, yoyPct, source: '', note });

describe('what an undo would undo', () => {
  it('names the one figure an edit changed and which of its fields', () => {
    expect(
      transactionSubject({ kind: 'edit', changes: [{ key, before: figures(100, 14.8), after: figures(114.8, 14.8) }] }),
    ).toEqual({ kind: 'one', key, fields: ['value'] });
    expect(
      transactionSubject({ kind: 'paste', changes: [{ key, before: null, after: figures(15300, 23.8) }] }),
    ).toEqual({ kind: 'one', key, fields: ['value', 'yoyPct'] });
    expect(
      transactionSubject({
        kind: 'edit',
        changes: [{ key, before: figures(1, null), after: figures(1, null, 'bureau revised') }],
      }),
    ).toEqual({ kind: 'one', key, fields: ['note'] });
  });

  it('counts the figures of a larger action', () => {
    const other = { ...key, period: '2025-04' };
    expect(
      transactionSubject({
        kind: 'paste',
        changes: [
          { key, before: null, after: figures(1, null) },
          { key: other, before: null, after: figures(2, null) },
        ],
      }),
    ).toEqual({ kind: 'many', count: 2 });
  });
});
