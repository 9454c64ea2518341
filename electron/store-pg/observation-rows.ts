import type { ClientBase } from 'pg';
import type { ObservationQuery } from '../../shared/api';
import { observationKey, type Basis, type Observation, type ObservationKey, type Revision } from '../../shared/model';
import { SCHEMA } from './migrations';

/** Every column of zone_stats.observations, in the table's order (merges and backups copy whole rows). */
export const OBSERVATION_COLUMNS =
  'zone_id, indicator_id, period, basis, value, yoy_pct, source, note, updated_at, history, version, based_on, changed_by, changed_at';

const SELECT_OBSERVATIONS = `SELECT o.zone_id, o.indicator_id, o.period, o.basis, o.value, o.yoy_pct, o.source, o.note, o.updated_at, o.history`;

type ObservationRow = [string, string, string, Basis, number | null, number | null, string, string, string, Revision[]];

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
  history,
]: ObservationRow): Observation {
  const revisions = history.map((revision) => Object.freeze(revision));
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
    history: Object.freeze(revisions) as Revision[],
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
      const observation = toObservation(row.slice(0, 10) as ObservationRow);
      return [
        observationKey(observation),
        { observation, version: Number(row[10]), changedBy: row[11], changedAt: row[12].toISOString() },
      ];
    }),
  );
}
