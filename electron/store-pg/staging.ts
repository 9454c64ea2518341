import type { Observation } from '../../shared/model';

/** Per connection: the rows of one commit, emptied when it ends. A history travels as its claim (history-claim.ts). */
export const STAGING = 'zone_stats_staging';
export const CREATE_STAGING_SQL = `CREATE TEMP TABLE IF NOT EXISTS ${STAGING} (
  zone_id text COLLATE "C" NOT NULL, indicator_id text COLLATE "C" NOT NULL, period text COLLATE "C" NOT NULL, basis text COLLATE "C" NOT NULL,
  value double precision, yoy_pct double precision, source text NOT NULL, note text NOT NULL, updated_at text NOT NULL,
  history_length integer NOT NULL, history_digest bigint NOT NULL, appends_to bigint, based_on bigint
) ON COMMIT DELETE ROWS`;

/** An observation's own columns, in the order the staging table and observations begin with. */
export const FIGURE_COLUMNS = [
  'zone_id',
  'indicator_id',
  'period',
  'basis',
  'value',
  'yoy_pct',
  'source',
  'note',
  'updated_at',
] as const;

/** The values of FIGURE_COLUMNS for an observation. */
export const figureFields = (o: Observation) =>
  [o.zoneId, o.indicatorId, o.period, o.basis, o.value, o.yoyPct, o.source, o.note, o.updatedAt] as const;

export const STAGING_COLUMNS = [...FIGURE_COLUMNS, 'history_length', 'history_digest', 'appends_to', 'based_on'];
