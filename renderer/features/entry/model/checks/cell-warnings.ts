import {
  observationWarnings,
  type EntryWarning,
  type Indicator,
  type ObservationKey,
} from '../../../../../shared/model';
import type { Figures } from '../session/figures';

/** The soft warnings of one observation, as every path reads them (shared/model/observation-rules.ts). */
export function cellWarnings(
  key: ObservationKey,
  indicator: Indicator,
  indicators: readonly Indicator[],
  figuresAt: (key: ObservationKey) => Figures | null,
): EntryWarning[] {
  return observationWarnings(indicator, indicators, (indicatorId) => figuresAt({ ...key, indicatorId }));
}
