import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DamagedFileError } from './errors';
import { ShardFileSchema } from './file-schemas';
import { shardFile } from './layout';
import { plainShard } from './plain-shard';
import { Shard } from './shard';
import { checkedShard } from './shard-checksum';

/** A shard file's bytes and JSON (as conf reads it: a leading byte order mark skipped); DamagedFileError when not JSON. */
export function readShardFile(directory: string, file: string): { bytes: Buffer; content: unknown } {
  const path = join(directory, file);
  const bytes = readFileSync(path);
  try {
    return { bytes, content: JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as unknown };
  } catch {
    throw new DamagedFileError(path, 'not valid JSON');
  }
}

/**
 * The shard a current-version file holds, or null when it is damaged or sits under another zone's or
 * year's name. Bytes the store wrote are taken as they are (shard-checksum.ts); anything else is
 * checked by hand (plain-shard.ts) and, when that does not vouch for it, by zod, which decides.
 */
export function shardOf(file: string, content: unknown, bytes?: Buffer): Shard | null {
  const shard =
    (bytes && checkedShard(bytes, content)) ?? plainShard(content) ?? ShardFileSchema.safeParse(content).data;
  if (!shard || shardFile(shard.zoneId, shard.year) !== file) return null;
  return Shard.of(shard.zoneId, shard.year, shard.observations);
}
