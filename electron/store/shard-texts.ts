import { DistinctTexts } from '../../shared/model';

/**
 * A shard's distinct texts, each held once; its text columns hold positions in this list, in typed
 * arrays the collector never walks. A text equal to the one the column holds just before it is
 * found without a lookup: figures saved together (an import, a form) sit together and share them.
 */
export class ShardTexts extends DistinctTexts {
  /** Writes the position of `text` at `index` of `column`. */
  encode(column: Uint32Array, index: number, text: string): void {
    column[index] = index > 0 && this.list[column[index - 1]!] === text ? column[index - 1]! : this.positionOf(text);
  }
}
