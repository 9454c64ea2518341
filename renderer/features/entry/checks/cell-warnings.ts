import { componentWarnings, plausibilityWarning, type EntryWarning, type Indicator, type ObservationKey } from '../../../../shared/model';
import type { Figures } from '../session/figures';

/** The soft warnings of one observation: growth beyond the plausible range, components against their parent. */
export function cellWarnings(key: ObservationKey, indicator: Indicator, indicators: readonly Indicator[], figuresAt: (key: ObservationKey) => Figures | null): EntryWarning[] {
  const figures = figuresAt(key);
  if (figures === null) return [];
  const plausibility = plausibilityWarning(indicator, figures.yoyPct);
  const components = componentWarnings(indicator, indicators, (indicatorId) => figuresAt({ ...key, indicatorId }));
  return plausibility ? [plausibility, ...components] : components;
}
