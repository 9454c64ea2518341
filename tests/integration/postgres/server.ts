import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL from Debian's packages (`apt-get install postgresql`), started for a test file
 * on a temporary data directory and a free port on 127.0.0.1, as a non-root user (PostgreSQL
 * refuses to run as root), and removed afterwards.
 */

const SUPERUSER = 'zs_super';
const PASSWORD = 'test-only-password';

/** The newest installed server's bin folder, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(root, versions[0]!, 'bin') : null;
}

/** Why the PostgreSQL suites cannot run here, or null; in CI a missing server is a failure, not a skip. */
export function postgresMissing(): string | null {
  if (postgresBin()) return null;
  const message =
    'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): the PostgreSQL store tests are skipped. Install it with `apt-get install postgresql`.';
  if (process.env.CI) throw new Error(`${message} In CI this is a failure: .ci/run installs it.`);
  console.warn(message);
  return message;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Root runs the server as `postgres` (or `nobody`); anyone else runs it as themselves. */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ['postgres', 'nobody']) {
    const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (found.status === 0) {
      const uid = Number(found.stdout.trim());
      const gid = Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim());
      return { name, uid, gid };
    }
  }
  throw new Error('tests run as root but there is no postgres or nobody user to run PostgreSQL as');
}

export interface PostgresServer {
  port: number;
  /** A URL for `user` (password `password`) on `database`. */
  url(user: string, database: string, password?: string): string;
  /** A superuser connection to `database` (for setting up users and databases only). */
  superuser(database?: string): Promise<pg.Client>;
  /** A database owned by a fresh non-superuser role that may create roles: what `db init` runs as. */
  createDatabase(name: string): Promise<{ ownerUrl: string }>;
  /** A login role (password PASSWORD). */
  createLogin(name: string): Promise<string>;
  stop(): void;
}

export interface StartOptions {
  /** Off by default in tests (a crash of the machine is not what they test); the bench keeps it on. */
  fsync?: boolean;
}

export async function startPostgres({ fsync = false }: StartOptions = {}): Promise<PostgresServer> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed');
  const user = serverUser();
  const directory = mkdtempSync(join(tmpdir(), 'zone-stats-pg-'));
  const data = join(directory, 'data');
  const passwordFile = join(directory, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`);
  if (user) {
    chownSync(directory, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  chmodSync(directory, 0o700);
  const run = (command: string, args: string[]) => {
    const [file, argv] = user
      ? ['runuser', ['-u', user.name, '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: directory });
  };
  const port = await freePort();
  run('initdb', [
    '-D',
    data,
    '-U',
    SUPERUSER,
    '--pwfile',
    passwordFile,
    '--auth-host=scram-sha-256',
    '--auth-local=scram-sha-256',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${directory} -c fsync=${fsync ? 'on' : 'off'} -c max_connections=50`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(directory, 'server.log'), '-w', '-t', '60', 'start']);

  const url = (name: string, database: string, password = PASSWORD) =>
    `postgres://${name}:${password}@127.0.0.1:${port}/${database}`;
  const superuser = async (database = 'postgres') => {
    const client = new pg.Client({ connectionString: url(SUPERUSER, database) });
    await client.connect();
    return client;
  };
  const asSuperuser = async (sql: string) => {
    const client = await superuser();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let stopped = false;
  return {
    port,
    url,
    superuser,
    async createLogin(name) {
      await asSuperuser(`CREATE ROLE ${pg.escapeIdentifier(name)} LOGIN PASSWORD '${PASSWORD}'`);
      return url(name, 'postgres');
    },
    async createDatabase(name) {
      const owner = `${name}_owner`;
      await asSuperuser(`CREATE ROLE ${pg.escapeIdentifier(owner)} LOGIN CREATEROLE PASSWORD '${PASSWORD}'`);
      await asSuperuser(`CREATE DATABASE ${pg.escapeIdentifier(name)} OWNER ${pg.escapeIdentifier(owner)}`);
      return { ownerUrl: url(owner, name) };
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}
