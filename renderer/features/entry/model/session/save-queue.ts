/** Saving… while any write is in flight, Saved when all landed, Failed when the last one did not. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; pending: number }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string };

/**
 * Writes run one after another in the order they were committed, so a later edit of a cell can
 * never land before an earlier one.
 */
export class SaveQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private state: SaveState = { kind: 'idle' };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Queues a write; resolves with its outcome (a write that throws counts as failed). */
  enqueue(
    write: () => Promise<{ ok: true } | { ok: false; message: string }>,
  ): Promise<{ ok: true } | { ok: false; message: string }> {
    this.pending++;
    this.setState({ kind: 'saving', pending: this.pending });
    const run = this.tail.then(async () => {
      try {
        return await write();
      } catch (cause) {
        return { ok: false as const, message: cause instanceof Error ? cause.message : String(cause) };
      }
    });
    this.tail = run.then(
      (outcome) => this.settle(outcome),
      () => this.settle({ ok: false, message: 'unexpected failure' }),
    );
    return run;
  }

  private settle(outcome: { ok: true } | { ok: false; message: string }): void {
    this.pending--;
    if (!outcome.ok) this.setState({ kind: 'failed', message: outcome.message });
    else if (this.pending > 0) this.setState({ kind: 'saving', pending: this.pending });
    else this.setState({ kind: 'saved', at: this.now() });
  }

  /** Resolves once every queued write has landed or failed. */
  idle(): Promise<void> {
    return this.tail;
  }

  get busy(): boolean {
    return this.pending > 0;
  }

  getState(): SaveState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
