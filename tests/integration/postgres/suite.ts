import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type PostgresServer } from './server';

type Closable = { dispose(): Promise<void> } | { close(): Promise<void> };

/**
 * For a describe block: one PostgreSQL server for its tests, started before them and stopped after
 * them, with every app or store handed to `closeAfter` closed first.
 */
export function postgresForSuite() {
  let server: PostgresServer | undefined;
  const opened: Closable[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(opened.map((each) => ('dispose' in each ? each.dispose() : each.close())));
    server?.stop();
  });
  return {
    server(): PostgresServer {
      if (!server) throw new Error('the PostgreSQL server starts before the tests');
      return server;
    },
    closeAfter<T extends Closable>(each: T): T {
      opened.push(each);
      return each;
    },
  };
}
