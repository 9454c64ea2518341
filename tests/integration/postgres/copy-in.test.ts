import { describe, expect, it } from 'vitest';
import { copyRows } from '../../../electron/store-pg/copy-in';
import { postgresMissing } from './server';
import { postgresForSuite } from './suite';

const missing = postgresMissing();

describe.skipIf(missing)('copyRows (COPY FROM STDIN, rows made while it runs)', { timeout: 30_000 }, () => {
  const postgres = postgresForSuite();

  it('copies many chunks of rows exactly, text that needs escaping and nulls included', async () => {
    const client = await postgres.server().superuser();
    try {
      await client.query('CREATE TEMP TABLE copied (n integer, label text, figure double precision)');
      const awkward = 'tab\there, line\nbreak, back\\slash, return\r, \\N, 增长';
      function* rows() {
        for (let n = 0; n < 50_000; n++) yield [n, n % 1000 === 0 ? awkward : `row ${n}`, n % 7 === 0 ? null : n / 4];
      }
      expect(await copyRows(client, 'copied', ['n', 'label', 'figure'], rows())).toBe(50_000);
      const { rows: summary } = await client.query(
        `SELECT count(*)::int AS n, count(figure)::int AS figures, sum(n)::bigint::text AS total,
          count(*) FILTER (WHERE label = $1)::int AS awkward FROM copied`,
        [awkward],
      );
      expect(summary).toEqual([
        { n: 50_000, figures: 50_000 - Math.ceil(50_000 / 7), total: String((49_999 * 50_000) / 2), awkward: 50 },
      ]);
    } finally {
      await client.end();
    }
  });

  it('a row that cannot be made ends the COPY with its error, nothing copied, and the connection goes on', async () => {
    const client = await postgres.server().superuser();
    try {
      await client.query('CREATE TEMP TABLE copied (n integer)');
      function* rows() {
        for (let n = 0; n < 100_000; n++) {
          if (n === 60_000) throw new Error('row 60000 has no figure');
          yield [n];
        }
      }
      await expect(copyRows(client, 'copied', ['n'], rows())).rejects.toThrow('row 60000 has no figure');
      const { rows: counted } = await client.query('SELECT count(*)::int AS n FROM copied');
      expect(counted).toEqual([{ n: 0 }]);
    } finally {
      await client.end();
    }
  });

  it("a value the server refuses rejects with the server's error, early in a long COPY or at its end", async () => {
    const client = await postgres.server().superuser();
    try {
      await client.query('CREATE TEMP TABLE copied (n integer)');
      await expect(copyRows(client, 'copied', ['n'], [[1], ['two']])).rejects.toThrow(
        /invalid input syntax for type integer/,
      );
      function* refusedFirst() {
        yield ['two'];
        for (let n = 0; n < 500_000; n++) yield [n];
      }
      await expect(copyRows(client, 'copied', ['n'], refusedFirst())).rejects.toThrow(
        /invalid input syntax for type integer/,
      );
      expect((await client.query('SELECT count(*)::int AS n FROM copied')).rows).toEqual([{ n: 0 }]);
      expect(await copyRows(client, 'copied', ['n'], [[1], [2]])).toBe(2);
    } finally {
      await client.end();
    }
  });
});
