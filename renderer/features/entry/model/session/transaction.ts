import { observationKey, type ObservationInput, type ObservationKey } from '../../../../../shared/model';
import { inputOf, sameFigures, type Figures } from './figures';

/** One observation before and after an edit; `null` means it does not exist. */
export interface ObservationChange {
  key: ObservationKey;
  before: Figures | null;
  after: Figures | null;
}

/** What one user action changed (a cell, a paste, a fill): undone and redone as one. */
export interface Transaction {
  kind: TransactionKind;
  changes: ObservationChange[];
}

export type TransactionKind = 'edit' | 'paste' | 'fill' | 'clear' | 'sources' | 'undo' | 'redo';

/** The same action backwards: every observation goes back to what it was. */
export function invert(transaction: Transaction, kind: TransactionKind): Transaction {
  return {
    kind,
    changes: transaction.changes.map(({ key, before, after }) => ({ key, before: after, after: before })),
  };
}

/** Drops changes that change nothing and keeps the last change per observation. */
export function normalize(changes: readonly ObservationChange[]): ObservationChange[] {
  const byKey = new Map<string, ObservationChange>();
  for (const change of changes) {
    const id = observationKey(change.key);
    const earlier = byKey.get(id);
    byKey.set(id, earlier ? { key: change.key, before: earlier.before, after: change.after } : change);
  }
  return [...byKey.values()].filter((change) => !sameFigures(change.before, change.after));
}

/** What the store must do: observations to save and keys to delete. */
export interface Writes {
  save: ObservationInput[];
  remove: ObservationKey[];
}

export function writesOf(changes: readonly ObservationChange[]): Writes {
  const save: ObservationInput[] = [];
  const remove: ObservationKey[] = [];
  for (const { key, before, after } of changes) {
    if (after !== null) save.push(inputOf(key, after));
    else if (before !== null) remove.push(key);
  }
  return { save, remove };
}
