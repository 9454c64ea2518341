import { ROLES } from './roles';

/** The schema every table lives in, owned by the role that ran `db init`. */
export const SCHEMA = 'zone_stats';

const { reader, clerk, reviewer, admin } = ROLES;

const OBSERVATION_COLUMNS = `
  zone_id text COLLATE "C" NOT NULL,
  indicator_id text COLLATE "C" NOT NULL,
  period text COLLATE "C" NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  basis text COLLATE "C" NOT NULL CHECK (basis IN ('month', 'ytd')),
  value double precision,
  yoy_pct double precision,
  source text NOT NULL DEFAULT '',
  note text NOT NULL DEFAULT '',
  updated_at text NOT NULL,
  revision_count integer NOT NULL DEFAULT 0,
  version bigint NOT NULL DEFAULT 1,
  based_on bigint,
  changed_by text NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now()`;

const REVISION_COLUMNS = `
  zone_id text COLLATE "C" NOT NULL,
  indicator_id text COLLATE "C" NOT NULL,
  period text COLLATE "C" NOT NULL,
  basis text COLLATE "C" NOT NULL,
  ordinal integer NOT NULL,
  value double precision,
  yoy_pct double precision,
  source text NOT NULL,
  note text NOT NULL,
  replaced_at text NOT NULL`;

/** A clerk may write a zone-month when the zone is granted to them and the month is not verified. */
const clerkMayWrite = (table: string) => `
  EXISTS (SELECT 1 FROM ${SCHEMA}.zone_grants g WHERE g.grantee = current_user AND g.zone_id = ${table}.zone_id)
  AND NOT EXISTS (SELECT 1 FROM ${SCHEMA}.verified_months v WHERE v.zone_id = ${table}.zone_id AND v.period = ${table}.period)`;

function zoneMonthPolicies(table: string): string {
  const mayWrite = clerkMayWrite(table);
  return `
ALTER TABLE ${SCHEMA}.${table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY ${table}_read ON ${SCHEMA}.${table} FOR SELECT TO ${reader} USING (true);
CREATE POLICY ${table}_clerk_insert ON ${SCHEMA}.${table} FOR INSERT TO ${clerk} WITH CHECK (${mayWrite});
CREATE POLICY ${table}_clerk_update ON ${SCHEMA}.${table} FOR UPDATE TO ${clerk} USING (${mayWrite}) WITH CHECK (${mayWrite});
CREATE POLICY ${table}_clerk_delete ON ${SCHEMA}.${table} FOR DELETE TO ${clerk} USING (${mayWrite});
CREATE POLICY ${table}_admin ON ${SCHEMA}.${table} FOR ALL TO ${admin} USING (true) WITH CHECK (true);
GRANT SELECT ON ${SCHEMA}.${table} TO ${reader};
GRANT INSERT, UPDATE, DELETE ON ${SCHEMA}.${table} TO ${clerk}, ${admin};`;
}

function documentTable(table: string, comment: string): string {
  return `
CREATE TABLE ${SCHEMA}.${table} (
  name text COLLATE "C" PRIMARY KEY,
  value json NOT NULL,
  changed_by text NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE ${SCHEMA}.${table} IS '${comment}';
GRANT SELECT ON ${SCHEMA}.${table} TO ${reader};
GRANT INSERT, UPDATE, DELETE ON ${SCHEMA}.${table} TO ${clerk}, ${reviewer}, ${admin};`;
}

