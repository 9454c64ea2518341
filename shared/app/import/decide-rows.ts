import type { ImportProblem } from '../../api/import';
import { NO_REVISIONS, observationKey, revisedObservation, type Observation, type ObservationKey } from '../../model';
import type { CommitChoices } from './commit';
import { entryOf, type DiffEntry } from './diff';
import type { ImportPlan } from './plan';

export interface DecidedRows {
  /** Conflicts without a decision, and catalog entries the file describes differently: the commit is refused. */
  conflicts: ImportProblem[];
  upsert: Observation[];
  replaced: Observation[];
  added: ObservationKey[];
  counts: { changed: number; unchanged: number; conflicts: number; overwritten: number; kept: number };
}

/**
 * Compares the plan with the store and decides each row: what to write and what it replaces, or
 * the conflicts without a decision that refuse the commit. One row at a time, no comparison of
 * every row held; synchronous, so nothing of it is kept by the awaiting commit.
 */
export function decideRows(
  plan: ImportPlan,
  stored: ReadonlyMap<string, Observation>,
  decisions: CommitChoices,
  /** When the rows are written: their `updatedAt`, and when the figures they replace were replaced. */
  at: string,
): DecidedRows {
  const decided: DecidedRows = {
    conflicts: [],
    upsert: [],
    replaced: [],
    added: [],
    counts: { changed: 0, unchanged: 0, conflicts: 0, overwritten: 0, kept: 0 },
  };
  const byKey = new Map(decisions.choices.map(({ key, choice }) => [observationKey(key), choice]));
  const choiceFor = (entry: DiffEntry) => byKey.get(entry.planned.key) ?? decisions.onConflict;
  const undecided: DiffEntry[] = [];
  let conflicts = 0;
  for (let index = 0; index < plan.planned.length; index++) {
    const entry = entryOf(plan.planned[index]!, stored, plan.fileSource);
    if (entry.kind === 'unchanged') {
      decided.counts.unchanged++;
      continue;
    }
    if (entry.kind === 'added') {
      decided.upsert.push({ ...entry.merged, updatedAt: at, history: NO_REVISIONS });
      decided.added.push(entry.planned.draft);
      continue;
    }
    if (entry.kind === 'conflict') {
      conflicts++;
      const choice = choiceFor(entry);
      if (choice === 'stop') undecided.push(entry);
      if (choice !== 'overwrite') continue;
      decided.counts.overwritten++;
    } else decided.counts.changed++;
    const before = entry.existing!;
    decided.upsert.push(revisedObservation(before, entry.merged, at));
    decided.replaced.push(before);
  }
  decided.counts.conflicts = conflicts;
  decided.counts.kept = conflicts - decided.counts.overwritten - undecided.length;
  const catalogStops = decisions.onConflict === 'stop' ? plan.catalogConflicts : [];
  if (undecided.length > 0 || catalogStops.length > 0) {
    decided.conflicts = [
      ...undecided.map(conflictProblem),
      ...catalogStops.map((update): ImportProblem => ({
        severity: 'error',
        code: 'catalog-conflict',
        params: { kind: update.kind, id: update.id },
        place: update.place,
        found: update.id,
        message: `the file describes ${update.kind} "${update.id}" differently from the store`,
        expected: "--on-conflict overwrite to take the file's, keep to leave the store's",
      })),
    ];
    // Refused: nothing is written, so nothing of what was decided is handed on.
    decided.upsert = [];
    decided.replaced = [];
    decided.added = [];
  }
  return decided;
}

function conflictProblem(entry: DiffEntry): ImportProblem {
  const show = (figures: { value: number | null; yoyPct: number | null }) =>
    `value ${figures.value ?? '—'}, YoY ${figures.yoyPct ?? '—'}`;
  return {
    severity: 'error',
    code: 'conflict-with-store',
    params: { key: entry.planned.key },
    place: entry.planned.place,
    found: show(entry.planned.draft),
    expected: `the store's ${show(entry.existing!)}, or --on-conflict overwrite / keep`,
    message: `would overwrite different figures for ${entry.planned.key}`,
  };
}
