import { ReadLimitError } from './read-limits';

// The global of every runtime Zone Stats runs in; shared/ compiles without DOM types.
declare const TextDecoder: new (label: string) => { decode(input: Uint8Array, options?: { stream?: boolean }): string };

/** Longer than any tag a writer produces: the rest of a chunk is kept only this long. */
const LONGEST_TAG = 64 * 1024;

/**
 * XML as it streams out of the inflater, handed on up to its last complete tag: a tag cut between
 * two chunks waits for the next one. Throws `ReadLimitError` when one tag runs over LONGEST_TAG.
 */
export class TagChunks {
  private readonly decoder = new TextDecoder('latin1');
  private carry = '';

  /** `what` names the part in the error: "the file", "the sheet Sheet1". */
  constructor(private readonly what: string) {}

  /** The text from the previous chunk's cut tag through this chunk's last complete tag. */
  next(chunk: Uint8Array): string {
    let text = this.carry + this.decoder.decode(chunk, { stream: true });
    const open = text.lastIndexOf('<');
    if (open > text.lastIndexOf('>')) {
      this.carry = text.slice(open);
      text = text.slice(0, open);
      if (this.carry.length > LONGEST_TAG)
        throw new ReadLimitError(`${this.what} is damaged: a tag runs over ${LONGEST_TAG / 1024} KB`);
    } else {
      this.carry = '';
    }
    return text;
  }
}
