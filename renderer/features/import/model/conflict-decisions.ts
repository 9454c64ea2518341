import type { ConflictPolicy, ImportItem, ImportPreview } from '../../../../shared/api';
import { keyText } from './names';

export type RowChoice = 'overwrite' | 'keep';

export interface Decisions {
  policy: ConflictPolicy;
  /** Per-row choices by key text; they override the policy. */
  rows: Record<string, RowChoice>;
  validOnly: boolean;
  /** Returns verified months the import changes to draft (asked only after the store refused them). */
  reopenVerified: boolean;
}

export const INITIAL_DECISIONS: Decisions = { policy: 'stop', rows: {}, validOnly: false, reopenVerified: false };

/** The choices commitImport takes: only rows the user decided, for the conflicts this preview has. */
export function choicesFor(
  conflicts: readonly ImportItem[],
  decisions: Decisions,
): { key: ImportItem['key']; choice: RowChoice }[] {
  return conflicts.flatMap((item) => {
    const choice = decisions.rows[keyText(item.key)];
    return choice ? [{ key: item.key, choice }] : [];
  });
}

/** Conflicts that would stop the commit: under `stop`, those without a choice of their own. */
export function undecidedConflicts(preview: ImportPreview, decisions: Decisions): number {
  if (decisions.policy !== 'stop') return 0;
  const decided = choicesFor(preview.conflicts, decisions).length;
  return preview.diff.conflicts - decided;
}

/** Commit waits until errors are fixed or left out, and every conflict has an answer. */
export function canCommit(preview: ImportPreview, decisions: Decisions): boolean {
  if (preview.errors > 0 && !decisions.validOnly) return false;
  if (preview.valid === 0 && preview.zonesToCreate.length === 0 && preview.indicatorsToCreate.length === 0)
    return false;
  return undecidedConflicts(preview, decisions) === 0;
}
