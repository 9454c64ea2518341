import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodFromIndex, periodIndex, type Catalog, type Observation } from '../../shared/model';
import { readBack } from '../unit/workbook/write/read-back';
import { launchApp, type AppUnderTest } from './harness';

/**
 * A long export in Chromium over the real handlers: the determinate progress bar, Cancel leaving
 * no file, and a second export written by main straight to the file the save dialog chose.
 */
const ZONES = 20;
const INDICATORS = 40;
const MONTHS = 60;

/** 20 zones × 40 indicators × 60 months × 2 bases = 96,000 observations: seconds of writing. */
function dataset(): { catalog: Catalog; observations: Observation[] } {
  const catalog: Catalog = {
    zones: Array.from({ length: ZONES }, (_, z) => ({
      id: `zone-${z}`,
      name: `Zone ${z}`,
      nameZh: `园区${z}`,
      region: 'R',
      benchmarkZoneId: z === 0 ? null : 'zone-0',
    })),
    indicators: Array.from({ length: INDICATORS }, (_, i) => ({
      id: `ind-${i}`,
      name: `Indicator ${i}`,
      nameZh: `指标${i}`,
      unit: '10k CNY',
      kind: 'flow' as const,
      parentId: null,
      required: false,
      plausibleYoyMin: null,
      plausibleYoyMax: null,
    })),
  };
  const observations: Observation[] = [];
  const first = periodIndex('2020-01');
  for (const zone of catalog.zones)
    for (const indicator of catalog.indicators)
      for (let t = 0; t < MONTHS; t++)
        for (const basis of ['month', 'ytd'] as const)
          observations.push({
            zoneId: zone.id,
            indicatorId: indicator.id,
            period: periodFromIndex(first + t),
            basis,
            value: 1000 + t,
            yoyPct: null,
            source: '',
            note: '',
            updatedAt: '2025-01-01T00:00:00.000Z',
            history: [],
          });
  return { catalog, observations };
}

describe('a long export in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({
      screen: 'export',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1280, height: 900 },
    });
    const { catalog, observations } = dataset();
    await app.store.commit({ catalog, upsert: observations });
    await app.restart();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  const main = () => app.page.locator('main');
  const documents = () => readdirSync(app.shell.documentsDirectory);

  it(
    'shows a determinate progress bar, and Cancel leaves no file, not even a partial one',
    { timeout: 120_000 },
    async () => {
      await main().getByRole('button', { name: 'Save workbook…' }).click();
      const bar = main().getByRole('progressbar', { name: 'Export progress' });
      await expect
        .poll(async () => Number((await bar.getAttribute('value')) ?? 0), { timeout: 60_000, interval: 50 })
        .toBeGreaterThan(0);
      expect(Number(await bar.getAttribute('max'))).toBeGreaterThan(ZONES * INDICATORS * MONTHS * 2);
      await app.screenshot('export-progress-en-light');
      await main().getByRole('button', { name: 'Cancel' }).click();
      await main().getByText('Export cancelled: no file was written.').waitFor({ timeout: 60_000 });
      expect(documents()).toEqual([]);
    },
  );

  it('then writes the whole workbook where the save dialog pointed', { timeout: 180_000 }, async () => {
    await main().getByRole('button', { name: 'Save workbook…' }).click();
    await main()
      .getByText(/^Saved .*zone-stats-all-to-2024-12\.xlsx$/)
      .waitFor({ timeout: 150_000 });
    expect(documents()).toEqual(['zone-stats-all-to-2024-12.xlsx']);
    const workbook = readBack(new Uint8Array(readFileSync(app.shell.saved.at(-1)!)));
    // Every observation, one per row under the header.
    expect(workbook.Sheets.Observations!['!ref']).toBe(`A1:H${ZONES * INDICATORS * MONTHS * 2 + 1}`);
    expect(app.errors).toEqual([]);
  });
});
