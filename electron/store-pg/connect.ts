import pg from 'pg';

// float8 comes back as text in its shortest exact form (extra_float_digits ≥ 1, the default since PostgreSQL 12): Number() reads it exactly.
const APPLICATION_NAME = 'zone-stats';

/** One connection; the caller ends it. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: APPLICATION_NAME });
  await client.connect();
  return client;
}

/** Runs `task` on a fresh connection, ended afterwards whatever happens. */
export async function withConnection<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(url);
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}
