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

/**
 * Compact JSON with each element of a top-level array on a line of its own: a shard stays small,
 * and a person (or a diff) can still read it observation by observation.
 */
export function serializeJson(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `${JSON.stringify(value)}\n`;
  const fields = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key, item]) => `${JSON.stringify(key)}:${Array.isArray(item) && item.length > 0 ? `[\n${item.map((element) => JSON.stringify(element)).join(',\n')}\n]` : JSON.stringify(item)}`);
  return `{\n${fields.join(',\n')}\n}\n`;
}
