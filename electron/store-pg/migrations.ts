import { KEEP_BACKUPS } from '../store/backups';
import { ROLES } from './roles';
import { V2_REVISION_AUTHORS } from './migration-2-revision-authors';
import { V3_OBSERVATION_FILLFACTOR } from './migration-3-observation-fillfactor';
import { V4_REVISION_HISTORY } from './migration-4-revision-history';

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
  history json NOT NULL DEFAULT '[]',
  version bigint NOT NULL DEFAULT 1,
  based_on bigint,
  changed_by text NOT NULL DEFAULT current_user,
  changed_at timestamptz NOT NULL DEFAULT now()`;

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

-- The earlier versions of each figure live with it, in its history column: an import rewrites
-- each changed row once instead of a row and its revisions. This view lists them one per row.
CREATE VIEW ${SCHEMA}.revisions WITH (security_invoker = true) AS
  SELECT o.zone_id, o.indicator_id, o.period, o.basis, h.ordinal::integer AS ordinal,
    (h.revision->>'value')::double precision AS value, (h.revision->>'yoyPct')::double precision AS yoy_pct,
    h.revision->>'source' AS source, h.revision->>'note' AS note, h.revision->>'replacedAt' AS replaced_at
  FROM ${SCHEMA}.observations o CROSS JOIN LATERAL json_array_elements(o.history) WITH ORDINALITY AS h(revision, ordinal);
GRANT SELECT ON ${SCHEMA}.revisions TO ${reader};

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
GRANT SELECT ON ${SCHEMA}.backups TO ${reader};
GRANT SELECT ON ${SCHEMA}.backup_observations TO ${admin};

-- Anyone who writes may take a backup (the app takes one before every import), but only through
-- this function, which copies what is in the tables (a caller cannot slip in a catalog or documents
-- of their own) and keeps the newest ${KEEP_BACKUPS} (a caller cannot prune more).
CREATE FUNCTION ${SCHEMA}.take_backup(p_id text, p_created_at text, p_reason text, p_spare text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${SCHEMA}, pg_temp AS $fn$
DECLARE
  catalog json;
  documents json;
  size bigint;
BEGIN
  IF NOT (pg_has_role(session_user, '${clerk}', 'MEMBER') OR pg_has_role(session_user, '${reviewer}', 'MEMBER') OR pg_has_role(session_user, '${admin}', 'MEMBER')) THEN
    RAISE EXCEPTION 'only a clerk, a reviewer or an admin may take a backup' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_id !~ '^[0-9]{8}T[0-9]{9}Z(-[0-9]{3})?$' THEN
    RAISE EXCEPTION 'a backup id is a time stamp such as 20261128T100000000Z' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  catalog := json_build_object(
    'zones', coalesce((SELECT json_agg(json_build_object('id', z.id, 'name', z.name, 'nameZh', z.name_zh, 'region', z.region, 'benchmarkZoneId', z.benchmark_zone_id)
      ORDER BY z.position) FROM zones z), '[]'),
    'indicators', coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'nameZh', i.name_zh, 'unit', i.unit, 'kind', i.kind, 'parentId', i.parent_id,
      'required', i.required, 'plausibleYoyMin', i.plausible_yoy_min, 'plausibleYoyMax', i.plausible_yoy_max) ORDER BY i.position) FROM indicators i), '[]'));
  -- The port's names: imports are 'import-undo-<id>' (as electron/store-pg/documents.ts routes them).
  SELECT coalesce(json_object_agg(d.name, d.value), '{}') INTO documents FROM (
    SELECT name, value FROM ${SCHEMA}.documents
    UNION ALL SELECT 'import-undo-' || name, value FROM ${SCHEMA}.imports
    UNION ALL SELECT name, value FROM ${SCHEMA}.profiles) d;
  SELECT coalesce(sum(pg_column_size(o.*)), 0) INTO size FROM observations o;
  size := size + octet_length(catalog::text) + octet_length(documents::text);
  INSERT INTO backups VALUES (p_id, p_created_at, p_reason, size, (SELECT max(version) FROM schema_migrations), catalog, documents);
  INSERT INTO backup_observations SELECT p_id, o.* FROM observations o;
  DELETE FROM backups WHERE id NOT IN (SELECT b.id FROM backups b ORDER BY b.id DESC LIMIT ${KEEP_BACKUPS}) AND id IS DISTINCT FROM p_spare;
  RETURN size;
END
$fn$;
REVOKE ALL ON FUNCTION ${SCHEMA}.take_backup(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ${SCHEMA}.take_backup(text, text, text, text) TO ${clerk}, ${reviewer}, ${admin};
`;

/** Numbered migrations: each runs in its own transaction and is recorded in schema_migrations. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  { version: 1, sql: V1 },
  { version: 2, sql: V2_REVISION_AUTHORS },
  { version: 3, sql: V3_OBSERVATION_FILLFACTOR },
  { version: 4, sql: V4_REVISION_HISTORY },
];

export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
