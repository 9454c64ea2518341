import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/model';
import { launchApp, type AppUnderTest } from './harness';

/**
 * Issue 15 on the Compare screen in Chromium, over the real handlers and store: a utilisation rate's
 * growth reads in pp, and components whose contributions overrun the total show the arithmetic.
 */
const WAIT = { timeout: 20_000, interval: 200 };

function indicator(
  id: string,
  name: string,
  kind: Indicator['kind'],
  parentId: string | null = null,
  unit = '10k CNY',
): Indicator {
  return { id, name, nameZh: '', unit, kind, parentId, required: false, plausibleYoyMin: null, plausibleYoyMax: null };
}

const ytd = (indicatorId: string, period: string, value: number | null, yoyPct: number | null) => ({
  zoneId: 'z',
  indicatorId,
  period,
  basis: 'ytd' as const,
  value,
  yoyPct,
  source: '',
  note: '',
});

describe('Compare: rates in pp and checks with their arithmetic, in Chromium', () => {
  let app: AppUnderTest;

  beforeAll(async () => {
    app = await launchApp({
      screen: 'compare',
      preferences: { language: 'en', theme: 'light' },
      viewport: { width: 1360, height: 1000 },
    });
    const { handlers } = app;
    await handlers.createZone({
      zone: { id: 'z', name: 'Test Zone', nameZh: '测试区', region: '', benchmarkZoneId: null },
    });
    for (const item of [
      indicator('total', 'Total value added', 'flow'),
      indicator('a', 'Part A', 'flow', 'total'),
      indicator('b', 'Part B', 'flow', 'total'),
      indicator('util', 'Capacity utilisation', 'rate', null, '%'),
    ]) {
      await handlers.createIndicator({ indicator: item });
    }
    // Implied priors: total 1000, a 600, b 300. a 10 % × 0.6 = 6.0 pp, b 15 % × 0.3 = 4.5 pp: Σ 10.5 against 10.
    await handlers.saveObservations({
      observations: [
        ytd('total', '2025-06', 1100, 10),
        ytd('a', '2025-06', 660, 10),
        ytd('b', '2025-06', 345, 15),
        ytd('util', '2024-06', 76.9, null),
        ytd('util', '2025-06', 75.7, null),
      ],
    });
    await app.reload();
  });

  afterAll(async () => {
    await app?.close();
  });

  const region = (name: string | RegExp) => app.page.locator('main').getByRole('region', { name });

  it('shows the utilisation rate falling 1.2 pp, and the check with each contribution and the sum', async () => {
    const period = region('This period, the one before, and a year earlier');
    const row = period.getByRole('row', { name: /^Capacity utilisation/ });
    await expect.poll(async () => (await row.textContent()) ?? '', WAIT).toContain('−1.2 pp');
    expect(await row.textContent()).not.toContain('1.6');
    await period.scrollIntoViewIfNeeded();
    await app.screenshot('compare-rate-pp-en-light');

    const checks = region('Checks');
    await expect
      .poll(async () => (await checks.getByRole('listitem').allTextContents()).join('\n'), WAIT)
      .toBe(
        'Total value added: contributions of the components Part A 6.00 + Part B 4.50 = 10.50 pp, more than its growth of 10.0%',
      );
    await checks.scrollIntoViewIfNeeded();
    await app.screenshot('compare-checks-en-light');

    // The headline is the top-level indicator with the most data: the rate, with two observations.
    const brief = region('The brief');
    await expect
      .poll(async () => (await brief.getByRole('listitem').allTextContents()).join('\n'), WAIT)
      .toContain('Capacity utilisation fell 1.2 percentage points year on year in January–June 2025.');
  });
});
