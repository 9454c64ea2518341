import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DamagedFileError } from './errors';
import { ShardFileSchema } from './file-schemas';
import { shardFile } from './layout';
import { plainShard } from './plain-shard';
import { Shard } from './shard';
import { checkedShard } from './shard-checksum';

const BYTE_ORDER_MARK = 0xfeff;

/** A shard file's text and JSON (as conf reads it: a leading byte order mark skipped); DamagedFileError when not JSON. */
export function readShardFile(directory: string, file: string): { text: string; content: unknown } {
  const path = join(directory, file);
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
  try {
    return { text, content: JSON.parse(text) as unknown };
  } catch {
    throw new DamagedFileError(path, 'not valid JSON');
  }
}

/**
 * The shard a current-version file holds, or null when it is damaged or sits under another zone's or
 * year's name. Text the store wrote is taken as they are (shard-checksum.ts); anything else is
 * checked by hand (plain-shard.ts) and, when that does not vouch for it, by zod, which decides.
 */
export function shardOf(file: string, content: unknown, text?: string): Shard | null {
  const shard =
    (text !== undefined ? checkedShard(text, content) : null) ??
    plainShard(content) ??
    ShardFileSchema.safeParse(content).data;
  if (!shard || shardFile(shard.zoneId, shard.year) !== file) return null;
  return Shard.of(shard.zoneId, shard.year, shard.observations);
}
