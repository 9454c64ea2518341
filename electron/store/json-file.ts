import { readFileSync } from 'node:fs';
import { DamagedFileError } from './errors';
import { freeNow } from '../files/free-now';

/** The JSON in a file, as conf reads it (a leading byte order mark is skipped); undefined when absent. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw new DamagedFileError(path, 'not valid JSON');
  }
}

const SERIALIZED = Symbol('serialized');
const decoder = new TextDecoder();

/** `value`, carrying the UTF-8 bytes of the JSON it serializes to, so they need not be made again. */
export function withSerialized<T extends object>(value: T, bytes: Uint8Array): T {
  return Object.defineProperty(value, SERIALIZED, { value: bytes });
}

/** The file's bytes when they were made beforehand (a shard's), else its JSON text. */
export function serializedJson(value: unknown): string | Uint8Array {
  return (value as { [SERIALIZED]?: Uint8Array } | null)?.[SERIALIZED] ?? JSON.stringify(value);
}

/**
 * Frees at once the bytes `value` carries (their buffer detached), once they are written and nothing
 * will read them again: an import's 25 MB of shard files would otherwise wait for a full collection.
 */
export function releaseSerialized(value: unknown): void {
  const bytes = (value as { [SERIALIZED]?: Uint8Array } | null)?.[SERIALIZED];
  if (bytes) freeNow(bytes.buffer);
}

/**
 * Compact JSON: conf's default indents with tabs, which makes a shard a third larger and its
 * writes slower, and nobody reads these files by hand. (conf takes a string.)
 */
export function serializeJson(value: unknown): string {
  const serialized = serializedJson(value);
  return typeof serialized === 'string' ? serialized : decoder.decode(serialized);
}
