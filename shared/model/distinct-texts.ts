/**
 * Distinct texts, each held once and named by its position in `list`: columns of positions in
 * typed arrays (a store shard, a packed grid or plan) instead of a string per cell.
 */
export class DistinctTexts {
  readonly list: string[] = [];
  private positions: Map<string, number> | null = new Map();

  /** The position of `text`, added to the list when it is new. */
  positionOf(text: string): number {
    const positions = this.positions;
    if (!positions) throw new Error('no text can be added once the list is done');
    let position = positions.get(text);
    if (position === undefined) {
      position = this.list.push(text) - 1;
      positions.set(text, position);
    }
    return position;
  }

  /** Every text is in: the lookup is dropped, the list kept. */
  done(): void {
    this.positions = null;
  }
}
