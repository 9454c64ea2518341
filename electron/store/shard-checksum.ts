import { crc32 } from 'node:zlib';
import { SCHEMA_VERSION, type ShardFile } from './file-schemas';
import { withSerialized } from './json-file';
import type { Shard } from './shard';

/**
 * Shards are validated when they are written (parse-change.ts) and only checked when read: the store
 * writes each shard with the CRC-32 of its observations' JSON text (seeded with its zone and year),
 * and a file whose bytes still give that checksum is the file the store wrote, so it is taken as
 * JSON.parse returns it. A file without one, or whose bytes differ (edited, damaged, from an older
 * version), goes through the full check (plain-shard.ts, then zod), which decides.
 */
const OBSERVATIONS_MEMBER = '"observations":';
const CLOSING_BRACE = 0x7d;

/** Of the text's UTF-8 bytes: a file that is not valid UTF-8 reads with replacement characters, which are other bytes. */
function checksum(zoneId: string, year: number, observations: string): number {
  return crc32(observations, crc32(`${zoneId}/${year}`));
}

/**
 * A shard's file content: `observations` last, so its text ends the file. The text is made here,
 * once, for the checksum and the file alike (json-file.ts's serializeJson writes it as it is).
 */
export function shardContent(shard: Shard): Record<string, unknown> {
  const observations = shard.storedJson();
  const header = {
    schemaVersion: SCHEMA_VERSION,
    zoneId: shard.zoneId,
    year: shard.year,
    checksum: checksum(shard.zoneId, shard.year, observations),
  };
  const text = `${JSON.stringify(header).slice(0, -1)},"observations":${observations}}`;
  // The text is what is written; the observations as objects are built only if something asks for them.
  const content: Record<string, unknown> = { ...header };
  Object.defineProperty(content, 'observations', { enumerable: true, get: () => shard.stored() });
  return withSerialized(content, text);
}

/** The shard a file holds, when its text is the one the store wrote; otherwise null (check it fully). */
export function checkedShard(text: string, content: unknown): ShardFile | null {
  if (content === null || typeof content !== 'object' || Array.isArray(content)) return null;
  const { schemaVersion, zoneId, year, checksum: stored, observations } = content as Record<string, unknown>;
  if (schemaVersion !== SCHEMA_VERSION || typeof stored !== 'number' || !Array.isArray(observations)) return null;
  if (typeof zoneId !== 'string' || typeof year !== 'number') return null;
  const start = text.indexOf(OBSERVATIONS_MEMBER);
  if (start < 0 || text.charCodeAt(text.length - 1) !== CLOSING_BRACE) return null;
  const observationsText = text.slice(start + OBSERVATIONS_MEMBER.length, -1);
  return checksum(zoneId, year, observationsText) === stored ? (content as ShardFile) : null;
}
