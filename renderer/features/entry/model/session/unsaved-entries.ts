/**
 * Fields holding text that could not be saved (a typo such as `1O5`): while any is held, the screen
 * keeps its zone, period and view, so the entry is never dropped unseen.
 */
export class UnsavedEntries {
  private readonly held = new Set<string>();

  constructor(private readonly onChange: () => void) {}

  hold(id: string): void {
    if (this.held.has(id)) return;
    this.held.add(id);
    this.onChange();
  }

  release(id: string): void {
    if (this.held.delete(id)) this.onChange();
  }

  get count(): number {
    return this.held.size;
  }
}
