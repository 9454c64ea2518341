import type { ObservationHistory } from '../../../../../shared/api';

/** One version of an observation as the history lists it, newest first. */
export interface HistoryEntry {
  kind: 'current' | 'replaced' | 'deleted';
  /** When this version stopped being current (or since when it is, for the current one). */
  at: string;
  value: number | null;
  yoyPct: number | null;
  source: string;
  note: string;
  /** Who saved this version, where a shared database recorded it. */
  by?: string;
}

/**
 * The current version, the versions it replaced, and versions that were deleted (a cleared cell,
 * an undone entry) with the versions those had replaced, newest first.
 */
export function historyEntries(history: ObservationHistory): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const { current } = history;
  if (current)
    entries.push({
      kind: 'current',
      at: current.updatedAt,
      value: current.value,
      yoyPct: current.yoyPct,
      source: current.source,
      note: current.note,
      ...(history.changedBy && { by: history.changedBy }),
    });
  for (const revision of history.revisions)
    entries.push({ kind: 'replaced', at: revision.replacedAt, ...figures(revision), ...by(revision.changedBy) });
  for (const { observation, deletedAt, changedBy } of history.deleted) {
    entries.push({ kind: 'deleted', at: deletedAt, ...figures(observation), ...by(changedBy) });
    for (const revision of observation.history)
      entries.push({ kind: 'replaced', at: revision.replacedAt, ...figures(revision) });
  }
  const [first, ...rest] = entries;
  if (first?.kind !== 'current') return entries.sort((a, b) => b.at.localeCompare(a.at));
  return [first, ...rest.sort((a, b) => b.at.localeCompare(a.at))];
}

function figures(version: { value: number | null; yoyPct: number | null; source: string; note: string }) {
  return { value: version.value, yoyPct: version.yoyPct, source: version.source, note: version.note };
}

function by(changedBy: string | undefined): { by?: string } {
  return changedBy === undefined ? {} : { by: changedBy };
}