const V1 = `
CREATE TABLE ${SCHEMA}.zones (
  id text COLLATE "C" PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  name_zh text NOT NULL,
  region text NOT NULL,
  benchmark_zone_id text
);
CREATE TABLE ${SCHEMA}.indicators (
  id text COLLATE "C" PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  name_zh text NOT NULL,
  unit text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('flow', 'stock', 'rate')),
  parent_id text,
  required boolean NOT NULL,
  plausible_yoy_min double precision,
  plausible_yoy_max double precision
);
CREATE TABLE ${SCHEMA}.aliases (
  kind text NOT NULL CHECK (kind IN ('zone', 'indicator')),
  alias text NOT NULL,
  target_id text NOT NULL,
  PRIMARY KEY (kind, alias)
);
GRANT SELECT ON ${SCHEMA}.zones, ${SCHEMA}.indicators, ${SCHEMA}.aliases TO ${reader};
GRANT INSERT, UPDATE, DELETE ON ${SCHEMA}.zones, ${SCHEMA}.indicators, ${SCHEMA}.aliases TO ${admin};

CREATE TABLE ${SCHEMA}.observations (${OBSERVATION_COLUMNS},
  PRIMARY KEY (zone_id, indicator_id, period, basis)
);
CREATE INDEX observations_by_period ON ${SCHEMA}.observations (period);

CREATE TABLE ${SCHEMA}.revisions (${REVISION_COLUMNS},
  PRIMARY KEY (zone_id, indicator_id, period, basis, ordinal)
);
COMMENT ON TABLE ${SCHEMA}.revisions IS 'Earlier versions of an observation (its history), removed with it by the store: no foreign key, whose per-row check would double the cost of an import.';

CREATE TABLE ${SCHEMA}.zone_grants (
  grantee text COLLATE "C" NOT NULL,
  zone_id text COLLATE "C" NOT NULL,
  PRIMARY KEY (grantee, zone_id)
);
ALTER TABLE ${SCHEMA}.zone_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY zone_grants_own ON ${SCHEMA}.zone_grants FOR SELECT TO ${reader} USING (grantee = current_user);
CREATE POLICY zone_grants_admin ON ${SCHEMA}.zone_grants FOR ALL TO ${admin} USING (true) WITH CHECK (true);
GRANT SELECT ON ${SCHEMA}.zone_grants TO ${reader};
GRANT INSERT, UPDATE, DELETE ON ${SCHEMA}.zone_grants TO ${admin};

CREATE TABLE ${SCHEMA}.verified_months (
  zone_id text COLLATE "C" NOT NULL,
  period text COLLATE "C" NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  verified_by text NOT NULL DEFAULT current_user,
  verified_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (zone_id, period)
);
GRANT SELECT ON ${SCHEMA}.verified_months TO ${reader};
GRANT INSERT, UPDATE, DELETE ON ${SCHEMA}.verified_months TO ${reviewer}, ${admin};
${zoneMonthPolicies('observations')}
${zoneMonthPolicies('revisions')}
${documentTable('documents', 'The named documents of the DatasetStore port (entry statuses, the import log, ...).')}
${documentTable('imports', 'One undo record per import, named by the import id.')}
${documentTable('profiles', 'The saved column mappings of imports, per source.')}

CREATE TABLE ${SCHEMA}.backups (
  id text COLLATE "C" PRIMARY KEY,
  created_at text NOT NULL,
  reason text NOT NULL,
  size_bytes bigint NOT NULL,
  schema_version integer NOT NULL,
  catalog json NOT NULL,
  documents json NOT NULL
);
CREATE TABLE ${SCHEMA}.backup_observations (backup_id text NOT NULL REFERENCES ${SCHEMA}.backups ON DELETE CASCADE, ${OBSERVATION_COLUMNS});
CREATE INDEX backup_observations_by_backup ON ${SCHEMA}.backup_observations (backup_id);
CREATE TABLE ${SCHEMA}.backup_revisions (backup_id text NOT NULL REFERENCES ${SCHEMA}.backups ON DELETE CASCADE, ${REVISION_COLUMNS});
CREATE INDEX backup_revisions_by_backup ON ${SCHEMA}.backup_revisions (backup_id);
GRANT SELECT ON ${SCHEMA}.backups TO ${reader};
GRANT SELECT ON ${SCHEMA}.backup_observations, ${SCHEMA}.backup_revisions TO ${admin};

-- Anyone who writes may take a backup (the app takes one before every import), but only through
-- this function: the backup tables themselves are not writable by them.
CREATE FUNCTION ${SCHEMA}.take_backup(p_id text, p_created_at text, p_reason text, p_schema_version integer, p_catalog json, p_documents json, p_keep integer, p_spare text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
DECLARE
  size bigint;
BEGIN
  IF NOT (pg_has_role(session_user, '${clerk}', 'MEMBER') OR pg_has_role(session_user, '${reviewer}', 'MEMBER') OR pg_has_role(session_user, '${admin}', 'MEMBER')) THEN
    RAISE EXCEPTION 'only a clerk, a reviewer or an admin may take a backup' USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT coalesce(sum(pg_column_size(o.*)), 0) INTO size FROM observations o;
  size := size + octet_length(p_catalog::text) + octet_length(p_documents::text);
  INSERT INTO backups VALUES (p_id, p_created_at, p_reason, size, p_schema_version, p_catalog, p_documents);
  INSERT INTO backup_observations SELECT p_id, o.* FROM observations o;
  INSERT INTO backup_revisions SELECT p_id, r.* FROM revisions r;
  DELETE FROM backups WHERE id NOT IN (SELECT b.id FROM backups b ORDER BY b.id DESC LIMIT p_keep) AND id IS DISTINCT FROM p_spare;
  RETURN size;
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.take_backup(text, text, text, integer, json, json, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${SCHEMA}.take_backup(text, text, text, integer, json, json, integer, text) TO ${clerk}, ${reviewer}, ${admin};
`;

/** Numbered migrations: each runs in its own transaction and is recorded in schema_migrations. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [{ version: 1, sql: V1 }];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
