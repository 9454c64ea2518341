import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { PeriodViewTable } from '../../../../renderer/features/compare/components/PeriodViewTable';
import { growthTransforms, growthViewPoints } from '../../../../renderer/features/compare/model/growth-views';
import { indexRows } from '../../../../renderer/features/compare/model/metric-index';
import { periodViewRows } from '../../../../renderer/features/compare/model/period-view';
import { createI18n } from '../../../../renderer/i18n';
import { createMetricsEngine } from '../../../../shared/metrics';
import type { Catalog, Indicator } from '../../../../shared/model';

const OUTPUT: Indicator = {
  id: 'out',
  name: 'Output',
  nameZh: '产值',
  unit: '10k CNY',
  kind: 'flow',
  parentId: null,
  required: false,
  plausibleYoyMin: null,
  plausibleYoyMax: null,
};
const CATALOG: Catalog = {
  zones: [{ id: 'z', name: 'Zone', nameZh: '区', region: '', benchmarkZoneId: null }],
  indicators: [OUTPUT],
};
const at = (period: string, value: number, yoyPct: number | null) => ({
  zoneId: 'z',
  indicatorId: 'out',
  period,
  basis: 'ytd' as const,
  value,
  yoyPct,
});
// Year-to-date levels: 1,000 (2022-05) → 1,000 (2023-05, 0 %) → 1,100 (2024-05, +10 %) → 2,700 (2024-12) → 1,331 (2025-05, +21 %).
const INDEX = indexRows(
  createMetricsEngine(CATALOG, [
    at('2022-05', 1000, null),
    at('2023-05', 1000, 0),
    at('2024-05', 1100, 10),
    at('2024-12', 2700, null),
    at('2025-05', 1331, 21),
  ]).rows(),
);
const PERIODS = ['2022-05', '2023-05', '2024-05', '2024-12', '2025-05'];

afterEach(cleanup);

describe('Compare: the views of docs/metrics.md §2.13', () => {
  it('draws the growth chart as YoY %, two-year average, index and rolling 12-month sum', () => {
    expect(growthViewPoints(INDEX, 'z', 'out', PERIODS, 'yoy')).toEqual([null, 0, 10, null, 21]);
    // Two-year average at 2025-05: √(1.21 × 1.10) − 1 = √1.331 − 1 = 15.37 %; at 2024-05: √(1.10 × 1.00) − 1 = 4.88 %.
    const twoYear = growthViewPoints(INDEX, 'z', 'out', PERIODS, 'two-year');
    expect(twoYear[4]).toBeCloseTo(15.369, 3);
    expect(twoYear[2]).toBeCloseTo(4.8809, 3);
    // Index on the first period's 1,000: 1,100 → 110, 2,700 → 270, 1,331 → 133.1.
    const index = growthViewPoints(INDEX, 'z', 'out', PERIODS, 'index');
    [100, 100, 110, 270, 133.1].forEach((expected, at) => expect(index[at]).toBeCloseTo(expected, 9));
    // Rolling 12 months at 2025-05: 1,331 + 2,700 (all of 2024) − 1,100 (Jan–May 2024) = 2,931; December is its own year.
    expect(growthViewPoints(INDEX, 'z', 'out', PERIODS, 'rolling')).toEqual([null, null, null, 2700, 2931]);
  });

  it('offers the rolling sum only for a flow on year-to-date figures, and only YoY for a rate', () => {
    expect(growthTransforms(OUTPUT, 'ytd')).toEqual(['yoy', 'two-year', 'index', 'rolling']);
    expect(growthTransforms(OUTPUT, 'month')).toEqual(['yoy', 'two-year', 'index']);
    expect(growthTransforms({ kind: 'rate' }, 'ytd')).toEqual(['yoy']);
  });

  it('shows the two-year average and the CAGR over the chosen span in the period view, in English and Chinese', async () => {
    // CAGR over 3 years at 2025-05: (1,331 / 1,000)^(1/3) − 1 = 1.1 − 1 = 10.0 %; over 5 years there is no 2020-05 level.
    const render3 = async (language: 'en' | 'zh', years: number) => {
      const i18n = await createI18n(language);
      render(
        <I18nextProvider i18n={i18n}>
          <PeriodViewTable
            rows={periodViewRows(INDEX, 'z', [OUTPUT], '2025-05', years)}
            period="2025-05"
            basis="ytd"
            cagrYears={years}
            onCagrYears={() => undefined}
          />
        </I18nextProvider>,
      );
    };
    await render3('en', 3);
    expect(screen.getByRole('columnheader', { name: 'Two-year average %' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'CAGR over 3 years %' })).toBeTruthy();
    expect((screen.getByLabelText('CAGR span') as HTMLSelectElement).value).toBe('3');
    const cells = [...document.querySelectorAll('tbody tr td')].map((cell) => cell.textContent);
    expect(cells.slice(-2)).toEqual(['▲15.4', '▲10.0']);
    cleanup();
    await render3('zh', 5);
    expect(screen.getByRole('columnheader', { name: '近5年年均复合增速(%)' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '两年平均增速(%)' })).toBeTruthy();
    const zhCells = [...document.querySelectorAll('tbody tr td')].map((cell) => cell.textContent);
    expect(zhCells.at(-2)).toBe('▲15.4');
    expect(zhCells.at(-1)).not.toMatch(/\d/);
  });
});
