import { ROLES } from './roles';

const SCHEMA = 'zone_stats';
const { reader, admin } = ROLES;

/**
 * Who made each version of a figure, in the server's words. The login of the connection
 * (`session_user`, which only a superuser can change) is the author: a trigger writes it and the
 * transaction's time over whatever a clerk's SQL says, and every replaced or deleted version is copied into `revisions` by a trigger running as the schema's
 * owner, which no clerk, reviewer or reader may write. The `history` column stays the client's
 * copy of the earlier figures (exact copies need it); `revisions` says who made them.
 */
export const V2_REVISION_AUTHORS = `
ALTER TABLE ${SCHEMA}.observations ALTER COLUMN changed_by SET DEFAULT session_user;

CREATE FUNCTION ${SCHEMA}.stamp_author() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW.changed_by := session_user;
  NEW.changed_at := now();
  RETURN NEW;
END
$fn$;
-- The app's own writes name their author already, so the condition (evaluated without calling the
-- function) keeps this off the path of a large import. An admin may keep the authors of a restored backup.
CREATE TRIGGER observations_author BEFORE INSERT OR UPDATE ON ${SCHEMA}.observations FOR EACH ROW
  WHEN ((NEW.changed_by IS DISTINCT FROM session_user OR NEW.changed_at IS DISTINCT FROM now())
    AND NOT pg_has_role(session_user, '${admin}', 'MEMBER'))
  EXECUTE FUNCTION ${SCHEMA}.stamp_author();

DROP VIEW ${SCHEMA}.revisions;
CREATE TABLE ${SCHEMA}.revisions (
  zone_id text COLLATE "C" NOT NULL,
  indicator_id text COLLATE "C" NOT NULL,
  period text COLLATE "C" NOT NULL,
  basis text COLLATE "C" NOT NULL,
  version bigint NOT NULL,
  value double precision,
  yoy_pct double precision,
  source text NOT NULL,
  note text NOT NULL,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL,
  replaced_by text NOT NULL,
  replaced_at timestamptz NOT NULL,
  deleted boolean NOT NULL
);
COMMENT ON TABLE ${SCHEMA}.revisions IS 'Every replaced or deleted version of an observation, with who made it and who replaced it; written only by the observations triggers. In order by replaced_at, version.';
CREATE INDEX revisions_by_key ON ${SCHEMA}.revisions (zone_id, indicator_id, period, basis);
ALTER TABLE ${SCHEMA}.revisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY revisions_read ON ${SCHEMA}.revisions FOR SELECT TO ${reader} USING (true);
GRANT SELECT ON ${SCHEMA}.revisions TO ${reader};

CREATE FUNCTION ${SCHEMA}.record_revisions() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
BEGIN
  -- Restoring a backup replaces the whole dataset, and keeps what it replaced in a backup of its own.
  IF TG_OP = 'DELETE' AND current_setting('zone_stats.restoring', true) = 'on'
     AND pg_has_role(session_user, '${admin}', 'MEMBER') THEN
    RETURN NULL;
  END IF;
  INSERT INTO revisions (zone_id, indicator_id, period, basis, version, value, yoy_pct, source, note,
    changed_by, changed_at, replaced_by, replaced_at, deleted)
  SELECT r.zone_id, r.indicator_id, r.period, r.basis, r.version, r.value, r.yoy_pct, r.source, r.note,
    r.changed_by, r.changed_at, session_user, now(), TG_OP = 'DELETE'
  FROM replaced r;
  RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.record_revisions() FROM PUBLIC;
CREATE TRIGGER observations_updated_revisions AFTER UPDATE ON ${SCHEMA}.observations
  REFERENCING OLD TABLE AS replaced FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}.record_revisions();
CREATE TRIGGER observations_deleted_revisions AFTER DELETE ON ${SCHEMA}.observations
  REFERENCING OLD TABLE AS replaced FOR EACH STATEMENT EXECUTE FUNCTION ${SCHEMA}.record_revisions();
`;
