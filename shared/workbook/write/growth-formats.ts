import { growthUnit } from '../../metrics/format';
import { growsInPoints } from '../../metrics/growth';
import type { Catalog } from '../../model';
import { pointsFormat } from './formats';
import type { Language } from './language';

export type GrowthFormat = (indicatorId: string) => string | undefined;

/**
 * The number format of a growth cell by indicator: undefined (the column's `0.0`) for a growth in %,
 * `0.0" pp"` for a rate, whose growth is a change in percentage points (docs/metrics.md §2). Undefined
 * when the catalog has no rate, so the sheets skip the per-cell lookup.
 */
export function growthFormatOf(catalog: Catalog, language: Language): GrowthFormat | undefined {
  const rates = new Set(
    catalog.indicators.filter((indicator) => growsInPoints(indicator.kind)).map((indicator) => indicator.id),
  );
  if (rates.size === 0) return undefined;
  const format = pointsFormat(growthUnit('rate', language));
  return (indicatorId) => (rates.has(indicatorId) ? format : undefined);
}
