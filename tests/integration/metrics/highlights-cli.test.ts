import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../electron/cli/commands';
import { openHandlers } from '../../../electron/cli/open-handlers';
import { runCli } from '../../../electron/cli/run-cli';
import { createHandlers, type Clock } from '../../../shared/app';
import { openDatasetStore, openPreferencesStore } from '../../../electron/store';
import { enterSeed } from './seed-data';

const clock: Clock = { now: () => new Date('2025-06-25T08:00:00.000Z') };
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'zone-stats-highlights-'));
  const store = await openDatasetStore({ directory });
  await enterSeed(createHandlers({ store, preferences: openPreferencesStore({ directory }), clock }));
  await store.close();
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function highlights(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['highlights', ...argv], {
    io: { out: (line) => out.push(line), err: (line) => err.push(line) },
    env: {},
    version: '0.0.0-test',
    commands,
    cwd: process.cwd(),
    defaultDataDirectory: () => join(directory, 'not-this-one'),
    openHandlers,
  });
  return { code, out, err };
}

describe('zone-stats highlights over a real store', () => {
  it('prints the Chinese bulletin of the seed', async () => {
    const { code, out, err } = await highlights(
      '--zone',
      'baotou-hitech',
      '--period',
      '2025-05',
      '--lang',
      'zh',
      '--data',
      directory,
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe(
      '2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%，高于包头市2.5个百分点，连续54个月保持两位数增长，增速比1-4月加快0.3个百分点。',
    );
    expect(out).toHaveLength(6);
  });

  it('prints the English bulletin by default on the ytd basis', async () => {
    const { code, out } = await highlights('--zone', 'baotou-hitech', '--period', '2025-05', '--data', directory);
    expect(code).toBe(0);
    expect(out[0]).toMatch(
      /^Industrial added value above designated size rose 14\.8% year on year in January–May 2025, /,
    );
  });

  it('refuses missing or malformed options with what it expected, before opening the store', async () => {
    const { code, out, err } = await highlights('--period', '2025-5', '--basis', 'quarter', '--data', directory);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(
      expect.arrayContaining([
        'zone-stats highlights: --zone ID is required',
        'zone-stats highlights: --period "2025-5": expected YYYY-MM, such as 2025-05',
        'zone-stats highlights: --basis "quarter": expected ytd or month',
      ]),
    );
  });

  it('refuses an unknown zone and a period without figures', async () => {
    const unknown = await highlights('--zone', 'nowhere', '--period', '2025-05', '--data', directory);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toEqual(['zone-stats highlights: no zone with id "nowhere"']);
    const empty = await highlights('--zone', 'baotou-hitech', '--period', '2019-05', '--data', directory);
    expect(empty.code).toBe(2);
    expect(empty.err[0]).toMatch(/has no figures for 2019-05/);
  });
});
