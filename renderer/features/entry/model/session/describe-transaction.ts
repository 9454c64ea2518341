import type { ObservationKey } from '../../../../../shared/model';
import { EMPTY_FIGURES, type EntryField, type Figures } from './figures';
import type { Transaction } from './transaction';

const FIELDS: readonly EntryField[] = ['value', 'yoyPct', 'source', 'note'];

/** What an undo or redo would touch: one figure named in full, or how many figures an action changed. */
export type TransactionSubject =
  { kind: 'one'; key: ObservationKey; fields: EntryField[] } | { kind: 'many'; count: number };

function changedFields(before: Figures | null, after: Figures | null): EntryField[] {
  // No observation reads as empty figures: a new one changed only what it fills in.
  return FIELDS.filter((field) => (before ?? EMPTY_FIGURES)[field] !== (after ?? EMPTY_FIGURES)[field]);
}

export function transactionSubject(transaction: Transaction): TransactionSubject {
  const [only] = transaction.changes;
  if (transaction.changes.length === 1 && only)
    return { kind: 'one', key: only.key, fields: changedFields(only.before, only.after) };
  return { kind: 'many', count: transaction.changes.length };
}
