/**
 * PostgreSQL roles are cluster-wide: the four group roles (NOLOGIN) every Zone Stats database of a
 * cluster shares. People log in as their own roles, members of one group each.
 */
export const ROLES = {
  reader: 'zone_stats_reader',
  clerk: 'zone_stats_clerk',
  reviewer: 'zone_stats_reviewer',
  admin: 'zone_stats_admin',
} as const;

export type ZoneStatsRole = keyof typeof ROLES;

/** Idempotent: a second `db init` (or a second database on the same cluster) finds them there. */
export const CREATE_ROLES_SQL = `
DO $roles$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['${ROLES.reader}', '${ROLES.clerk}', '${ROLES.reviewer}', '${ROLES.admin}'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN', name);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another init created it meanwhile
      END;
    END IF;
  END LOOP;
END
$roles$;
GRANT ${ROLES.reader} TO ${ROLES.clerk}, ${ROLES.reviewer}, ${ROLES.admin};
`;
