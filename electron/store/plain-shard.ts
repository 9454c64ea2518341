import {
  BASES,
  ID_PATTERN,
  MAX_FIGURE_MAGNITUDE,
  NO_REVISIONS,
  observationKey,
  PERIOD_PATTERN,
  periodYear,
} from '../../shared/model';
import { SCHEMA_VERSION, type ShardFile } from './file-schemas';

// What TextSchema removes (tab and newline stay): a text holding one is left to zod, which cleans it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_BUT_TAB_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const MAX_TEXT = 2000;
const SHARD_KEYS = 4;
const OBSERVATION_KEYS = 10;
const REVISION_KEYS = 5;

/**
 * A shard file as read, when it is exactly what `ShardFileSchema.parse` would give back: every
 * field present, of its type and within its bounds, no other field, no text zod would clean, every
 * observation in its zone and year, once. The check costs a fraction of zod's; anything it does not
 * vouch for (null) goes to zod, which decides, so a damaged file is still found and moved aside.
 * The store writes only what passed the schema (parse-change.ts), so its own files pass here.
 */
export function plainShard(content: unknown): ShardFile | null {
  if (!isRecord(content)) return null;
  // The checksum the store writes (shard-checksum.ts) is the one member beyond the schema's: zod drops it.
  const withChecksum = typeof content.checksum === 'number';
  if (Object.keys(content).length !== SHARD_KEYS + (withChecksum ? 1 : 0)) return null;
  const { schemaVersion, zoneId, year, observations } = content;
  if (
    schemaVersion !== SCHEMA_VERSION ||
    !isId(zoneId) ||
    !Number.isInteger(year) ||
    (year as number) < 0 ||
    (year as number) > 9999
  )
    return null;
  if (!Array.isArray(observations)) return null;
  const seen = new Set<string>();
  for (const observation of observations as unknown[]) {
    if (
      !isPlainObservation(observation) ||
      observation.zoneId !== zoneId ||
      periodYear(observation.period as string) !== year
    )
      return null;
    const key = observationKey(observation as ShardFile['observations'][number]);
    if (seen.has(key)) return null;
    seen.add(key);
  }
  return content as ShardFile;
}

type StoredObservation = ShardFile['observations'][number];

/**
 * A copy of an observation, fields in the schema's order, when `ObservationSchema.parse` would give
 * back exactly it (see `plainShard`); null to leave it to zod. A commit of 100,000 imported rows is
 * checked in a fraction of zod's time and memory.
 */
export function plainObservationCopy(value: unknown): StoredObservation | null {
  if (!isPlainObservation(value)) return null;
  const o = value as StoredObservation;
  return {
    zoneId: o.zoneId,
    indicatorId: o.indicatorId,
    period: o.period,
    basis: o.basis,
    value: o.value,
    yoyPct: o.yoyPct,
    source: o.source,
    note: o.note,
    updatedAt: o.updatedAt,
    history:
      o.history.length === 0
        ? NO_REVISIONS
        : o.history.map((revision) => ({
            value: revision.value,
            yoyPct: revision.yoyPct,
            source: revision.source,
            note: revision.note,
            replacedAt: revision.replacedAt,
          })),
  };
}

/**
 * A check of a text field that remembers the last text it passed: consecutive observations (a
 * shard, an import's rows) repeat their zone, indicator, source and note, so each is matched once.
 */
function rememberingLast(check: (text: string) => boolean): (value: unknown) => boolean {
  let passed: string | undefined;
  return (value) => {
    if (typeof value !== 'string') return false;
    if (value === passed) return true;
    if (!check(value)) return false;
    passed = value;
    return true;
  };
}

const isZoneId = rememberingLast(isId);
const isIndicatorId = rememberingLast(isId);
const isPeriod = rememberingLast((period) => PERIOD_PATTERN.test(period));
const isSource = rememberingLast(isText);
const isNote = rememberingLast(isText);
const isRevisionSource = rememberingLast(isText);
const isRevisionNote = rememberingLast(isText);

/** Whether zod would give back `value` as it is (checked by hand, nothing copied). */
export function isPlainObservation(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || ownKeyCount(value) !== OBSERVATION_KEYS) return false;
  const { indicatorId, period, basis, yoyPct, updatedAt, history } = value;
  if (!isZoneId(value.zoneId) || !isIndicatorId(indicatorId) || !isPeriod(period)) return false;
  if (!(BASES as readonly unknown[]).includes(basis) || typeof updatedAt !== 'string' || !Array.isArray(history))
    return false;
  if (!isFigure(value.value) || !isFigure(yoyPct) || (value.value === null && yoyPct === null)) return false;
  if (!isSource(value.source) || !isNote(value.note)) return false;
  return (history as unknown[]).every(isPlainRevision);
}

function isPlainRevision(value: unknown): boolean {
  if (!isRecord(value) || ownKeyCount(value) !== REVISION_KEYS) return false;
  return (
    isFigure(value.value) &&
    isFigure(value.yoyPct) &&
    isRevisionSource(value.source) &&
    isRevisionNote(value.note) &&
    typeof value.replacedAt === 'string'
  );
}

/** `Object.keys(value).length` without making the array: this runs for every observation read or committed. */
function ownKeyCount(value: object): number {
  let count = 0;
  for (const key in value) if (Object.hasOwn(value, key)) count++;
  return count;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

function isFigure(value: unknown): boolean {
  return (
    value === null || (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE_MAGNITUDE)
  );
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length <= MAX_TEXT && !CONTROL_BUT_TAB_NEWLINE.test(value);
}
