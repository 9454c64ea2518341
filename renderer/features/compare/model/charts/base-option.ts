import { formatOneDecimal } from '../../../../../shared/metrics';
import { axisTooltip } from './axis-tooltip';
import type { EChartsCoreOption } from './echarts';
import { CHART_BACKGROUND, SERIES_COLOURS, type ChartTheme } from './palette';

/** Canvas text needs a named family: the UI's own, with the CJK fonts for Chinese labels. */
const FONT_FAMILY =
  "system-ui, 'Segoe UI', 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** What every Compare chart shares: palette, background (so a saved PNG is opaque), fonts, no animation. */
export function baseOption(theme: ChartTheme, title: string): EChartsCoreOption {
  return {
    backgroundColor: CHART_BACKGROUND[theme],
    color: [...SERIES_COLOURS[theme]],
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY },
    title: { text: title, left: 8, top: 6, textStyle: { fontSize: 14, fontWeight: 600, fontFamily: FONT_FAMILY } },
    aria: { enabled: true },
    tooltip: axisTooltip(formatOneDecimal),
    legend: { type: 'scroll', bottom: 4, left: 'center' },
    grid: { left: 12, right: 24, top: 48, bottom: 44, containLabel: true },
  };
}
