import { describe, expect, it } from 'vitest';
import { yoyLinesOption } from '../../../renderer/features/compare/model/charts/yoy-lines-option';
import { shortPeriodLabel } from '../../../renderer/i18n/format';

type Extent = { min: number; max: number };
interface AxisOption {
  yAxis: { min: (extent: Extent) => number; max: (extent: Extent) => number };
}

describe('the growth-over-time chart', () => {
  const option = (points: number[]) =>
    yoyLinesOption({
      title: '',
      theme: 'light',
      periods: ['2025-04', '2025-05'].map((period) => shortPeriodLabel(period as '2025-05', 'ytd', 'zh')),
      series: [{ name: '包头稀土高新区', points }],
      threshold: 10,
      thresholdLabel: '连续增长门槛 10%',
      valueFormatter: String,
    }) as unknown as AxisOption;

  it('keeps the threshold line inside the scale when every figure is above or below it', () => {
    // Figures 14.5 and 14.8: the scale would start near 14; the threshold of 10 pulls it down.
    expect(option([14.5, 14.8]).yAxis.min({ min: 14.5, max: 14.8 })).toBe(10);
    expect(option([3, 4]).yAxis.max({ min: 3, max: 4 })).toBe(10);
    // A threshold inside the figures leaves the scale alone.
    expect(option([5, 20]).yAxis.min({ min: 5, max: 20 })).toBe(5);
    expect(option([5, 20]).yAxis.max({ min: 5, max: 20 })).toBe(20);
  });
});
