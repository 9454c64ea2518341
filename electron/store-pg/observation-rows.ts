import type { ClientBase } from 'pg';
import type { ObservationQuery } from '../../shared/api';
import {
  NO_REVISIONS,
  observationKey,
  type Basis,
  type Observation,
  type ObservationKey,
  type Revision,
} from '../../shared/model';
import { SCHEMA } from './migrations';

/** Every column of zone_stats.observations, in the table's order (merges and backups copy whole rows). */
export const OBSERVATION_COLUMNS =
  'zone_id, indicator_id, period, basis, value, yoy_pct, source, note, updated_at, version, based_on, changed_by, changed_at, history_id, history_length, history_digest, appends_to';

/**
 * A figure's history is its entries among the revisions (migration 4), in order, as the file store
 * keeps it; one index probe per figure that has any, none for the rest. An entry the trigger
 * recorded was replaced when the next version was written: the next entry's own time, or the
 * figure's for the last one. The length the figure was written with comes along, so a history that
 * lost an entry is an error, never a shorter history.
 */
const SELECT_OBSERVATIONS = `SELECT o.zone_id, o.indicator_id, o.period, o.basis, o.value, o.yoy_pct, o.source, o.note, o.updated_at,
  o.history_length, CASE WHEN o.history_length > 0 THEN (
    SELECT json_agg(json_build_object('value', h.value, 'yoyPct', h.yoy_pct, 'source', h.source, 'note', h.note,
        'replacedAt', coalesce(h.history_replaced_at, h.next_updated_at, o.updated_at)) ORDER BY h.history_position)
    FROM (SELECT r.value, r.yoy_pct, r.source, r.note, r.history_replaced_at, r.history_position,
        lead(r.updated_at) OVER (ORDER BY r.history_position) AS next_updated_at
      FROM ${SCHEMA}.revisions r
      WHERE r.zone_id = o.zone_id AND r.indicator_id = o.indicator_id AND r.period = o.period AND r.basis = o.basis
        AND r.history_id = o.history_id AND r.history_position < o.history_length) h) END`;

type ObservationRow = [
  string,
  string,
  string,
  Basis,
  number | null,
  number | null,
  string,
  string,
  string,
  number,
  Revision[] | null,
];
const OBSERVATION_FIELDS = 11;

/** Frozen, as the file store hands them out: callers share them, so a stray mutation must fail loudly. */
function toObservation([
  zoneId,
  indicatorId,
  period,
  basis,
  value,
  yoyPct,
  source,
  note,
  updatedAt,
  historyLength,
  history,
]: ObservationRow): Observation {
  if ((history?.length ?? 0) !== historyLength)
    throw new Error(
      `The history of ${observationKey({ zoneId, indicatorId, period, basis })} in the database has ${history?.length ?? 0} of its ${historyLength} entries.`,
    );
  const revisions =
    history === null ? NO_REVISIONS : (Object.freeze(history.map((revision) => Object.freeze(revision))) as Revision[]);
  return Object.freeze({
    zoneId,
    indicatorId,
    period,
    basis,
    value,
    yoyPct,
    source,
    note,
    updatedAt,
    history: revisions,
  });
}

/** In the order the file store gives: the asked zones in the asked order (else by id), then by period. */
export async function queryObservations(
  client: ClientBase,
  { zoneIds, indicatorIds, from, to, basis }: ObservationQuery,
): Promise<Observation[]> {
  const { rows } = await client.query<ObservationRow>({
    text: `${SELECT_OBSERVATIONS} FROM ${SCHEMA}.observations o
      WHERE ($1::text[] IS NULL OR o.zone_id = ANY($1::text[]))
        AND ($2::text[] IS NULL OR o.indicator_id = ANY($2::text[]))
        AND ($3::text IS NULL OR o.period >= $3::text)
        AND ($4::text IS NULL OR o.period <= $4::text)
        AND ($5::text IS NULL OR o.basis = $5::text)
      ORDER BY array_position($1::text[], o.zone_id), o.zone_id, o.period, o.indicator_id, o.basis`,
    values: [zoneIds ?? null, indicatorIds ?? null, from ?? null, to ?? null, basis ?? null],
    rowMode: 'array',
  });
  return rows.map(toObservation);
}

/** The key columns of many keys as four parallel arrays, for `unnest`. */
export function keyArrays(keys: readonly ObservationKey[]): [string[], string[], string[], string[]] {
  return [
    keys.map((key) => key.zoneId),
    keys.map((key) => key.indicatorId),
    keys.map((key) => key.period),
    keys.map((key) => key.basis),
  ];
}

const KEYS_JOIN = `FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(zone_id, indicator_id, period, basis)
  JOIN ${SCHEMA}.observations o ON o.zone_id = k.zone_id AND o.indicator_id = k.indicator_id AND o.period = k.period AND o.basis = k.basis`;

export async function readVersions(
  client: ClientBase,
  keys: readonly ObservationKey[],
  lock = false,
): Promise<Map<string, number>> {
  const { rows } = await client.query<[string, string, string, Basis, string]>({
    text: `SELECT o.zone_id, o.indicator_id, o.period, o.basis, o.version ${KEYS_JOIN}${lock ? ' FOR UPDATE OF o' : ''}`,
    values: keyArrays(keys),
    rowMode: 'array',
  });
  return new Map(
    rows.map(([zoneId, indicatorId, period, basis, version]) => [
      observationKey({ zoneId, indicatorId, period, basis }),
      Number(version),
    ]),
  );
}

export interface CurrentObservation {
  observation: Observation;
  version: number;
  changedBy: string;
  changedAt: string;
}

/** The stored figures of these keys with who made them (for a conflict's report). */
export async function readCurrent(
  client: ClientBase,
  keys: readonly ObservationKey[],
): Promise<Map<string, CurrentObservation>> {
  const { rows } = await client.query<[...ObservationRow, string, string, Date]>({
    text: `${SELECT_OBSERVATIONS}, o.version, o.changed_by, o.changed_at ${KEYS_JOIN}`,
    values: keyArrays(keys),
    rowMode: 'array',
  });
  return new Map(
    rows.map((row) => {
      const observation = toObservation(row.slice(0, OBSERVATION_FIELDS) as ObservationRow);
      const [version, changedBy, changedAt] = row.slice(OBSERVATION_FIELDS) as [string, string, Date];
      return [
        observationKey(observation),
        { observation, version: Number(version), changedBy, changedAt: changedAt.toISOString() },
      ];
    }),
  );
}
