import type { Clock } from '../../../shared/app';
import {
  makePeriod,
  type Basis,
  type Catalog,
  type Indicator,
  type Observation,
  type Zone,
} from '../../../shared/model';

/** Catalogs and observations for store tests and the storage benchmark (no test runner needed). */

/** A clock that moves one second forward on every reading. */
export function steppingClock(start = '2026-11-28T10:00:00.000Z'): Clock {
  let time = Date.parse(start);
  return { now: () => new Date((time += 1000)) };
}

export const zoneId = (index: number): string => `zone-${String(index + 1).padStart(2, '0')}`;
export const indicatorId = (index: number): string => `ind-${String(index + 1).padStart(2, '0')}`;

export function makeCatalog(zones: number, indicators: number): Catalog {
  const zoneList: Zone[] = Array.from({ length: zones }, (_, index) => ({
    id: zoneId(index),
    name: `Development zone ${index + 1}`,
    nameZh: `开发区${index + 1}`,
    region: 'Inner Mongolia',
    benchmarkZoneId: index === 0 ? null : zoneId(0),
  }));
  const indicatorList: Indicator[] = Array.from({ length: indicators }, (_, index) => ({
    id: indicatorId(index),
    name: `Indicator ${index + 1}`,
    nameZh: `指标${index + 1}`,
    unit: '10k CNY',
    kind: 'flow',
    parentId: null,
    required: false,
    plausibleYoyMin: null,
    plausibleYoyMax: null,
  }));
  return { zones: zoneList, indicators: indicatorList };
}

export interface ObservationOptions {
  value?: number;
  /** Earlier published versions kept in the history. */
  revisions?: number;
}

export function makeObservation(
  zone: string,
  indicator: string,
  period: string,
  basis: Basis,
  { value = 1234.5, revisions = 0 }: ObservationOptions = {},
): Observation {
  return {
    zoneId: zone,
    indicatorId: indicator,
    period,
    basis,
    value,
    yoyPct: 12.3,
    source: 'Municipal Bureau of Statistics monthly bulletin',
    note: '',
    updatedAt: '2026-11-28T10:00:00.000Z',
    history: Array.from({ length: revisions }, (_, index) => ({
      value: value - index - 1,
      yoyPct: 11.9,
      source: 'Municipal Bureau of Statistics flash estimate',
      note: 'revised',
      replacedAt: '2026-10-28T10:00:00.000Z',
    })),
  };
}

export interface DatasetSize {
  zones: number;
  indicators: number;
  years: number;
  firstYear?: number;
  revisions?: number;
  value?: number;
}

/** Every zone × indicator × month × basis of the given years. */
export function makeObservations({
  zones,
  indicators,
  years,
  firstYear = 2016,
  revisions = 0,
  value,
}: DatasetSize): Observation[] {
  const observations: Observation[] = [];
  for (let z = 0; z < zones; z++) {
    for (let year = firstYear; year < firstYear + years; year++) {
      for (let i = 0; i < indicators; i++) {
        for (let month = 1; month <= 12; month++) {
          for (const basis of ['month', 'ytd'] as const) {
            observations.push(
              makeObservation(zoneId(z), indicatorId(i), makePeriod(year, month), basis, {
                revisions,
                value: value ?? 1000 + z * 7 + i + month,
              }),
            );
          }
        }
      }
    }
  }
  return observations;
}
