import { describe, expect, it } from 'vitest';
import { copySources, editField } from '../../../../renderer/features/entry/model/form/form-changes';
import type { Figures } from '../../../../renderer/features/entry/model/session/figures';

const key = { zoneId: 'z1', indicatorId: 'iav', period: '2025-05', basis: 'ytd' as const };
const figures = (over: Partial<Figures> = {}): Figures => ({ value: 1, yoyPct: null, source: '', note: '', ...over });

describe('editing a form row', () => {
  it('keeps a source typed before any figure pending, and saves it with the first figure', () => {
    const typed = editField(key, null, undefined, 'source', 'bureau');
    expect(typed).toEqual({ change: null, pending: { source: 'bureau' } });
    const figure = editField(key, null, typed.pending, 'value', 1148000);
    expect(figure).toEqual({
      change: { key, before: null, after: figures({ value: 1148000, source: 'bureau' }) },
      pending: undefined,
    });
  });

  it('removes the observation when its last figure is cleared, and changes text on one that exists', () => {
    expect(editField(key, figures({ source: 's' }), undefined, 'value', null).change).toEqual({
      key,
      before: figures({ source: 's' }),
      after: null,
    });
    expect(editField(key, figures(), undefined, 'note', 'revised').change?.after).toEqual(figures({ note: 'revised' }));
    expect(editField(key, null, undefined, 'yoyPct', null)).toEqual({ change: null, pending: undefined });
  });
});

describe('copying last month’s sources', () => {
  it('fills empty sources only, pending on rows without a figure, and counts them', () => {
    const rows = ['iav', 'rare', 'energy', 'magnet'].map((indicatorId) => ({
      indicatorId,
      key: { ...key, indicatorId },
    }));
    const current: Record<string, Figures | null> = {
      iav: figures(),
      rare: figures({ source: 'typed' }),
      energy: null,
      magnet: null,
    };
    const earlier: Record<string, string | null> = { iav: 'NBS', rare: 'NBS', energy: 'bureau', magnet: null };
    const copy = copySources(
      rows,
      (k) => current[k.indicatorId] ?? null,
      (id) => earlier[id] ?? null,
      {},
    );
    expect(copy.count).toBe(2);
    expect(copy.changes).toEqual([{ key, before: figures(), after: figures({ source: 'NBS' }) }]);
    expect(copy.pending).toEqual({ energy: { source: 'bureau' } });
  });
});
