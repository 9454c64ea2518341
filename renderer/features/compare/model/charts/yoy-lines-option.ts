import type { EChartsCoreOption } from './echarts';
import { axisTooltip } from './axis-tooltip';
import { baseOption } from './base-option';
import type { ChartTheme } from './palette';

export interface YoyLinesInput {
  title: string;
  theme: ChartTheme;
  periods: string[];
  series: { name: string; points: (number | null)[] }[];
  /** The streak threshold, drawn only over YoY %; null for the other views. */
  threshold: number | null;
  thresholdLabel: string;
  valueFormatter: (value: number) => string;
}

/** YoY % (or a view of the series) over time, one line per zone, and the streak threshold as a dashed line. */
export function yoyLinesOption(input: YoyLinesInput): EChartsCoreOption {
  const base = baseOption(input.theme, input.title);
  const threshold = input.threshold;
  return {
    ...base,
    tooltip: axisTooltip(input.valueFormatter),
    xAxis: { type: 'category', data: input.periods, boundaryGap: false },
    yAxis: {
      type: 'value',
      scale: true,
      // The threshold line stays inside the scale even when every figure is above or below it.
      min: (extent: { min: number }) => (threshold === null ? extent.min : Math.min(extent.min, threshold)),
      max: (extent: { max: number }) => (threshold === null ? extent.max : Math.max(extent.max, threshold)),
      axisLabel: { formatter: (value: number) => input.valueFormatter(value) },
    },
    series: input.series.map((line, index) => ({
      type: 'line',
      name: line.name,
      data: line.points,
      // A January is rarely published alone: bridge the gap rather than break the line.
      connectNulls: true,
      // Symbols on short series, so a zone with a few figures among long ones still shows.
      showSymbol: input.periods.length <= 36 || line.points.filter((point) => point !== null).length <= 12,
      symbolSize: 5,
      ...(index === 0 && threshold !== null
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'dashed', width: 1.5, color: input.theme === 'dark' ? '#c8c8c8' : '#555555' },
              label: { formatter: input.thresholdLabel, position: 'insideStartTop' },
              data: [{ yAxis: threshold }],
            },
          }
        : {}),
    })),
  };
}
