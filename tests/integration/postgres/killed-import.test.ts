import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPgDatasetStore } from '../../../electron/store-pg';
import { makeCatalog, makeObservations } from '../store/dataset-fixture';
import { createDatasetDatabase, loginOf } from './dataset-database';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();
const script = fileURLToPath(new URL('./child/big-commit.ts', import.meta.url));

describe.skipIf(missing)('PostgreSQL: a process killed in the middle of an import', () => {
  const postgres = postgresForSuite();

  it('leaves the database as it was before the import', { timeout: 120_000 }, async () => {
    const database = await createDatasetDatabase(postgres.server());
    const url = await database.user('ada', 'admin');
    const seed = await openPgDatasetStore({ url });
    // 2 zones × 60 indicators × 10 years × 12 months × 2 bases = 28,800 figures of value 1.
    await seed.commit({
      catalog: makeCatalog(4, 60),
      upsert: makeObservations({ zones: 2, indicators: 60, years: 10, value: 1 }),
    });

    // The child rewrites those and adds 2 more zones (57,600 figures of value 2) in one commit.
    const child = spawn(process.execPath, ['--import', 'tsx', script, url, '4', '2'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(child, 'exit');
    let output = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const watcher = await database.connectAs(database.ownerUrl);
    try {
      // Killed once its big commit has begun and its transaction has written rows (it holds a transaction id), before it commits.
      let pid: number | null = null;
      const writer = async () => {
        if (!output.includes('committing')) return null;
        const { rows } = await watcher.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE usename = $1 AND backend_xid IS NOT NULL`,
          [loginOf(url)],
        );
        pid = rows[0]?.pid ?? null;
        return pid;
      };
      await expect.poll(writer, { timeout: 60_000, interval: 5 }).not.toBeNull();
      child.kill('SIGKILL');
      const [code, signal] = await exited;
      expect([code, signal]).toEqual([null, 'SIGKILL']);
      expect(output).not.toContain('committed');
      // The server notices the closed connection and rolls its transaction back.
      const alive = async () => (await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).rowCount;
      await expect.poll(alive, { timeout: 10_000 }).toBe(0);
    } finally {
      await watcher.end();
    }

    const observations = await seed.readObservations({});
    expect(observations).toHaveLength(28_800);
    expect(new Set(observations.map((o) => o.value))).toEqual(new Set([1]));
    expect(new Set(observations.map((o) => o.zoneId))).toEqual(new Set(['zone-01', 'zone-02']));
    expect(Object.values(await seed.readVersions(observations.slice(0, 3)))).toEqual([1, 1, 1]);
    await seed.close();
  });
});
