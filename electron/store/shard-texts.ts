/**
 * A shard's distinct texts, each held once; its text columns hold positions in this list, in typed
 * arrays the collector never walks. A text equal to the one the column holds just before it is
 * found without a lookup: figures saved together (an import, a form) sit together and share them.
 */
export class ShardTexts {
  readonly list: string[] = [];
  private positions: Map<string, number> | null = new Map();

  /** Writes the position of `text` at `index` of `column`. */
  encode(column: Uint32Array, index: number, text: string): void {
    if (index > 0 && this.list[column[index - 1]!] === text) {
      column[index] = column[index - 1]!;
      return;
    }
    const positions = this.positions!;
    let position = positions.get(text);
    if (position === undefined) {
      position = this.list.push(text) - 1;
      positions.set(text, position);
    }
    column[index] = position;
  }

  /** Every text is in: the lookup is dropped, the list kept. */
  done(): void {
    this.positions = null;
  }
}
