import { describe, expect, it } from 'vitest';
import { chartFigures } from '../../../../renderer/features/compare/model/charts/chart-figures';
import { contributionsOption } from '../../../../renderer/features/compare/model/charts/contributions-option';
import { oneDecimal } from '../../../../renderer/features/compare/model/format';
import { zoneBarsOption } from '../../../../renderer/features/compare/model/charts/zone-bars-option';

/** The text alternative of a chart is the table of what it draws, read from the same option. */
describe('chartFigures', () => {
  it('gives one row per zone and one column per group, formatted as the tooltip shows them', () => {
    const option = zoneBarsOption({
      title: 'Industrial added value: YoY % by zone',
      theme: 'light',
      zones: ['Baotou Rare Earth High-Tech Zone', 'Baotou City'],
      groups: [
        { name: 'Jan–May 2025', points: [14.8, 12.3] },
        { name: 'A year earlier (Jan–May 2024)', points: [12.8, null] },
      ],
      valueFormatter: oneDecimal,
    });
    expect(chartFigures(option)).toEqual({
      categories: ['Baotou Rare Earth High-Tech Zone', 'Baotou City'],
      series: ['Jan–May 2025', 'A year earlier (Jan–May 2024)'],
      cells: [
        ['14.8', '12.8'],
        ['12.3', '–'],
      ],
    });
  });

  it('keeps the parent’s growth line beside the stacked contributions', () => {
    // Rare earth 5.4 pp + new energy 7.1 pp + other 2.3 pp = 14.8% (the seed brief's May figures).
    const option = contributionsOption({
      title: 'Contributions',
      theme: 'dark',
      periods: ['M5'],
      components: [
        { name: 'Rare earth', points: [5.4] },
        { name: 'New energy', points: [7.1] },
      ],
      other: { name: 'Other', points: [2.3] },
      parentGrowth: { name: 'Industrial added value', points: [14.8] },
      valueFormatter: oneDecimal,
    });
    const figures = chartFigures(option);
    expect(figures?.series).toEqual(['Rare earth', 'New energy', 'Other', 'Industrial added value']);
    expect(figures?.cells).toEqual([['5.4', '7.1', '2.3', '14.8']]);
  });

  it('gives nothing for a chart without a category axis', () => {
    expect(chartFigures({ series: [{ type: 'pie', data: [1, 2] }] })).toBeNull();
  });
});
