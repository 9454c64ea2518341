import type { MetricRow } from '../../../../shared/metrics';
import { unitWords } from '../../../../shared/metrics';
import type { Indicator, Period } from '../../../../shared/model';
import type { MetricIndex } from './metric-index';

/** Indicators counted in a physical unit (tonnes and the like): neither money nor a percentage. */
export function isOutputIndicator(indicator: Indicator): boolean {
  if (indicator.kind === 'rate' || indicator.unit.trim() === '') return false;
  const words = unitWords(indicator.unit);
  return words.enBase?.base !== 'CNY' && words.en !== '%';
}

export interface OutputRow {
  indicator: Indicator;
  row: MetricRow;
}

/** The product output table: value, unit, YoY and the implied prior-year value of each output with a figure. */
export function outputRows(
  index: MetricIndex,
  zoneId: string,
  indicators: readonly Indicator[],
  period: Period,
): OutputRow[] {
  return indicators.filter(isOutputIndicator).flatMap((indicator) => {
    const row = index.get(zoneId, indicator.id, period);
    return row ? [{ indicator, row }] : [];
  });
}
