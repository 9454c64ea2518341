import pg from 'pg';
import { grantRole, initDatabase, type ZoneStatsRole } from '../../../electron/store-pg';
import type { PostgresServer } from './server';

let databases = 0;

export interface DatasetDatabase {
  /** The owner's URL: what `db init` ran as (not a superuser). */
  ownerUrl: string;
  /** A new login role in `role`'s group, returning its URL on this database. */
  user(name: string, role: ZoneStatsRole): Promise<string>;
  /** A connection of `url`'s own (hand-written SQL as that user), ended after the test by the caller. */
  connectAs(url: string): Promise<pg.Client>;
}

/** A fresh database, initialised by its non-superuser owner exactly as `zone-stats db init` will. */
export async function createDatasetDatabase(server: PostgresServer, prefix = 'zs'): Promise<DatasetDatabase> {
  const name = `${prefix}_${process.pid}_${++databases}`;
  const { ownerUrl } = await server.createDatabase(name);
  await initDatabase(ownerUrl);
  return {
    ownerUrl,
    async user(login, role) {
      const qualified = `${name}_${login}`;
      await server.createLogin(qualified);
      const owner = new pg.Client({ connectionString: ownerUrl });
      await owner.connect();
      try {
        await grantRole(owner, qualified, role);
      } finally {
        await owner.end();
      }
      return server.url(qualified, name);
    },
    async connectAs(url) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    },
  };
}

/** The login name in a URL made by `user`. */
export const loginOf = (url: string): string => decodeURIComponent(new URL(url).username);
