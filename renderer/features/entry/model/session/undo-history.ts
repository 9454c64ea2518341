import type { Transaction } from './transaction';

/** Undo and redo stacks of whole user actions; a new action clears what could be redone. */
export class UndoHistory {
  private done: Transaction[] = [];
  private undone: Transaction[] = [];

  constructor(private readonly limit = 500) {}

  record(transaction: Transaction): void {
    this.done.push(transaction);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The action to undo, moved onto the redo stack. */
  takeUndo(): Transaction | undefined {
    const transaction = this.done.pop();
    if (transaction) this.undone.push(transaction);
    return transaction;
  }

  /** The action to redo, moved back onto the undo stack. */
  takeRedo(): Transaction | undefined {
    const transaction = this.undone.pop();
    if (transaction) this.done.push(transaction);
    return transaction;
  }

  /** An action whose save failed never happened: it leaves the stacks. */
  forget(transaction: Transaction): void {
    this.done = this.done.filter((t) => t !== transaction);
    this.undone = this.undone.filter((t) => t !== transaction);
  }

  /** What was done no longer matches the store (a restored backup, a change from outside): nothing to undo. */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  /** What Undo would undo next, left in place. */
  get nextUndo(): Transaction | undefined {
    return this.done.at(-1);
  }

  /** What Redo would redo next, left in place. */
  get nextRedo(): Transaction | undefined {
    return this.undone.at(-1);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
