/** Runs a task once things have been quiet for `delayMs`; each poke starts the wait again. */
export class IdleTimer {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly task: () => void,
  ) {}

  poke(): void {
    this.cancel();
    // Unref'd: a pending compaction must not keep a command-line process alive; the log holds the commits.
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.task();
    }, this.delayMs).unref();
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
