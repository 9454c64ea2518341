import { SCHEMA } from './migrations';
import { OBSERVATION_COLUMNS } from './observation-rows';
import { STAGING } from './staging';

const SAME_KEY =
  'o.zone_id = s.zone_id AND o.indicator_id = s.indicator_id AND o.period = s.period AND o.basis = s.basis';
const STAGED_FIGURES = 's.value, s.yoy_pct, s.source, s.note, s.updated_at';
/**
 * The history columns of a staged row. A history sent whole (no `appends_to`) gets a new id, its
 * entries written after the merge (write-histories.ts); an appending one keeps the stored id (0
 * stands in until the update takes it), and the revisions trigger makes the replaced version its
 * new entry.
 */
const STAGED_HISTORY = `CASE WHEN s.appends_to IS NULL THEN nextval('${SCHEMA}.history_ids') ELSE 0 END, s.history_length, s.history_digest, s.appends_to`;
/** A blind write leaves a stored row alone when it would change nothing (not even its version). */
const DIFFERS =
  '(o.value, o.yoy_pct, o.source, o.note, o.updated_at, o.history_digest) IS DISTINCT FROM (excluded.value, excluded.yoy_pct, excluded.source, excluded.note, excluded.updated_at, excluded.history_digest)';
/** A write that claims to append to a state the figure is not in fails with ZSH01 (the client then sends its histories whole). */
const SET_STAGED = `value = excluded.value, yoy_pct = excluded.yoy_pct, source = excluded.source, note = excluded.note, updated_at = excluded.updated_at,
      version = o.version + 1, based_on = excluded.based_on, changed_by = excluded.changed_by, changed_at = excluded.changed_at,
      history_id = CASE WHEN excluded.appends_to IS NULL THEN excluded.history_id
        WHEN excluded.appends_to = o.history_digest THEN o.history_id
        ELSE ${SCHEMA}.history_not_appended(o.zone_id, o.indicator_id, o.period, o.basis) END,
      history_length = excluded.history_length, history_digest = excluded.history_digest, appends_to = NULL`;

/**
 * The staged rows into observations, in one statement (one round trip, most of what a one-cell save
 * costs); its parts touch different rows and each sees the table as it was before the statement.
 * Each staged row is one probe of the primary key: `ON CONFLICT … DO UPDATE` inserts or updates in
 * one step, and where row-level security hides the stored row from the update it fails the
 * statement (a plain UPDATE would skip the row silently).
 * - blind (no version given): inserted, or the stored row updated where a figure differs (if another
 *   writer inserts one first, it is overwritten, as a blind write means).
 * - based on a version: written only if the stored row is still at that version (0: absent);
 *   `ON CONFLICT … WHERE` makes that check and the write one step, so a writer committing in
 *   between is seen, never overwritten.
 * Returns the version-checked keys that landed. A part with no staged rows is left out (a scan of
 * the staging table less).
 */
const BLIND = `
    INSERT INTO ${SCHEMA}.observations AS o (${OBSERVATION_COLUMNS})
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, ${STAGED_FIGURES}, 1, NULL, session_user, now(), ${STAGED_HISTORY}
    FROM ${STAGING} s
    WHERE s.based_on IS NULL
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET ${SET_STAGED}
    WHERE ${DIFFERS}`;
const BASED = `
    INSERT INTO ${SCHEMA}.observations AS o (${OBSERVATION_COLUMNS})
    SELECT s.zone_id, s.indicator_id, s.period, s.basis, ${STAGED_FIGURES}, 1, s.based_on, session_user, now(), ${STAGED_HISTORY}
    FROM ${STAGING} s
    WHERE s.based_on IS NOT NULL AND (s.based_on = 0 OR EXISTS (SELECT 1 FROM ${SCHEMA}.observations o WHERE ${SAME_KEY}))
    ON CONFLICT (zone_id, indicator_id, period, basis) DO UPDATE SET ${SET_STAGED}
    WHERE o.version = excluded.based_on
    RETURNING o.zone_id, o.indicator_id, o.period, o.basis`;

export function mergeStagedSql(parts: { blind: boolean; based: boolean }): string {
  if (!parts.based) return BLIND;
  if (!parts.blind) return BASED;
  return `WITH blind AS (${BLIND}), based AS (${BASED}) SELECT zone_id, indicator_id, period, basis FROM based`;
}
