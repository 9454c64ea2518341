import type { FigureSet } from '../../api/import';
import type { Observation } from '../../model';

/** An observation as the file gives it, before it meets the store. */
export type ObservationDraft = Omit<Observation, 'updatedAt' | 'history'>;

/** A draft and the row it came from. */
export interface PlannedObservation {
  draft: ObservationDraft;
  key: string;
  /** The row (`Observations!A17:H17`) for messages and the diff. */
  place: string;
}

export function figuresOf(o: Pick<Observation, 'value' | 'yoyPct' | 'source' | 'note'>): FigureSet {
  return { value: o.value, yoyPct: o.yoyPct, source: o.source, note: o.note };
}

/** The draft with each blank figure, source and note taken from `other`: a blank is "not given", never "none". */
export function withBlanksFrom(
  draft: ObservationDraft,
  other: Pick<Observation, 'value' | 'yoyPct' | 'source' | 'note'>,
): ObservationDraft {
  return {
    ...draft,
    value: draft.value ?? other.value,
    yoyPct: draft.yoyPct ?? other.yoyPct,
    source: draft.source || other.source,
    note: draft.note || other.note,
  };
}
