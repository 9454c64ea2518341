import { fail, type AppError } from '../api';
import { observationKey, type ObservationInput } from '../model';
import type { StoreConflictError } from './store-conflict';

/** A figure as the refusal shows it: its value, else its published YoY %, else "removed". */
function figureText(figures: Pick<ObservationInput, 'value' | 'yoyPct'> | null | undefined): string {
  if (!figures) return 'removed';
  if (figures.value !== null && figures.value !== undefined) return String(figures.value);
  return figures.yoyPct !== null && figures.yoyPct !== undefined ? `${figures.yoyPct}%` : 'removed';
}

/**
 * A save based on versions another user has since replaced: refused whole, each figure a problem
 * with both figures and who made the other one. `details` carries the first for the entry screen.
 */
export function versionConflictRefusal(
  error: StoreConflictError,
  mine: readonly ObservationInput[],
): { ok: false; error: AppError } {
  const saved = new Map(mine.map((input) => [observationKey(input), input]));
  const problems = error.conflicts.map((conflict) => ({
    place: conflict.key,
    found: figureText(conflict.current),
    expected: figureText(saved.get(conflict.key)),
    message: conflict.changedBy
      ? `changed by ${conflict.changedBy} at ${conflict.changedAt} since you read it`
      : 'removed by another user since you read it',
  }));
  const [first] = error.conflicts;
  return fail(
    'conflict',
    `${problems.length} figure(s) were changed by another user since you read them; nothing was saved`,
    {
      problems,
      details: {
        conflicts: problems.length,
        key: first?.key ?? '',
        theirs: problems[0]?.found ?? '',
        mine: problems[0]?.expected ?? '',
        changedBy: first?.changedBy ?? '',
        changedAt: first?.changedAt ?? '',
      },
    },
  );
}
