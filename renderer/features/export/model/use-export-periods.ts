import { useMemo } from 'react';
import type { Indicator, Period } from '../../../../shared/model';
import { useApiValue } from '../../../data/use-api-value';

/** Periods with figures, newest first, read from the headline indicators (top level) of every zone. */
export function useExportPeriods(indicators: readonly Indicator[]): Period[] {
  const topLevel = indicators.filter((indicator) => indicator.parentId === null).map((indicator) => indicator.id);
  const metrics = useApiValue('getMetrics', {
    indicatorIds: topLevel.length > 0 ? topLevel : indicators.map((indicator) => indicator.id),
  });
  return useMemo(
    () => [...new Set((metrics.value?.rows ?? []).map((row) => row.period))].sort().reverse(),
    [metrics.value],
  );
}
