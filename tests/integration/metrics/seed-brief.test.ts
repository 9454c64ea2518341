import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppHandlers, MetricsResult } from '../../../shared/api';
import { createHandlers, type Clock } from '../../../shared/app';
import type { MetricRow } from '../../../shared/metrics';
import { openDatasetStore, openPreferencesStore, type OpenedDatasetStore } from '../../../electron/store';
import { enterSeed } from './seed-data';

const clock: Clock = { now: () => new Date('2025-06-25T08:00:00.000Z') };

let directory: string;
let store: OpenedDatasetStore;
let handlers: AppHandlers;
let may: MetricsResult;

function row(indicatorId: string, zoneId = 'baotou-hitech'): MetricRow {
  const found = may.rows.find((candidate) => candidate.indicatorId === indicatorId && candidate.zoneId === zoneId);
  if (!found) throw new Error(`no row for ${zoneId} ${indicatorId}`);
  return found;
}

function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'zone-stats-seed-'));
  store = await openDatasetStore({ directory });
  handlers = createHandlers({ store, preferences: openPreferencesStore({ directory }), clock });
  await enterSeed(handlers);
  may = unwrap(await handlers.getMetrics({ from: '2025-05', to: '2025-05', basis: 'ytd' }));
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

describe('the seed brief, entered through the handlers into a real store (docs/metrics.md §3)', () => {
  it('industrial added value: 14.8 %, 2.5 pp above Baotou City, 54th month of double-digit growth', () => {
    const total = row('iav');
    expect(total).toMatchObject({
      yoyPct: 14.8,
      yoySource: 'reported',
      benchmarkZoneId: 'baotou-city',
      benchmarkYoyPct: 12.3,
      streakMonths: 54,
      rank: 1,
    });
    expect(total.gapPp).toBeCloseTo(2.5, 10);
    expect(total.yoyChangePp).toBeCloseTo(0.3, 10);
    expect(total.priorValue).toBeCloseTo(1_000_000, 6);
    // The city is the zone's benchmark, not its peer: it has no rank (issue 16).
    expect(row('iav', 'baotou-city').rank).toBeNull();
  });

  it('rare earth industry: 16.9 %, 5.4 pp, 36.5 % of the growth, prior share 31.95 %, share 32.5 %', () => {
    const rareEarth = row('rare-earth-va');
    expect(rareEarth.yoyPct).toBe(16.9);
    expect(rareEarth.contributionPp).toBeCloseTo(5.4, 3);
    expect(rareEarth.contributionRatePct).toBeCloseTo(36.5, 1);
    expect((rareEarth.contributionPp! / rareEarth.yoyPct!) * 100).toBeCloseTo(31.95, 2);
    expect(rareEarth.shareOfParentPct).toBeCloseTo(32.54, 2);
  });

  it('new energy: 38 %, 7.1 pp, 48.0 % of the growth, prior share 18.7 %', () => {
    const newEnergy = row('new-energy-va');
    expect(newEnergy.yoyPct).toBe(38);
    expect(newEnergy.contributionPp).toBeCloseTo(7.1, 3);
    expect(newEnergy.contributionRatePct).toBeCloseTo(48.0, 1);
    expect((newEnergy.contributionPp! / newEnergy.yoyPct!) * 100).toBeCloseTo(18.7, 1);
  });

  it.each([
    ['magnet-output', 15_300, 23.8, 12_359],
    ['compound-output', 23_100, 14.6, 20_157],
    ['metal-output', 2_100, 16, 1_810],
  ])('%s: %s t, +%s %%, implied prior %s t', (indicatorId, value, growth, prior) => {
    const output = row(indicatorId);
    expect(output).toMatchObject({ value, yoyPct: growth, unit: 't' });
    expect(Math.round(output.priorValue!)).toBe(prior);
  });

  it('raises no warning: the components fit inside the total', () => {
    expect(may.warnings).toEqual([]);
    expect(may.threshold).toBe(10);
  });

  it('compares 1–2月 with the previous year’s 1–12月 and counts January in the streak', async () => {
    const february = unwrap(
      await handlers.getMetrics({ zoneIds: ['baotou-hitech'], indicatorIds: ['iav'], from: '2025-02', to: '2025-02' }),
    );
    expect(february.rows).toHaveLength(1);
    expect(february.rows[0]!.yoyChangePp).toBeCloseTo(13.8 - 14.1, 10);
    expect(february.rows[0]!.streakMonths).toBe(51);
  });

  it('a higher threshold shortens the streak', async () => {
    const strict = unwrap(
      await handlers.getMetrics({
        zoneIds: ['baotou-hitech'],
        indicatorIds: ['iav'],
        from: '2025-05',
        to: '2025-05',
        threshold: 13,
      }),
    );
    // July 2024 (13.2) to May 2025; June 2024 (12.9) breaks it.
    expect(strict.rows[0]!.streakMonths).toBe(11);
  });

  it('writes the bulletin in English', async () => {
    const bulletin = unwrap(
      await handlers.getBulletin({ zoneId: 'baotou-hitech', period: '2025-05', basis: 'ytd', language: 'en' }),
    );
    expect(bulletin).toMatchObject({ basis: 'ytd', headlineIndicatorId: 'iav', language: 'en' });
    expect(bulletin.lines).toEqual([
      'Industrial added value above designated size rose 14.8% year on year in January–May 2025, 2.5 percentage points above Baotou City, its 54th consecutive month of double-digit growth, accelerating from January–April 2025 by 0.3 percentage points.',
      'Rare earth industry value added rose 16.9%, adding 5.4 percentage points to overall growth and accounting for 36.5% of it.',
      'New energy industry value added rose 38.0%, adding 7.1 percentage points to overall growth and accounting for 48.0% of it.',
      'Rare earth magnetic materials output came to 15,300 t, up 23.8% year on year.',
      'Rare earth compounds output came to 23,100 t, up 14.6% year on year.',
      'Single rare earth metals output came to 2,100 t, up 16.0% year on year.',
    ]);
  });

  it('writes the bulletin in Chinese', async () => {
    const bulletin = unwrap(
      await handlers.getBulletin({ zoneId: 'baotou-hitech', period: '2025-05', basis: 'ytd', language: 'zh' }),
    );
    expect(bulletin.lines).toEqual([
      '2025年1-5月，包头稀土高新区规模以上工业增加值同比增长14.8%，高于包头市2.5个百分点，连续54个月保持两位数增长，增速比1-4月加快0.3个百分点。',
      '其中，稀土产业增加值增长16.9%，拉动规模以上工业增加值增长5.4个百分点，贡献率为36.5%。',
      '新能源产业增加值增长38.0%，拉动规模以上工业增加值增长7.1个百分点，贡献率为48.0%。',
      '稀土磁性材料产量为1.53万吨，同比增长23.8%。',
      '稀土化合物产量为2.31万吨，同比增长14.6%。',
      '单一稀土金属产量为2100吨，同比增长16.0%。',
    ]);
  });

  it('refuses an unknown zone and an unknown pinned headline', async () => {
    const zone = await handlers.getBulletin({ zoneId: 'nowhere', period: '2025-05', basis: 'ytd', language: 'en' });
    expect(zone.ok || zone.error.code).toBe('not_found');
    const pinned = await handlers.getBulletin({
      zoneId: 'baotou-hitech',
      period: '2025-05',
      basis: 'ytd',
      language: 'en',
      headlineIndicatorId: 'gdp',
    });
    expect(pinned.ok || pinned.error.code).toBe('not_found');
  });
});
