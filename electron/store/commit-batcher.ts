/** Runs tasks one at a time, in order; a failed task does not stop the next. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

interface Pending<C> {
  change: C;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Coalesces commits: every commit made in the same tick, or while an earlier write is still
 * running, goes to disk in one batch (one write per file). Each commit's promise settles with its
 * batch, once the batch is durable or has failed as a whole.
 */
export class CommitBatcher<C> {
  private pending: Pending<C>[] = [];
  private scheduled = false;

  constructor(
    private readonly queue: SerialQueue,
    /** Runs as a task of the queue: commits made while it runs wait for the next batch. It owns `changes`. */
    private readonly writeBatch: (changes: C[]) => void | Promise<void>,
  ) {}

  submit(change: C): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ change, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => void this.queue.run(() => this.drain()));
    });
  }

  /**
   * Writes what is pending now. Call it only from a task of the queue. The writer is handed the
   * changes themselves, and nothing here keeps them: it may let go of them as soon as they are applied.
   */
  async drain(): Promise<void> {
    this.scheduled = false;
    const { changes, settlers } = this.takePending();
    if (settlers.length === 0) return;
    try {
      await this.writeBatch(changes);
    } catch (error) {
      for (const settler of settlers) settler.reject(error);
      return;
    }
    for (const settler of settlers) settler.resolve();
  }

  private takePending(): { changes: C[]; settlers: Omit<Pending<C>, 'change'>[] } {
    const pending = this.pending;
    this.pending = [];
    return {
      changes: pending.map((item) => item.change),
      settlers: pending.map(({ resolve, reject }) => ({ resolve, reject })),
    };
  }
}
