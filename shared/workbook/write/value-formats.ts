import type { Catalog, Observation } from '../../model';
import { VALUE_FORMAT } from './formats';

/** More decimals than this are rounding noise of a computed figure, not how it was published. */
const MAX_DECIMALS = 3;

/** Decimals a published figure was given: 15300 → 0, 37.53 → 2 (at most MAX_DECIMALS). */
export function decimalsOf(value: number): number {
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) {
    const scaled = value * 10 ** decimals;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-9 * Math.max(1, Math.abs(scaled))) return decimals;
  }
  return MAX_DECIMALS;
}

export type ValueFormat = (indicatorId: string) => string;

/**
 * Each indicator's level format from the figures stored for it: as many decimals as the most
 * precise one has (15,300 吨 shows no `.0`, 37.53 keeps both decimals); `#,##0.0` for an
 * indicator without figures.
 */
export function valueFormatOf(catalog: Catalog, observations: readonly Observation[]): ValueFormat {
  const decimals = new Map<string, number>(catalog.indicators.map((indicator) => [indicator.id, -1]));
  for (const observation of observations) {
    const known = decimals.get(observation.indicatorId) ?? -1;
    if (known >= MAX_DECIMALS || observation.value === null) continue;
    const own = decimalsOf(observation.value);
    if (own > known) decimals.set(observation.indicatorId, own);
  }
  const formats = new Map(
    [...decimals].map(([id, places]) => [
      id,
      places < 0 ? VALUE_FORMAT : places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`,
    ]),
  );
  return (indicatorId) => formats.get(indicatorId) ?? VALUE_FORMAT;
}
