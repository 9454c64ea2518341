/** What ECharts passes an axis tooltip's formatter for each series at the hovered category. */
interface AxisParam {
  axisValueLabel?: string;
  seriesName?: string;
  color?: unknown;
  value?: unknown;
}

/**
 * ECharts' own tooltip markup is HTML with `style` attributes, which the strict content security
 * policy refuses (no 'unsafe-inline'). The tooltip is built as elements instead: classes from
 * compare.css and the swatch colour set through the DOM, which the policy allows.
 */
export function axisTooltipElement(
  params: AxisParam | AxisParam[],
  formatValue: (value: number) => string,
): HTMLElement {
  const list = Array.isArray(params) ? params : [params];
  const root = document.createElement('div');
  root.className = 'chart-tooltip';
  const heading = document.createElement('div');
  heading.className = 'chart-tooltip__heading';
  heading.textContent = list[0]?.axisValueLabel ?? '';
  root.append(heading);
  const table = document.createElement('table');
  table.className = 'chart-tooltip__rows';
  for (const param of list) {
    const row = table.insertRow();
    const name = row.insertCell();
    const swatch = document.createElement('span');
    swatch.className = 'chart-tooltip__swatch';
    if (typeof param.color === 'string') swatch.style.backgroundColor = param.color;
    name.append(swatch, param.seriesName ?? '');
    const value = row.insertCell();
    value.className = 'chart-tooltip__value';
    value.textContent = typeof param.value === 'number' ? formatValue(param.value) : '–';
  }
  root.append(table);
  return root;
}

/** The axis tooltip every Compare chart uses, its values in the axis's own format. */
export function axisTooltip(formatValue: (value: number) => string) {
  return {
    trigger: 'axis',
    confine: true,
    formatter: (params: AxisParam | AxisParam[]) => axisTooltipElement(params, formatValue),
    // Not used by ECharts beside a formatter: the chart's figures table reads its numbers' format from here.
    valueFormatter: (value: unknown) => (typeof value === 'number' ? formatValue(value) : '–'),
  } as const;
}
