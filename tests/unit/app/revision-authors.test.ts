import { describe, expect, it } from 'vitest';
import type { StoredRevision } from '../../../shared/app/ports';
import { revisionAuthors } from '../../../shared/app/revision-authors';

const figures = (value: number) => ({ value, yoyPct: null, source: '', note: '' });
const recorded = (value: number, changedBy: string, deleted = false): StoredRevision => ({
  ...figures(value),
  changedBy,
  changedAt: '2026-11-30T00:00:00.000Z',
  replacedBy: 'someone',
  replacedAt: '2026-11-30T00:00:00.000Z',
  deleted,
});

describe('revisionAuthors', () => {
  it('names each earlier version by the recorded version with its figures, newest first', () => {
    expect(
      revisionAuthors(
        [figures(1), figures(2), figures(1)],
        [recorded(1, 'ada'), recorded(2, 'bob'), recorded(1, 'cleo')],
      ),
    ).toEqual(['ada', 'bob', 'cleo']);
  });

  it('leaves unnamed what the store never replaced itself (history brought in by a copy)', () => {
    expect(revisionAuthors([figures(7), figures(8), figures(9)], [recorded(9, 'bob')])).toEqual([
      undefined,
      undefined,
      'bob',
    ]);
    expect(revisionAuthors([figures(1)], [])).toEqual([undefined]);
  });

  it('uses each recorded version once, and never one older than a version already matched', () => {
    expect(revisionAuthors([figures(5), figures(6)], [recorded(6, 'ada'), recorded(5, 'bob')])).toEqual([
      undefined,
      'ada',
    ]);
  });
});
