import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_FIGURES } from '../../fixtures/import/seed-rows';
import { FIXTURES } from '../import/import-app';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store-pg/migrations';
import { openPgApp } from '../postgres/pg-app';
import { postgresMissing } from '../postgres/server';
import { postgresForSuite } from '../postgres/suite';
import { zoneStats } from './zone-stats-bin';

const missing = postgresMissing();

describe.skipIf(missing)('zone-stats on a shared PostgreSQL database (the built bin)', { timeout: 60_000 }, () => {
  const postgres = postgresForSuite();
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'zone-stats-db-cli-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('db init creates the schema and roles as the owner (twice is harmless), db grant makes a user an admin, and import, highlights, export and restore work on the database', async () => {
    const { ownerUrl } = await postgres.server().createDatabase('zs_cli');
    const first = zoneStats(['db', 'init', '--database', ownerUrl]);
    expect({ code: first.code, err: first.err }).toEqual({ code: 0, err: '' });
    const ownerShown = ownerUrl.replace(':test-only-password@', '@');
    expect(first.out).toContain(
      `Schema zone_stats in ${ownerShown}: applied migration(s) ${MIGRATIONS.map((m) => m.version).join(', ')}, now at version ${SCHEMA_VERSION}`,
    );
    expect(first.out).toContain(
      'Roles in place (cluster-wide): zone_stats_reader, zone_stats_clerk, zone_stats_reviewer, zone_stats_admin',
    );
    expect(first.out).not.toContain('test-only-password');
    const again = zoneStats(['db', 'init'], { env: { ZONE_STATS_DATABASE: ownerUrl } });
    expect(again.code).toBe(0);
    expect(again.out).toContain(`was already at version ${SCHEMA_VERSION}: nothing to apply`);

    await postgres.server().createLogin('zs_cli_ada');
    const granted = zoneStats(['db', 'grant', 'zs_cli_ada', 'admin', '--database', ownerUrl]);
    expect({ code: granted.code, out: granted.out }).toEqual({
      code: 0,
      out: 'zs_cli_ada is now a member of zone_stats_admin\n',
    });
    const adaUrl = postgres.server().url('zs_cli_ada', 'zs_cli');

    // Ada imports the seed workbook into the database, named by the environment this time.
    const imported = zoneStats(['import', join(FIXTURES, 'canonical.xlsx')], {
      env: { ZONE_STATS_DATABASE: adaUrl },
      cwd: scratch,
    });
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);

    const ada = await openPgApp(adaUrl);
    try {
      const stored = await ada.handlers.getObservations({});
      if (!stored.ok) throw new Error(stored.error.message);
      const figures = Object.fromEntries(
        stored.value.map((o) => [`${o.zoneId}|${o.indicatorId}|${o.period}|${o.basis}`, [o.value, o.yoyPct]]),
      );
      expect(figures).toEqual(SEED_FIGURES);
    } finally {
      await ada.dispose();
    }

    // bt's ytd May 2025: published 14.8 %, read back from the database.
    const brief = zoneStats([
      'highlights',
      '--zone',
      'bt',
      '--period',
      '2025-05',
      '--lang',
      'en',
      '--database',
      adaUrl,
    ]);
    expect(brief.code).toBe(0);
    expect(brief.out).toContain('14.8');

    const exported = zoneStats(['export', 'out.xlsx', '--period', '2025-05', '--database', adaUrl], { cwd: scratch });
    expect({ code: exported.code, err: exported.err }).toEqual({ code: 0, err: '' });

    // The import took a backup first: restore lists it, from the database.
    const listed = zoneStats(['restore', '--database', adaUrl]);
    expect(listed.code).toBe(0);
    expect(listed.out).toMatch(/^\d{8}T\d{9}Z\S*\s+\S+/m);
  });

  it('refuses (exit 2, password never printed) a wrong password, a database without the schema, and --data with --database', async () => {
    const { ownerUrl } = await postgres.server().createDatabase('zs_cli_empty');
    const wrongPassword = ownerUrl.replace('test-only-password', 'not-the-password');
    const refused = zoneStats(['restore', '--database', wrongPassword]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(
      /^zone-stats: the database postgres:\/\/zs_cli_empty_owner@127\.0\.0\.1:\d+\/zs_cli_empty refused the user name or password/,
    );
    expect(refused.err).not.toContain('not-the-password');

    const uninitialised = zoneStats(['restore', '--database', ownerUrl]);
    expect(uninitialised.code).toBe(2);
    expect(uninitialised.err).toContain('has no Zone Stats schema yet. Run `zone-stats db init --database URL` once');

    const both = zoneStats(['restore', '--database', ownerUrl, '--data', scratch]);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--data and --database name two different stores: give one');

    const nobody = zoneStats(['db', 'grant', 'nobody_here', 'clerk', '--database', ownerUrl]);
    expect(nobody.code).toBe(2);
    expect(nobody.err).toContain('zone-stats: the database refused: role "nobody_here" does not exist');

    const noUrl = zoneStats(['db', 'init']);
    expect(noUrl.code).toBe(2);
    expect(noUrl.err).toContain('name the database with --database URL or ZONE_STATS_DATABASE');
  });
});
