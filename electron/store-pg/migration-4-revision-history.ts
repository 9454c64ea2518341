import { ROLES } from './roles';

const SCHEMA = 'zone_stats';
const { clerk, admin } = ROLES;

const historyEntries = (table: string, where = 'true') => `
INSERT INTO ${SCHEMA}.revisions (zone_id, indicator_id, period, basis, value, yoy_pct, source, note, deleted,
  history_id, history_position, history_replaced_at)
SELECT o.zone_id, o.indicator_id, o.period, o.basis, (e.entry->>'value')::double precision, (e.entry->>'yoyPct')::double precision,
  e.entry->>'source', e.entry->>'note', false, o.history_id, (e.ordinal - 1)::integer, e.entry->>'replacedAt'
FROM ${SCHEMA}.${table} o CROSS JOIN LATERAL json_array_elements(o.history) WITH ORDINALITY AS e(entry, ordinal)
WHERE ${where};`;

/**
 * The revisions table becomes the one place a figure's earlier versions live: an import no longer
 * sends, validates and rewrites every figure's whole history (most of its write-ahead log), the
 * version it replaces is recorded once, by the trigger, and is the history's new entry.
 *
 * - A figure's history is the revisions with its `history_id`, positions 0 … history_length − 1.
 *   A version an update replaces is recorded at the end of the history it had, which is its next
 *   entry when the write appended to it (same id, one longer); its `replacedAt` is the time the
 *   write that replaced it gave, the next version's `updated_at`, kept with each recorded version.
 * - Entries the client supplied whole (a copy, an undo, a history from before this migration) are
 *   rows with no author (`changed_by` and the other recorded columns null), written by this
 *   migration, by `restore_observations`, or through `write_histories`, which a clerk may call only
 *   for figures they may write. A new history gets a
 *   new id; revisions are never deleted, so a backup keeps a figure's history by its id and length,
 *   and a restored figure gets a new id with copies of those entries.
 * - `history_digest` is a hash of the figure's state (its history and its figures) as the client
 *   computes it (history-claim.ts); a write that claims to append to the stored state names that
 *   state's hash in `appends_to` (never stored: always null in the table), and the merge fails it
 *   with SQLSTATE ZSH01 when it does not match, so the client sends the whole history instead. A
 *   null digest matches nothing: figures this migration moved send their history whole on their
 *   next write (once), then append again.
 * - The revisions keep their index on the key: a figure's few rows are read through it and sorted.
 */
