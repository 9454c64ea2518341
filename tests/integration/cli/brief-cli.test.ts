import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHandlers } from '../../../electron/cli/open-handlers';
import { zoneStats } from './zone-stats-bin';

const SEED = join(import.meta.dirname, '../../fixtures/brief/seed-brief-en.md');

interface JsonClaim {
  kind: string;
  figure: number;
  against: string | null;
  check: string;
  computed: number | null;
}
interface JsonStatement {
  zoneId: string | null;
  indicatorId: string | null;
  period: string;
  basis: string;
  value: number | null;
  unit: string | null;
  yoyPct: number | null;
  derived: boolean;
  claims: JsonClaim[];
}

let data: string;
let scratch: string;

/** The seed's zone and city, and its indicators with the other names the brief writes them under as aliases. */
beforeAll(async () => {
  data = await mkdtemp(join(tmpdir(), 'zone-stats-brief-cli-'));
  scratch = await mkdtemp(join(tmpdir(), 'zone-stats-brief-files-'));
  const { handlers, close } = await openHandlers(data);
  const indicator = (id: string, name: string, unit: string, parentId: string | null, aliases: string[]) =>
    handlers.createIndicator({ indicator: { id, name, nameZh: '', unit, kind: 'flow', parentId, aliases } });
  await handlers.createZone({
    zone: { id: 'baotou', name: 'Baotou city', nameZh: '包头市', region: '', benchmarkZoneId: null },
  });
  await handlers.createZone({
    zone: {
      id: 'btrehtz',
      name: 'Baotou Rare Earth High-Tech Industrial Development Zone',
      nameZh: '稀土高新区',
      region: '',
      benchmarkZoneId: 'baotou',
    },
  });
  await indicator('iav', 'Industrial added value above designated size', '万元', null, ['industrial added value']);
  await indicator('re', 'Rare earth industries', '万元', 'iav', ['value added by rare earth industries']);
  await indicator('ne', 'New energy sector', '万元', 'iav', []);
  await indicator('mag', 'Rare earth magnetic materials production', 't', null, []);
  await indicator('comp', 'Rare earth compounds', 't', null, []);
  await indicator('metal', 'Single rare earth metals', 't', null, []);
  await close();
});
afterAll(async () => {
  await rm(data, { recursive: true, force: true });
  await rm(scratch, { recursive: true, force: true });
});

function json(args: string[]): { code: number | null; statements: JsonStatement[]; unread: unknown[]; err: string } {
  const run = zoneStats(['brief', SEED, '--published', '2025-06-25', '--json', '--data', data, ...args]);
  const parsed =
    run.out.trim() === ''
      ? { statements: [], unread: [] }
      : (JSON.parse(run.out) as { statements: JsonStatement[]; unread: unknown[] });
  return { code: run.code, ...parsed, err: run.err };
}

describe('zone-stats brief (the built bin)', () => {
  it('reads every figure of the seed brief without writing; then commits, and the gap agrees while the rest say what they lack', () => {
    const dry = json([]);
    expect(dry.code).toBe(0);
    expect(dry.unread).toEqual([]);
    // The brief's figures: 14.8, 16.9, 38 (twice each: highlights and body), the city's 14.8 − 2.5 = 12.3 derived, three outputs in tonnes.
    const figures = dry.statements.map((s) => [s.zoneId, s.indicatorId, s.value, s.yoyPct, s.derived]);
    expect(figures).toEqual([
      ['btrehtz', 'iav', null, 14.8, false],
      ['btrehtz', 're', null, 16.9, false],
      ['btrehtz', 'ne', null, 38, false],
      ['btrehtz', 'iav', null, 14.8, false],
      ['baotou', 'iav', null, 12.3, true],
      ['btrehtz', 're', null, 16.9, false],
      ['btrehtz', 'ne', null, 38, false],
      ['btrehtz', 'mag', 15_300, 23.8, false], // 1.53万吨 written as 15,300 tonnes
      ['btrehtz', 'comp', 23_100, 14.6, false],
      ['btrehtz', 'metal', 2_100, 16, false],
    ]);
    expect(dry.statements.every((s) => s.period === '2025-05' && s.basis === 'ytd')).toBe(true);
    // Read into an empty store, the gap already agrees against the proposed city growth: 14.8 − 12.3 = 2.5.
    expect(dry.statements[3]!.claims.map((c) => [c.kind, c.figure, c.check])).toEqual([
      ['gap_pp', 2.5, 'agrees'],
      ['streak_months', 54, 'cannot check'],
    ]);

    const committed = zoneStats(['brief', SEED, '--published', '2025-06-25', '--commit', '--data', data]);
    expect(committed.err).toBe('');
    expect(committed.code).toBe(0);
    expect(committed.out).toMatch(/added 7, changed 0/); // 10 statements, three of them repeats of the highlights

    const after = json([]);
    const claims = after.statements.flatMap((s) => s.claims.map((c) => [c.kind, c.figure, c.check, c.computed]));
    expect(claims).toEqual([
      ['gap_pp', 2.5, 'agrees', expect.closeTo(2.5, 9)],
      ['streak_months', 54, 'cannot check', 1], // one month of data: 1 known, the 53 before missing
      ['contribution_pp', 5.4, 'cannot check', null], // no sector levels
      ['contribution_pp', 7.1, 'cannot check', null],
    ]);
  }, 30_000); // three processes one after the other

  it('prints the statements and their checks as text by default, the store untouched', () => {
    const run = zoneStats(['brief', SEED, '--published', '2025-06-25', '--dry-run', '--data', data]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('✓ gap_pp 2.5 against Baotou city: agrees (computed 14.8 − 12.3 = 2.5)');
    expect(run.out).toContain('? contribution_pp 5.4');
    // Seven stored; the city's derived growth is not proposed again over a stored one.
    expect(run.out).toContain('against the store: added 0, changed 0, unchanged 6, conflicts 0');
  });

  it('refuses text with no figures in one line, and bad arguments with the usage (exit 2)', () => {
    const empty = join(scratch, 'no-figures.txt');
    writeFileSync(empty, '园区召开年度工作会议。会议总结了全年工作。');
    const none = zoneStats(['brief', empty, '--data', data]);
    expect(none.code).toBe(2);
    expect(none.err.trim().split('\n')).toEqual(['zone-stats brief: no figures read in no-figures.txt']);

    const both = zoneStats(['brief', SEED, '--dry-run', '--commit', '--data', data]);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--dry-run and --commit exclude each other');
    const date = zoneStats(['brief', SEED, '--published', '2025-13-01', '--data', data]);
    expect(date.code).toBe(2);
    expect(date.err).toContain('--published "2025-13-01": expected YYYY-MM-DD');
    const unknown = zoneStats(['brief', SEED, '--comit', '--data', data]);
    expect(unknown.code).toBe(2);
  });
});
