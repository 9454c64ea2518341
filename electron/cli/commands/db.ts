import { CliRefusal, EXIT_OK, refuseArgs, type CliCommand, type CliIo } from '../command';

const SUBCOMMANDS = ['init', 'grant', 'grant-zones'] as const;
const ROLE_NAMES = ['reader', 'clerk', 'reviewer', 'admin'] as const;
type RoleName = (typeof ROLE_NAMES)[number];

/** The PostgreSQL store, loaded only when a `db` command runs (`--help` never loads the driver). */
const storePg = () => import('../../store-pg');

async function refusingConnectionFailures<T>(url: string, task: () => Promise<T>): Promise<T> {
  const { connectionFailure, describeLocation } = await storePg();
  try {
    return await task();
  } catch (cause) {
    const refusal = connectionFailure(cause, describeLocation(url));
    if (refusal) throw new CliRefusal(refusal);
    // No such login, or this login may not grant: the database said no, nothing was changed.
    const code = (cause as { code?: unknown }).code;
    if (code === '42704' || code === '42501' || code === '0LP01')
      throw new CliRefusal(`the database refused: ${cause instanceof Error ? cause.message : String(cause)}`);
    throw cause;
  }
}

async function init(url: string, io: CliIo): Promise<void> {
  const { initDatabase, describeLocation, ROLES, SCHEMA } = await storePg();
  const outcome = await refusingConnectionFailures(url, () => initDatabase(url));
  const location = describeLocation(url);
  io.out(
    outcome.applied.length > 0
      ? `Schema ${SCHEMA} in ${location}: applied migration(s) ${outcome.applied.join(', ')}, now at version ${outcome.schemaVersion}`
      : `Schema ${SCHEMA} in ${location} was already at version ${outcome.schemaVersion}: nothing to apply`,
  );
  io.out(`Roles in place (cluster-wide): ${Object.values(ROLES).join(', ')}`);
  io.out(
    'Next: give each person a login role of their own, then `zone-stats db grant LOGIN reader|clerk|reviewer|admin --database URL`',
  );
}

async function grant(url: string, login: string, role: RoleName, io: CliIo): Promise<void> {
  const { grantRole, withConnection, ROLES } = await storePg();
  await refusingConnectionFailures(url, () => withConnection(url, (client) => grantRole(client, login, role)));
  io.out(`${login} is now a member of ${ROLES[role]}`);
}

async function grantZones(url: string, login: string, zoneIds: string[], io: CliIo): Promise<void> {
  const { grantZones: grantTheZones, withConnection } = await storePg();
  await refusingConnectionFailures(url, () => withConnection(url, (client) => grantTheZones(client, login, zoneIds)));
  io.out(`${login} may write ${zoneIds.length} zone(s): ${zoneIds.join(', ')}`);
}

/**
 * `zone-stats db …`: setting up a shared PostgreSQL database. `init` runs as the database's owner (a
 * role with CREATEROLE, never a superuser); `grant` as that owner too; `grant-zones` as an admin.
 */
export const command: CliCommand = {
  name: 'db',
  usage: 'zone-stats db init | grant LOGIN reader|clerk|reviewer|admin | grant-zones LOGIN ZONE_ID... --database URL',
  options: {},
  async run({ args, io, databaseUrl }) {
    const [sub, ...rest] = args.positional;
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) {
      return refuseArgs(io, command, [
        sub === undefined
          ? `say what to do: ${SUBCOMMANDS.join(', ')}`
          : `unknown db command "${sub}" (one of ${SUBCOMMANDS.join(', ')})`,
      ]);
    }
    if (databaseUrl === undefined)
      return refuseArgs(io, command, ['name the database with --database URL or ZONE_STATS_DATABASE']);
    if (sub === 'init') {
      if (rest.length > 0)
        return refuseArgs(io, command, [`db init takes no arguments; also given: ${rest.join(' ')}`]);
      await init(databaseUrl, io);
    } else if (sub === 'grant') {
      const [login, role, ...extra] = rest;
      if (login === undefined || !ROLE_NAMES.includes(role as RoleName) || extra.length > 0) {
        return refuseArgs(io, command, [`db grant takes a login and one of ${ROLE_NAMES.join(', ')}`]);
      }
      await grant(databaseUrl, login, role as RoleName, io);
    } else {
      const [login, ...zoneIds] = rest;
      if (login === undefined || zoneIds.length === 0)
        return refuseArgs(io, command, ['db grant-zones takes a login and at least one zone id']);
      await grantZones(databaseUrl, login, zoneIds, io);
    }
    return EXIT_OK;
  },
};
