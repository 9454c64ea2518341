import { growthUnit } from '../../metrics/format';
import { growsInPoints } from '../../metrics/growth';
import type { Catalog } from '../../model';
import { pointsFormat } from './formats';
import type { Language } from './language';

/**
 * The number format of a growth cell by indicator: undefined (the column's `0.0`) for a growth in %,
 * `0.0" pp"` for a rate, whose growth is a change in percentage points (metrics.md §2).
 */
export function growthFormatOf(catalog: Catalog, language: Language): (indicatorId: string) => string | undefined {
  const rates = new Set(catalog.indicators.filter((indicator) => growsInPoints(indicator.kind)).map((indicator) => indicator.id));
  const format = pointsFormat(growthUnit('rate', language));
  return (indicatorId) => (rates.has(indicatorId) ? format : undefined);
}
