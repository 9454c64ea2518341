import type { ObservationKey } from '../../../../../shared/model';
import { EMPTY_FIGURES, withField, type EntryField, type Figures } from '../session/figures';
import type { ObservationChange } from '../session/transaction';

/** A source or note typed on a row that has no figure yet: kept on screen until a figure arrives. */
export interface PendingTexts {
  source?: string;
  note?: string;
}

export interface FieldEdit {
  change: ObservationChange | null;
  /** What stays pending for the row afterwards. */
  pending: PendingTexts | undefined;
}

/**
 * One field of a form row edited. An observation needs a figure, so a source or a note on a row
 * without one waits as pending text and goes in with the first figure.
 */
export function editField(
  key: ObservationKey,
  before: Figures | null,
  pending: PendingTexts | undefined,
  field: EntryField,
  next: number | string | null,
): FieldEdit {
  if (field === 'source' || field === 'note') {
    if (before === null) return { change: null, pending: { ...pending, [field]: next as string } };
    return { change: { key, before, after: { ...before, [field]: next as string } }, pending };
  }
  const base: Figures = before ?? { ...EMPTY_FIGURES, ...pending };
  const after = withField(base, field, next);
  if (before === null && after === null) return { change: null, pending };
  return { change: { key, before, after }, pending: after === null ? pending : undefined };
}

export interface SourceCopy {
  changes: ObservationChange[];
  pending: Record<string, PendingTexts>;
  count: number;
}

/**
 * "Copy last month's sources": every row whose source is empty takes the source it had in the
 * latest earlier month that had one. Rows without a figure yet keep it pending. Sources already
 * typed are never overwritten.
 */
export function copySources(
  rows: readonly { indicatorId: string; key: ObservationKey }[],
  current: (key: ObservationKey) => Figures | null,
  earlierSource: (indicatorId: string) => string | null,
  pending: Readonly<Record<string, PendingTexts>>,
): SourceCopy {
  const changes: ObservationChange[] = [];
  const nextPending: Record<string, PendingTexts> = { ...pending };
  let count = 0;
  for (const { indicatorId, key } of rows) {
    const source = earlierSource(indicatorId);
    if (!source) continue;
    const before = current(key);
    if (before !== null) {
      if (before.source !== '') continue;
      changes.push({ key, before, after: { ...before, source } });
    } else {
      if (pending[indicatorId]?.source) continue;
      nextPending[indicatorId] = { ...pending[indicatorId], source };
    }
    count++;
  }
  return { changes, pending: nextPending, count };
}
