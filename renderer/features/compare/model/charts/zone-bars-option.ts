import type { EChartsCoreOption } from './echarts';
import { axisTooltip } from './axis-tooltip';
import { baseOption } from './base-option';
import { GROWTH_COLOURS, SERIES_COLOURS, type ChartTheme } from './palette';

export interface ZoneBarsInput {
  title: string;
  theme: ChartTheme;
  zones: string[];
  groups: { name: string; points: (number | null)[] }[];
  valueFormatter: (value: number) => string;
}

/** One indicator's YoY % by zone, grouped: this period beside the same period a year earlier. */
export function zoneBarsOption(input: ZoneBarsInput): EChartsCoreOption {
  const base = baseOption(input.theme, input.title);
  const colours = [SERIES_COLOURS[input.theme][0], GROWTH_COLOURS[input.theme].neutral];
  return {
    ...base,
    tooltip: axisTooltip(input.valueFormatter),
    xAxis: { type: 'category', data: input.zones, axisLabel: { interval: 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => input.valueFormatter(value) } },
    series: input.groups.map((group, index) => ({
      type: 'bar',
      name: group.name,
      data: group.points,
      barMaxWidth: 36,
      itemStyle: { color: colours[index % colours.length] },
      label: {
        show: input.zones.length <= 8,
        position: 'top',
        formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? input.valueFormatter(value) : ''),
      },
    })),
  };
}