export const V4_REVISION_HISTORY = `
CREATE SEQUENCE ${SCHEMA}.history_ids;
GRANT USAGE ON SEQUENCE ${SCHEMA}.history_ids TO ${clerk}, ${admin};

ALTER TABLE ${SCHEMA}.revisions
  ALTER COLUMN version DROP NOT NULL, ALTER COLUMN changed_by DROP NOT NULL, ALTER COLUMN changed_at DROP NOT NULL,
  ALTER COLUMN replaced_by DROP NOT NULL, ALTER COLUMN replaced_at DROP NOT NULL,
  ADD COLUMN updated_at text, ADD COLUMN history_id bigint, ADD COLUMN history_position integer, ADD COLUMN history_replaced_at text,
  ADD CONSTRAINT revisions_recorded_or_supplied CHECK (
    (version IS NOT NULL AND changed_by IS NOT NULL AND changed_at IS NOT NULL AND replaced_by IS NOT NULL AND replaced_at IS NOT NULL
      AND history_replaced_at IS NULL)
    OR (version IS NULL AND changed_by IS NULL AND changed_at IS NULL AND replaced_by IS NULL AND replaced_at IS NULL
      AND history_replaced_at IS NOT NULL)),
  ADD CONSTRAINT revisions_entry_placed CHECK ((history_id IS NULL) = (history_position IS NULL));
COMMENT ON TABLE ${SCHEMA}.revisions IS 'Every replaced or deleted version of an observation, with who made it and who replaced it (written only by the observations triggers), and every entry of a figure''s history (history_id, history_position; entries a client supplied have no author). Never deleted.';

ALTER TABLE ${SCHEMA}.observations
  ADD COLUMN history_id bigint, ADD COLUMN history_length integer NOT NULL DEFAULT 0 CHECK (history_length >= 0),
  ADD COLUMN history_digest bigint, ADD COLUMN appends_to bigint;
-- Moving the histories is no new version of any figure: no revision, no new author.
DROP TRIGGER observations_updated_revisions ON ${SCHEMA}.observations;
ALTER TABLE ${SCHEMA}.observations DISABLE TRIGGER observations_author;
UPDATE ${SCHEMA}.observations o SET history_id = nextval('${SCHEMA}.history_ids'), history_length = json_array_length(o.history);
ALTER TABLE ${SCHEMA}.observations ENABLE TRIGGER observations_author;
ALTER TABLE ${SCHEMA}.observations ALTER COLUMN history_id SET DEFAULT nextval('${SCHEMA}.history_ids'),
  ALTER COLUMN history_id SET NOT NULL;
${historyEntries('observations')}

-- A backup's history is the live figure's while the live one only added entries since (its id,
-- read to the backup's length); otherwise entries of its own.
ALTER TABLE ${SCHEMA}.backup_observations
  ADD COLUMN history_id bigint, ADD COLUMN history_length integer NOT NULL DEFAULT 0,
  ADD COLUMN history_digest bigint, ADD COLUMN appends_to bigint;
UPDATE ${SCHEMA}.backup_observations b SET history_length = json_array_length(b.history), history_id = coalesce(
  (SELECT o.history_id FROM ${SCHEMA}.observations o
   WHERE o.zone_id = b.zone_id AND o.indicator_id = b.indicator_id AND o.period = b.period AND o.basis = b.basis
     AND (json_array_length(b.history) = 0 OR left(o.history::text, length(b.history::text) - 1) || ']' = b.history::text
       AND substr(o.history::text, length(b.history::text), 1) IN (',', ']'))),
  nextval('${SCHEMA}.history_ids'));
${historyEntries('backup_observations', `o.history_id NOT IN (SELECT history_id FROM ${SCHEMA}.observations)`)}
ALTER TABLE ${SCHEMA}.backup_observations ALTER COLUMN history_id SET NOT NULL;

ALTER TABLE ${SCHEMA}.observations DROP COLUMN history;
ALTER TABLE ${SCHEMA}.backup_observations DROP COLUMN history;

CREATE FUNCTION ${SCHEMA}.history_not_appended(p_zone_id text, p_indicator_id text, p_period text, p_basis text)
RETURNS bigint LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'the history of % % % % is not the one the write appends to', p_zone_id, p_indicator_id, p_period, p_basis
    USING ERRCODE = 'ZSH01';
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.history_not_appended(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${SCHEMA}.history_not_appended(text, text, text, text) TO ${clerk}, ${admin};

-- A write that claims to append to a stored figure and inserted it instead: there was nothing to append to.
CREATE FUNCTION ${SCHEMA}.refuse_orphan_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM ${SCHEMA}.history_not_appended(NEW.zone_id, NEW.indicator_id, NEW.period, NEW.basis);
  RETURN NULL;
END
$fn$;
CREATE TRIGGER observations_orphan_append AFTER INSERT ON ${SCHEMA}.observations FOR EACH ROW
  WHEN (NEW.appends_to IS NOT NULL) EXECUTE FUNCTION ${SCHEMA}.refuse_orphan_append();

-- Every version an update replaces is recorded at the end of the history it had: the next entry
-- of that history when the update appended to it (same id, one longer), else past the end of a
-- history no figure reads any more (a figure written with a new history has a new id; a backup of
-- it reads only its own length). Its replacedAt is when the next version was written: the next
-- entry's own updated_at, or the figure's for the last entry (observation-rows.ts). Only the
-- replaced rows are needed, so the two transition tables are not joined: that join cost 0.1–0.2 s of
-- an import of 132,000 rows.
CREATE FUNCTION ${SCHEMA}.record_updated_revisions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
BEGIN
  INSERT INTO revisions (zone_id, indicator_id, period, basis, version, value, yoy_pct, source, note,
    changed_by, changed_at, replaced_by, replaced_at, deleted, updated_at, history_id, history_position)
  SELECT r.zone_id, r.indicator_id, r.period, r.basis, r.version, r.value, r.yoy_pct, r.source, r.note,
    r.changed_by, r.changed_at, session_user, now(), false, r.updated_at, r.history_id, r.history_length
  FROM replaced r;
  RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.record_updated_revisions() FROM PUBLIC;
CREATE TRIGGER observations_updated_revisions AFTER UPDATE ON ${SCHEMA}.observations
  REFERENCING OLD TABLE AS replaced FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}.record_updated_revisions();

-- An update that keeps a figure's history as it is (hand-written SQL: the app's writes append or
-- write it anew) still records the version it replaced at that history's end, where the next
-- append would go: the state is then one no write may claim to append to.
CREATE FUNCTION ${SCHEMA}.forget_history_digest() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.history_digest := NULL;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER observations_history_kept BEFORE UPDATE ON ${SCHEMA}.observations FOR EACH ROW
  WHEN (NEW.history_id = OLD.history_id AND NEW.history_length <= OLD.history_length AND NEW.history_digest IS NOT NULL)
  EXECUTE FUNCTION ${SCHEMA}.forget_history_digest();

-- A deleted version: recorded with its own time too, in no history.
CREATE OR REPLACE FUNCTION ${SCHEMA}.record_revisions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('zone_stats.restoring', true) = 'on'
     AND pg_has_role(session_user, '${admin}', 'MEMBER') THEN
    RETURN NULL;
  END IF;
  INSERT INTO revisions (zone_id, indicator_id, period, basis, version, value, yoy_pct, source, note,
    changed_by, changed_at, replaced_by, replaced_at, deleted, updated_at)
  SELECT r.zone_id, r.indicator_id, r.period, r.basis, r.version, r.value, r.yoy_pct, r.source, r.note,
    r.changed_by, r.changed_at, session_user, now(), TG_OP = 'DELETE', r.updated_at
  FROM replaced r;
  RETURN NULL;
END
$fn$;

-- Restoring a backup: each figure comes back with a new history holding copies of its entries
-- (without authors: the versions recorded as they were replaced keep theirs where they are), so no
-- history id is ever some figure's twice, and the entries an id gained after the backup stay out.
CREATE FUNCTION ${SCHEMA}.restore_observations(p_backup_id text, p_top_version bigint)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
DECLARE
  restored bigint;
BEGIN
  IF NOT pg_has_role(session_user, '${admin}', 'MEMBER') THEN
    RAISE EXCEPTION 'only an admin may restore a backup' USING ERRCODE = 'insufficient_privilege';
  END IF;
  WITH b AS MATERIALIZED (
    SELECT b.*, nextval('${SCHEMA}.history_ids') AS new_history_id FROM backup_observations b WHERE b.backup_id = p_backup_id
  ), entries AS (
    INSERT INTO revisions (zone_id, indicator_id, period, basis, value, yoy_pct, source, note, deleted,
      history_id, history_position, history_replaced_at)
    SELECT b.zone_id, b.indicator_id, b.period, b.basis, h.value, h.yoy_pct, h.source, h.note, false,
      b.new_history_id, h.history_position, coalesce(h.history_replaced_at, h.next_updated_at, b.updated_at)
    FROM b CROSS JOIN LATERAL (
      SELECT r.value, r.yoy_pct, r.source, r.note, r.history_position, r.history_replaced_at,
        lead(r.updated_at) OVER (ORDER BY r.history_position) AS next_updated_at
      FROM revisions r
      WHERE r.zone_id = b.zone_id AND r.indicator_id = b.indicator_id AND r.period = b.period AND r.basis = b.basis
        AND r.history_id = b.history_id AND r.history_position < b.history_length) h
    WHERE b.history_length > 0
  )
  INSERT INTO observations (zone_id, indicator_id, period, basis, value, yoy_pct, source, note, updated_at,
    version, based_on, changed_by, changed_at, history_id, history_length, history_digest, appends_to)
  SELECT b.zone_id, b.indicator_id, b.period, b.basis, b.value, b.yoy_pct, b.source, b.note, b.updated_at,
    p_top_version + 1, b.based_on, b.changed_by, b.changed_at, b.new_history_id, b.history_length, b.history_digest, NULL
  FROM b;
  GET DIAGNOSTICS restored = ROW_COUNT;
  RETURN restored;
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.restore_observations(text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${SCHEMA}.restore_observations(text, bigint) TO ${admin};

-- The figures among these keys whose history is new and still empty (a write just gave it a new id
-- and its length), with the entries the client gives for it.
CREATE FUNCTION ${SCHEMA}.pending_histories(p_zone_ids text[], p_indicator_ids text[], p_periods text[], p_bases text[], p_histories json[])
RETURNS TABLE (zone_id text, indicator_id text, period text, basis text, history_id bigint, history_length integer, history json, may_write boolean)
LANGUAGE sql STABLE SET search_path = ${SCHEMA}, pg_temp AS $fn$
  SELECT o.zone_id, o.indicator_id, o.period, o.basis, o.history_id, o.history_length, k.history,
    pg_has_role(session_user, '${admin}', 'MEMBER')
      OR (EXISTS (SELECT 1 FROM zone_grants g WHERE g.grantee = session_user AND g.zone_id = o.zone_id)
        AND NOT EXISTS (SELECT 1 FROM verified_months v WHERE v.zone_id = o.zone_id AND v.period = o.period))
  FROM unnest(p_zone_ids, p_indicator_ids, p_periods, p_bases, p_histories) AS k(zone_id, indicator_id, period, basis, history)
  JOIN observations o ON o.zone_id = k.zone_id AND o.indicator_id = k.indicator_id AND o.period = k.period AND o.basis = k.basis
  WHERE o.history_length > 0 AND NOT EXISTS (SELECT 1 FROM revisions r
    WHERE r.zone_id = o.zone_id AND r.indicator_id = o.indicator_id AND r.period = o.period AND r.basis = o.basis AND r.history_id = o.history_id)
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.pending_histories(text[], text[], text[], text[], json[]) FROM PUBLIC;

-- The entries of histories a client supplies whole, for figures it has just written with a new
-- history: only those (a history already written is left alone), only where the caller may write
-- the figure, and only with as many entries as the figure says it has.
CREATE FUNCTION ${SCHEMA}.write_histories(p_zone_ids text[], p_indicator_ids text[], p_periods text[], p_bases text[], p_histories json[])
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
DECLARE
  refused integer;
  miscounted integer;
  written integer;
BEGIN
  SELECT count(*) FILTER (WHERE NOT p.may_write), count(*) FILTER (WHERE json_array_length(p.history) <> p.history_length)
    INTO refused, miscounted FROM pending_histories(p_zone_ids, p_indicator_ids, p_periods, p_bases, p_histories) p;
  IF refused > 0 THEN
    RAISE EXCEPTION 'only who may write a figure may write its history' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF miscounted > 0 THEN
    RAISE EXCEPTION '% histories do not have the length their figures were written with', miscounted USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO revisions (zone_id, indicator_id, period, basis, value, yoy_pct, source, note, deleted,
    history_id, history_position, history_replaced_at)
  SELECT p.zone_id, p.indicator_id, p.period, p.basis, (e.entry->>'value')::double precision, (e.entry->>'yoyPct')::double precision,
    e.entry->>'source', e.entry->>'note', false, p.history_id, (e.ordinal - 1)::integer, e.entry->>'replacedAt'
  FROM pending_histories(p_zone_ids, p_indicator_ids, p_periods, p_bases, p_histories) p
  CROSS JOIN LATERAL json_array_elements(p.history) WITH ORDINALITY AS e(entry, ordinal);
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.write_histories(text[], text[], text[], text[], json[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${SCHEMA}.write_histories(text[], text[], text[], text[], json[]) TO ${clerk}, ${admin};
`;
