import { readFileSync } from 'node:fs';
import { DamagedFileError } from './errors';

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

/** `value`, carrying the JSON text it serializes to, so serializeJson need not make it again. */
export function withSerialized<T extends object>(value: T, text: string): T {
  return Object.defineProperty(value, SERIALIZED, { value: text });
}

/**
 * Compact JSON: conf's default indents with tabs, which makes a shard a third larger and its
 * writes slower, and nobody reads these files by hand.
 */
export function serializeJson(value: unknown): string {
  return (value as { [SERIALIZED]?: string } | null)?.[SERIALIZED] ?? JSON.stringify(value);
}
