import type { EChartsCoreOption } from './echarts';
import { axisTooltip } from './axis-tooltip';
import { baseOption } from './base-option';
import { GROWTH_COLOURS, type ChartTheme } from './palette';

export interface ContributionsInput {
  title: string;
  theme: ChartTheme;
  periods: string[];
  components: { name: string; points: (number | null)[] }[];
  other: { name: string; points: (number | null)[] };
  parentGrowth: { name: string; points: (number | null)[] };
  valueFormatter: (value: number) => string;
}

/** Stacked bars of each component's contribution in pp (rises up, falls down), the parent's growth as a line. */
export function contributionsOption(input: ContributionsInput): EChartsCoreOption {
  const base = baseOption(input.theme, input.title);
  const bar = (name: string, points: (number | null)[]) => ({
    type: 'bar',
    name,
    data: points,
    stack: 'contributions',
    barMaxWidth: 42,
  });
  return {
    ...base,
    tooltip: axisTooltip(input.valueFormatter),
    xAxis: { type: 'category', data: input.periods },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => input.valueFormatter(value) } },
    series: [
      ...input.components.map((component) => bar(component.name, component.points)),
      { ...bar(input.other.name, input.other.points), itemStyle: { color: GROWTH_COLOURS[input.theme].neutral } },
      {
        type: 'line',
        name: input.parentGrowth.name,
        data: input.parentGrowth.points,
        symbol: 'diamond',
        symbolSize: 9,
        lineStyle: { width: 2, color: input.theme === 'dark' ? '#e5e8ec' : '#1a1f26' },
        itemStyle: { color: input.theme === 'dark' ? '#e5e8ec' : '#1a1f26' },
        z: 10,
      },
    ],
  };
}
