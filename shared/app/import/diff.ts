import type { ImportDiffCounts, ImportItem, ImportItemKind } from '../../api/import';
import { sameFigures, type Observation } from '../../model';
import { figuresOf, withBlanksFrom, type ObservationDraft, type PlannedObservation } from './drafts';

/** A planned observation next to what the store has for its key. */
export interface DiffEntry {
  kind: ImportItemKind;
  planned: PlannedObservation;
  existing: Observation | null;
  /** What the store would hold after taking the file's figures; may be the planned draft itself, so never edited. */
  readonly merged: Readonly<ObservationDraft>;
}

function replaces(before: number | null, after: number | null): boolean {
  return before !== null && after !== null && before !== after;
}

/** `fileSource`: the file (and sheet) as the 来源 of figures that have none, never over a source given or stored. */
export function diffAgainst(
  planned: readonly PlannedObservation[],
  existing: ReadonlyMap<string, Observation>,
  fileSource = '',
): DiffEntry[] {
  return planned.map((item) => entryOf(item, existing, fileSource));
}

/** The counts of a comparison and its first `shown` conflicts, without holding an entry for every row. */
export function summarizeDiff(
  planned: readonly PlannedObservation[],
  existing: ReadonlyMap<string, Observation>,
  fileSource: string,
  shown: number,
): { counts: ImportDiffCounts; conflicts: DiffEntry[] } {
  const counts: ImportDiffCounts = { added: 0, changed: 0, unchanged: 0, conflicts: 0 };
  const conflicts: DiffEntry[] = [];
  for (let index = 0; index < planned.length; index++) {
    const entry = entryOf(planned[index]!, existing, fileSource);
    if (entry.kind !== 'conflict') counts[entry.kind]++;
    else if (counts.conflicts++ < shown) conflicts.push(entry);
  }
  return { counts, conflicts };
}

/** One planned row next to what the store has for its key. */
export function entryOf(
  item: PlannedObservation,
  existing: ReadonlyMap<string, Observation>,
  fileSource: string,
): DiffEntry {
  // Into an empty store, no row's key need be made.
  const stored = existing.size === 0 ? undefined : existing.get(item.key);
  if (!stored) {
    // The draft itself when the file's source changes nothing: no copy kept for each added row (nothing edits `merged`).
    const source = item.draft.source || fileSource;
    const merged = source === item.draft.source ? item.draft : { ...item.draft, source };
    return { kind: 'added', planned: item, existing: null, merged };
  }
  // The file's figures laid over the store's: what the file leaves blank (not published) keeps the
  // stored figure. Identical → unchanged; a figure replaced by a different one → conflict; else changed.
  const merged = withBlanksFrom(item.draft, stored);
  if (sameFigures(stored, merged)) return { kind: 'unchanged', planned: item, existing: stored, merged };
  // Only figures that change take the file as their source: the same figures again are not a change.
  merged.source ||= fileSource;
  const conflict = replaces(stored.value, item.draft.value) || replaces(stored.yoyPct, item.draft.yoyPct);
  return { kind: conflict ? 'conflict' : 'changed', planned: item, existing: stored, merged };
}

export function countDiff(entries: readonly DiffEntry[]): ImportDiffCounts {
  const counts: ImportDiffCounts = { added: 0, changed: 0, unchanged: 0, conflicts: 0 };
  for (const entry of entries) {
    if (entry.kind === 'conflict') counts.conflicts++;
    else counts[entry.kind]++;
  }
  return counts;
}

export function itemOf(entry: DiffEntry): ImportItem {
  const { zoneId, indicatorId, period, basis } = entry.planned.draft;
  return {
    key: { zoneId, indicatorId, period, basis },
    place: entry.planned.place,
    incoming: figuresOf(entry.planned.draft),
    existing: entry.existing ? figuresOf(entry.existing) : null,
  };
}
