import { crc32 } from 'node:zlib';
import { SCHEMA_VERSION, type ShardFile } from './file-schemas';
import { utf8 } from './json-bytes';
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
function checksum(zoneId: string, year: number, observations: string | Uint8Array): number {
  return crc32(observations, crc32(`${zoneId}/${year}`));
}

const CLOSING = utf8('}');
/** The longest CRC-32 as JSON (ten digits). */
const MAX_CHECKSUM = 0xffffffff;

/**
 * A shard's file content: `observations` last, so its text ends the file. Its bytes are made here,
 * once, for the checksum and the file alike (json-file.ts's serializeJson writes them as they are).
 */
export function shardContent(shard: Shard): Record<string, unknown> {
  const headerWith = (checksum: number) => ({
    schemaVersion: SCHEMA_VERSION,
    zoneId: shard.zoneId,
    year: shard.year,
    checksum,
  });
  const opening = (header: object) => utf8(`${JSON.stringify(header).slice(0, -1)},"observations":`);
  // The header goes in front of the observations once their checksum is known: one buffer, no copies.
  const json = shard.storedJson(opening(headerWith(MAX_CHECKSUM)).length);
  const header = headerWith(checksum(shard.zoneId, shard.year, json.written()));
  json.prepend(opening(header));
  json.bytes(CLOSING);
  const text = json.written();
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
